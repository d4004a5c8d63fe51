// The page of `malkedja serve` in Debian's Chromium, as a person uses it: drop the follow-ups on the
// drop zone, pick the other sample files with the file dialog, see what each file was read as, the
// goal tree and the findings, filter the tree, download every report, the SK documents and the
// collected workbook, switch to English, and take screenshots at 1280 and 390 px.
// Usage: node serve_page_test.mjs URL DOWNLOADS SCREENSHOTS DROPPED_FILE... -- PICKED_FILE...
// Prints "ok ..." or "FAIL ..." lines; exits non-zero on any failure.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";

const [url, downloads, shots, ...rest] = process.argv.slice(2);
const split = rest.indexOf("--");
const dropped = rest.slice(0, split);
const picked = rest.slice(split + 1);
let failed = false;

function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failed = true;
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mk-chromium-"));
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         `--user-data-dir=${profile}`],
});
const problems = [];
let page;
try {
  page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  const cdp = await browser.target().createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads, eventsEnabled: true });
  const finished = new Map();
  cdp.on("Browser.downloadWillBegin", (e) => finished.set(e.guid, { name: e.suggestedFilename, done: false }));
  cdp.on("Browser.downloadProgress", (e) => {
    if (e.state === "completed" && finished.has(e.guid)) finished.get(e.guid).done = true;
  });

  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready]", { timeout: 20000 });
  check(await page.$eval("h2", (e) => e.textContent) === "1. Filer", "the page is in Swedish");

  const idle = () => page.waitForFunction(() => document.getElementById("job").hidden && !document.body.classList.contains("busy"),
                                          { timeout: 120000 });
  // Dropped: a real drop event with the files' bytes, as the browser makes it for a drag from the desktop.
  const payload = dropped.map((f) => ({ name: path.basename(f), data: fs.readFileSync(f).toString("base64") }));
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    const zone = document.getElementById("drop");
    for (const type of ["dragenter", "dragover", "drop"])
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
  await page.waitForFunction((n) => document.querySelectorAll("#files > li").length === n, { timeout: 60000 }, dropped.length);
  await idle();
  // Picked: the file dialog's input.
  const input = await page.$("#pick");
  await input.uploadFile(...picked);
  await page.waitForFunction((n) => document.querySelectorAll("#files > li").length === n, { timeout: 60000 },
                             dropped.length + picked.length);
  await idle();

  const files = await page.$$eval("#files > li", (items) => items.map((li) => ({ role: li.dataset.role, text: li.textContent })));
  const roles = Object.fromEntries(files.map((f) => [f.text.split(" läst som")[0], f.role]));
  console.log(`     files: ${JSON.stringify(roles)}`);
  check(files.every((f) => f.role !== "unusable"), "every sample file is read");
  check(files.some((f) => f.role === "follow_up" && f.text.includes("30 aktiviteter")), "the counts of atagande-2018.xlsx: 30 aktiviteter");
  for (const role of ["follow_up", "work_plan", "sk_template", "schools", "results", "sk_filled"])
    check(files.some((f) => f.role === role), `a file read as ${role}`);
  const tree = await page.$eval("#tree", (e) => ({ svg: Boolean(e.querySelector("svg")), text: e.textContent }));
  check(tree.svg && tree.text.includes("Budgethållning"), "the goal tree is drawn with the goals");
  const findings = await page.$$eval("#findings tbody tr", (rows) => rows.map((r) => r.textContent));
  check(findings.length > 0 && findings.some((f) => f.includes("MK0")), `the findings table has rows (${findings.length})`);
  check(findings.some((f) => f.includes("atagande-2018.xlsx") && /![A-Z]+\d+/.test(f)), "a finding names file, sheet and cell");
  const count = await page.$eval("#findings-count", (e) => e.textContent);
  check(/^\d+ fynd: \d+ fel, (1 varning|\d+ varningar), \d+ info\. Visar \d+\.$/.test(count) && !/\b1 varningar/.test(count),
    `the findings are counted in Swedish (${count})`);

  // Sorting by rule and filtering by severity.
  await page.click("#findings thead th:nth-child(2) button");
  const rules = await page.$$eval("#findings tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent));
  check(rules.join() === [...rules].sort().join(), "the findings sort by rule");
  await page.select("#f-severity", "varning");
  const severities = await page.$$eval("#findings tbody tr td:first-child", (cells) => cells.map((c) => c.textContent));
  check(severities.length > 0 && severities.every((s) => s === "varning"), "the findings filter by severity");
  await page.select("#f-severity", "");

  // The year filter redraws the tree from the 2019 follow-up only.
  await page.select("#year", "2019");
  await idle();
  const filtered = await page.$eval("#tree", (e) => e.textContent);
  check(!filtered.includes("Budgethållning") && filtered.length > 100, "the year filter keeps the 2019 goals only");
  await page.select("#year", "");
  await idle();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "page-1280.png") });
  await page.screenshot({ path: path.join(shots, "page-1280-full.png"), fullPage: true });

  // Every download, one after the other, as a person clicks them.
  const wanted = ["report-xlsx", "report-ods", "report-csv", "report-docx", "report-odt", "report-html", "report-json",
                  "xml-follow_up", "xml-chain", "sk-make", "collect-xlsx", "collect-ods"];
  for (const id of wanted) {
    const before = finished.size;
    await page.click(`#${id}`);
    await idle();
    await page.waitForFunction(() => true);
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline && !(finished.size > before && [...finished.values()].every((d) => d.done)))
      await new Promise((r) => setTimeout(r, 100));
    const last = [...finished.values()].at(-1);
    check(finished.size > before && last.done && fs.existsSync(path.join(downloads, last.name)), `#${id} downloads ${last?.name}`);
  }
  const notes = await page.$$eval("#sk-notes li", (items) => items.length);
  check(notes > 0, `the SK notes are shown (${notes})`);

  // English on the switch: the texts and the server's messages.
  await page.click("#lang");
  await idle();
  check(await page.$eval("h2", (e) => e.textContent) === "1. Files", "the switch turns the page to English");
  const english = await page.$$eval("#findings tbody tr td:first-child", (cells) => cells.map((c) => c.textContent));
  check(english.includes("error") || english.includes("warning"), "the findings are in English");
  await page.click("#lang");
  await idle();

  await page.setViewport({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "page-390.png") });
  await page.screenshot({ path: path.join(shots, "page-390-full.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `no sideways scrolling at 390 px (${overflow} px too wide)`);
} catch (e) {
  const alert = page ? await page.$eval("#alert", (a) => a.textContent).catch(() => "") : "";
  check(false, `the run stopped: ${e.stack || e}${alert ? ` (the page says: ${alert})` : ""}`);
  if (page) await page.screenshot({ path: path.join(shots, "stopped.png"), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
check(problems.length === 0, `no console error or failed request${problems.length ? ": " + problems.join("; ") : ""}`);
process.exit(failed ? 1 : 0);
