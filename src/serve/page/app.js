// The page of `malkedja serve`: drop files, see what each was read as, the goal chain, the findings,
// and download the reports and SK documents. Every text set with textContent, never as markup; the
// goal tree is the server's SVG, parsed as XML.
"use strict";

const TEXTS = {
    sv: {
        'skip': 'Hoppa till innehållet',
        'tagline': 'Målkedjan, fynden och rapporterna ur era uppföljningar och SK-dokument',
        'working': 'Arbetar…',
        'cancel': 'Avbryt',
        'cancelling': 'Avbryter…',
        'files-h': '1. Filer',
        'files-help':
            'Släpp era filer här: uppföljningar (.xlsx, .ods, .csv, .xls), arbetsplaner, SK-mallen (.docx, .odt), skolfilen, resultatfilen och ifyllda SK-dokument. malkedja känner själv igen vad varje fil är.',
        'drop': 'Dra och släpp filerna här, eller',
        'pick': 'Välj filer…',
        'no-files': 'Inga filer ännu.',
        'chain-h': '2. Målkedjan',
        'no-chain': 'Målkedjan ritas när en uppföljning eller arbetsplan är inläst.',
        'unit': 'Enhet',
        'year': 'År',
        'all': 'Alla',
        'lights': 'Lamporna: grön = genomfört eller enligt plan, gul = ej påbörjad, röd = avviker, grå = utgår.',
        'findings-h': '3. Fynd',
        'no-findings': 'Inga fynd att visa.',
        'severity': 'Allvarlighet',
        'group': 'Kontroll',
        'search': 'Sök',
        'downloads-h': '4. Ladda ner',
        'report-h': 'Rapporten till nämnden',
        'report-note': 'Lägg till en uppföljning först.',
        'report-ready': 'Av {0}.',
        'title': 'Rubrik (frivillig)',
        'as-of': 'Kontrolldatum (frivilligt)',
        'sk-h': 'SK-dokument för alla skolor',
        'lasar': 'Läsår',
        'sk-format': 'Format',
        'sk-make': 'Skapa SK-dokumenten (.zip)',
        'sk-missing': 'Det här saknas: {0}.',
        'sk-ready':
            'Ett dokument per skola i skolfilen, ifyllt från mallen, målkedjan, resultatfilen och förra årets ifyllda SK-dokument.',
        'both': 'Word och OpenDocument',
        'collect-h': 'Insamlade SK-dokument',
        'collect-note': 'Lägg till ifyllda SK-dokument först.',
        'collect-ready': 'En arbetsbok för nämnden: målen, resultaten och enkäterna per skola, och fynden.',
        'xml-h': 'Normaliserad XML',
        'xml-follow_up': 'Uppföljningarna (.xml)',
        'xml-chain': 'Målkedjan (.xml)',
        'footer':
            'Allt stannar på den här datorn: filerna skickas bara till malkedja här och tas bort när malkedja avslutas.',
        'remove': 'Ta bort',
        'remove-label': 'Ta bort {0}',
        'details': 'Detaljer',
        'read-as': 'läst som',
        'uploading': 'Laddar upp {0} filer…',
        'reading': 'Läser {0}',
        'done': 'Klart.',
        'failed': 'Det gick inte: {0}',
        'cancelled': 'Avbrutet.',
        'busy': 'Vänta tills det pågående arbetet är klart, eller avbryt det.',
        'downloaded': '{0} är klar och laddas ner.',
        'too-many': 'Högst {0} filer åt gången: släpp resten i en ny omgång.',
        'too-large': '{0} är större än {1} MiB, det största en fil får vara här.',
        'request-large': 'Filerna är tillsammans större än {0} MiB: släpp färre åt gången.',
        'no-server': 'Servern svarar inte. Är malkedja serve igång? Ladda om sidan när den är det.',
        'findings-count': '{0}: {1}, {2}, {3}. Visar {4}.',
        'n-findings-one': '{0} fynd',
        'n-findings': '{0} fynd',
        'n-fel-one': '{0} fel',
        'n-fel': '{0} fel',
        'n-varning-one': '{0} varning',
        'n-varning': '{0} varningar',
        'n-info-one': '{0} info',
        'n-info': '{0} info',
        'sort': 'Sortera efter {0}',
        'col-severity': 'Allvarlighet',
        'col-rule': 'Regel',
        'col-file': 'Fil',
        'col-location': 'Plats',
        'col-message': 'Meddelande',
        'col-suggestion': 'Förslag',
        'col-group': 'Kontroll',
        'sev-fel': 'fel',
        'sev-varning': 'varning',
        'sev-info': 'info',
        'grp-report': 'uppföljningen (som i rapporten)',
        'grp-chain': 'mot målkedjan',
        'grp-work_plan': 'arbetsplanen mot målkedjan',
        'grp-sk': 'SK-dokumenten',
        'role-follow_up': 'uppföljning',
        'role-work_plan': 'arbetsplan (målkedja)',
        'role-sk_template': 'SK-mall',
        'role-sk_filled': 'ifyllt SK-dokument',
        'role-schools': 'skolfil',
        'role-results': 'resultatfil',
        'role-chain_xml': 'målkedja (XML)',
        'role-unusable': 'går inte att använda',
        'need-sk_template': 'SK-mallen (.docx eller .odt)',
        'need-schools': 'skolfilen (Skolenhetskod, Skola, Område, Stadier)',
        'lvl-kf': 'KF-mål',
        'lvl-namnd': 'nämndmål',
        'lvl-forvaltning': 'förvaltningsmål',
        'lvl-enhet': 'enhetsmål',
        'lvl-medarbetare': 'medarbetarmål',
        'st-done': 'genomfört',
        'st-on_track': 'enligt plan',
        'st-not_started': 'ej påbörjad',
        'st-deviates': 'avviker',
        'st-cancelled': 'utgår',
        'st-unknown': 'okänd',
        'sum-goals': 'Mål: {0}',
        'sum-no-goals': 'Inga mål',
        'sum-activities': '{0} aktiviteter',
        'sum-latest': 'senaste status: {0}',
        'sum-skipped': '{0} rader överhoppade',
        'sum-guesses': '{0} gissade kopplingar',
        'sum-schools': '{0} skolor, {1} utvecklingsområden',
        'sum-results': '{0} enkätrader, {1} värden för meritvärde och minst E',
        'sum-sk': '{0}, läsår {1}: {2} mål, {3} värderader, {4} svar',
        'sum-template': 'läsår {0}',
        'sum-year': 'år {0}',
        'guess': '"{0}" kopplat till "{1}" ({2} % lika)',
    },
    en: {
        'skip': 'Skip to the content',
        'tagline': 'The goal chain, the findings and the reports from your follow-ups and SK documents',
        'working': 'Working…',
        'cancel': 'Cancel',
        'cancelling': 'Cancelling…',
        'files-h': '1. Files',
        'files-help':
            'Drop your files here: follow-ups (.xlsx, .ods, .csv, .xls), work plans, the SK template (.docx, .odt), the schools file, the results file and filled SK documents. malkedja recognises what each file is.',
        'drop': 'Drag and drop the files here, or',
        'pick': 'Choose files…',
        'no-files': 'No files yet.',
        'chain-h': '2. The goal chain',
        'no-chain': 'The goal chain is drawn once a follow-up or work plan is read.',
        'unit': 'Unit',
        'year': 'Year',
        'all': 'All',
        'lights': 'The lights: green = done or on track, yellow = not started, red = deviates, grey = cancelled.',
        'findings-h': '3. Findings',
        'no-findings': 'No findings to show.',
        'severity': 'Severity',
        'group': 'Check',
        'search': 'Search',
        'downloads-h': '4. Downloads',
        'report-h': 'The report for the board',
        'report-note': 'Add a follow-up first.',
        'report-ready': 'From {0}.',
        'title': 'Title (optional)',
        'as-of': 'Reference date (optional)',
        'sk-h': 'SK documents for every school',
        'lasar': 'School year',
        'sk-format': 'Format',
        'sk-make': 'Make the SK documents (.zip)',
        'sk-missing': 'Still missing: {0}.',
        'sk-ready':
            'One document per school of the schools file, filled from the template, the goal chain, the results file and last year\'s filled SK documents.',
        'both': 'Word and OpenDocument',
        'collect-h': 'Collected SK documents',
        'collect-note': 'Add filled SK documents first.',
        'collect-ready': 'A workbook for the board: the goals, results and surveys per school, and the findings.',
        'xml-h': 'Normalized XML',
        'xml-follow_up': 'The follow-ups (.xml)',
        'xml-chain': 'The goal chain (.xml)',
        'footer':
            'Everything stays on this computer: the files go only to malkedja here and are removed when malkedja stops.',
        'remove': 'Remove',
        'remove-label': 'Remove {0}',
        'details': 'Details',
        'read-as': 'read as',
        'uploading': 'Uploading {0} files…',
        'reading': 'Reading {0}',
        'done': 'Done.',
        'failed': 'It did not work: {0}',
        'cancelled': 'Cancelled.',
        'busy': 'Wait until the work going on is done, or cancel it.',
        'downloaded': '{0} is ready and being downloaded.',
        'too-many': 'At most {0} files at a time: drop the rest in another go.',
        'too-large': '{0} is larger than {1} MiB, the most one file may be here.',
        'request-large': 'The files are larger than {0} MiB together: drop fewer at a time.',
        'no-server': 'The server does not answer. Is malkedja serve running? Reload the page once it is.',
        'findings-count': '{0}: {1}, {2}, {3}. Showing {4}.',
        'n-findings-one': '{0} finding',
        'n-findings': '{0} findings',
        'n-fel-one': '{0} error',
        'n-fel': '{0} errors',
        'n-varning-one': '{0} warning',
        'n-varning': '{0} warnings',
        'n-info-one': '{0} info',
        'n-info': '{0} info',
        'sort': 'Sort by {0}',
        'col-severity': 'Severity',
        'col-rule': 'Rule',
        'col-file': 'File',
        'col-location': 'Place',
        'col-message': 'Message',
        'col-suggestion': 'Suggestion',
        'col-group': 'Check',
        'sev-fel': 'error',
        'sev-varning': 'warning',
        'sev-info': 'info',
        'grp-report': 'the follow-up (as in the report)',
        'grp-chain': 'against the goal chain',
        'grp-work_plan': 'the work plan against the chain',
        'grp-sk': 'the SK documents',
        'role-follow_up': 'follow-up',
        'role-work_plan': 'work plan (goal chain)',
        'role-sk_template': 'SK template',
        'role-sk_filled': 'filled SK document',
        'role-schools': 'schools file',
        'role-results': 'results file',
        'role-chain_xml': 'goal chain (XML)',
        'role-unusable': 'cannot be used',
        'need-sk_template': 'the SK template (.docx or .odt)',
        'need-schools': 'the schools file (Skolenhetskod, Skola, Område, Stadier)',
        'lvl-kf': 'council goals',
        'lvl-namnd': 'board goals',
        'lvl-forvaltning': 'administration goals',
        'lvl-enhet': 'unit goals',
        'lvl-medarbetare': 'staff goals',
        'st-done': 'done',
        'st-on_track': 'on track',
        'st-not_started': 'not started',
        'st-deviates': 'deviates',
        'st-cancelled': 'cancelled',
        'st-unknown': 'unknown',
        'sum-goals': 'Goals: {0}',
        'sum-no-goals': 'No goals',
        'sum-activities': '{0} activities',
        'sum-latest': 'latest status: {0}',
        'sum-skipped': '{0} rows skipped',
        'sum-guesses': '{0} guessed links',
        'sum-schools': '{0} schools, {1} development areas',
        'sum-results': '{0} survey rows, {1} meritvärde and minst E values',
        'sum-sk': '{0}, school year {1}: {2} goals, {3} value rows, {4} answers',
        'sum-template': 'school year {0}',
        'sum-year': 'year {0}',
        'guess': '"{0}" linked to "{1}" ({2} % alike)',
    },
};

const REPORT_FORMATS = ["xlsx", "ods", "docx", "odt", "html", "csv", "json"];
const COLLECT_FORMATS = ["xlsx", "ods", "html", "xml"];
const COLUMNS = ["severity", "rule", "file", "location", "message", "suggestion", "group"];
const SEVERITY_ORDER = { fel: 0, varning: 1, info: 2 };

const page = {
  token: document.querySelector('meta[name="mk-token"]').content,
  lang: "sv",
  tab: null,
  limits: null,
  analysis: null,
  job: null,
  sort: { column: "severity", up: true },
};

const $ = (id) => document.getElementById(id);

function t(key, ...args) {
  const text = TEXTS[page.lang][key] ?? TEXTS.sv[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));
}

// A count with its noun in the number the count takes: counted("varning", 1) is "1 varning".
function counted(noun, n) { return t(n === 1 ? 'n-' + noun + '-one' : 'n-' + noun, n); }

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

// ---- talking to the server ----

async function api(method, path, body) {
  const headers = { "X-Malkedja-Token": page.token, "X-Malkedja-Lang": page.lang };
  const init = { method, headers };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new Error(t("no-server"));
  }
  const type = response.headers.get("Content-Type") || "";
  const answer = type.startsWith("application/json") ? await response.json() : null;
  if (!response.ok) throw new Error(answer?.error?.message || `HTTP ${response.status}`);
  return answer;
}

const tabPath = (rest) => `/api/tabs/${page.tab}${rest}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function showAlert(text) {
  const alert = $("alert");
  alert.textContent = text;
  alert.hidden = !text;
}

function announce(text) {
  $("job-status").textContent = text;
}

function setBusy(busy) {
  document.body.classList.toggle("busy", busy);
  for (const b of document.querySelectorAll("main button:not(#cancel), main select, #pick")) b.disabled = busy;
  $("job").hidden = !busy;
  if (!busy) refreshButtons();
}

// Runs one job of the tab with progress and cancelling, then finish(view) when it is done; the
// page stays busy until both are over. Resolves with the job's final view.
async function runJob(request, finish) {
  if (page.job) {
    showAlert(t("busy"));
    return null;
  }
  showAlert("");
  setBusy(true);
  $("job-text").textContent = t("working");
  $("job-bar").removeAttribute("value");
  try {
    const body = Object.assign({ lang: page.lang }, request);
    let view = await api("POST", tabPath("/jobs"), body);
    page.job = view.id;
    while (view.state === "queued" || view.state === "running") {
      await sleep(250);
      view = await api("GET", tabPath(`/jobs/${view.id}`));
      if (view.total > 0) {
        $("job-bar").max = view.total;
        $("job-bar").value = view.done;
      }
      if (view.step) $("job-text").textContent = `${t("working")} ${view.step} (${view.done}/${view.total})`;
    }
    if (view.state === "done" && finish) await finish(view);
    if (view.state === "failed") showAlert(t("failed", view.error));
    if (view.state === "cancelled") announce(t("cancelled"));
    return view;
  } catch (e) {
    showAlert(e.message);
    return null;
  } finally {
    page.job = null;
    setBusy(false);
  }
}

async function cancelJob() {
  if (!page.job) return;
  $("job-text").textContent = t("cancelling");
  try {
    await api("POST", tabPath(`/jobs/${page.job}/cancel`));
  } catch (e) {
    showAlert(e.message);
  }
}

function download(view) {
  const link = element("a");
  link.href = tabPath(`/jobs/${view.id}/result`);
  link.download = view.result_name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  announce(t("downloaded", view.result_name));
}

// ---- files ----

function checkLimits(files) {
  const l = page.limits;
  const mib = (n) => Math.floor(n / 1048576);
  if (files.length > l.files_per_request) return t("too-many", l.files_per_request);
  let total = 0;
  for (const f of files) {
    if (f.size > l.file_size) return t("too-large", f.name, mib(l.file_size));
    total += f.size;
  }
  if (total > l.request_size) return t("request-large", mib(l.request_size));
  return "";
}

async function upload(fileList) {
  const files = Array.from(fileList);
  if (!files.length) return;
  if (page.job) return showAlert(t("busy"));
  const problem = checkLimits(files);
  if (problem) return showAlert(problem);
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  showAlert("");
  setBusy(true);
  $("job-text").textContent = t("uploading", files.length);
  try {
    await api("POST", tabPath("/files"), form);
  } catch (e) {
    setBusy(false);
    return showAlert(e.message);
  }
  setBusy(false);
  await analyse();
}

async function removeFile(id) {
  try {
    await api("DELETE", tabPath(`/files/${id}`));
  } catch (e) {
    return showAlert(e.message);
  }
  await analyse();
}

async function analyse() {
  await runJob({ kind: "analyse", as_of: $("as-of").value, title: $("title").value }, async (view) => {
    const response = await fetch(tabPath(`/jobs/${view.id}/result`));
    page.analysis = await response.json();
    render();
    announce(t("done"));
  });
}

// ---- rendering ----

function counts(map, prefix) {
  return Object.entries(map || {}).map(([k, n]) => `${n} ${t(prefix + k)}`).join(", ");
}

function summaryLines(role, s) {
  if (!s) return [];
  if (role === "schools") return [t("sum-schools", s.schools, s.development_areas)];
  if (role === "results") return [t("sum-results", s.survey_rows, s.history_rows)];
  if (role === "sk_filled") return [t("sum-sk", s.school || "", s.lasar || "", s.sk_goals ?? 0, s.sk_values ?? 0, s.sk_answers ?? 0)];
  if (role === "sk_template") return s.lasar ? [t("sum-template", s.lasar)] : [];
  const parts = [];
  if (s.title) parts.push(s.title);
  if (s.year) parts.push(t("sum-year", s.year));
  const goals = counts(s.goals, "lvl-");
  parts.push(goals ? t("sum-goals", goals) : t("sum-no-goals"));
  parts.push(t("sum-activities", s.activities ?? 0));
  const latest = counts(s.latest, "st-");
  if (latest) parts.push(t("sum-latest", latest));
  if (s.skipped?.length) parts.push(t("sum-skipped", s.skipped.length));
  if (s.guesses?.length) parts.push(t("sum-guesses", s.guesses.length));
  return [parts.join(" · ")];
}

function fileDetails(s) {
  const rows = [];
  for (const k of s?.skipped || []) rows.push(`${k.place}: ${k.reason}${k.text ? ` "${k.text}"` : ""}`);
  for (const g of s?.guesses || []) rows.push(t("guess", g.text, g.linked_to, g.score));
  if (!rows.length) return null;
  const details = element("details");
  details.append(element("summary", t("details")));
  const list = element("ul");
  for (const r of rows) list.append(element("li", r));
  details.append(list);
  return details;
}

function renderFiles() {
  const list = $("files");
  list.replaceChildren();
  const files = page.analysis?.files || [];
  $("no-files").hidden = files.length > 0;
  for (const f of files) {
    const item = element("li");
    item.dataset.role = f.role;
    const head = element("p", undefined, "name");
    head.append(element("span", f.name));
    const role = element("span", `${t("read-as")} ${t("role-" + f.role)}${f.format ? ` (.${f.format})` : ""}`, "role");
    if (f.role === "unusable") role.classList.add("unusable");
    head.append(" ", role);
    const remove = element("button", t("remove"), "secondary");
    remove.type = "button";
    remove.setAttribute("aria-label", t("remove-label", f.name));
    remove.addEventListener("click", () => removeFile(f.id));
    item.append(head, remove);
    if (f.error) item.append(element("p", f.error, "error"));
    if (f.warning) item.append(element("p", f.warning, "warning"));
    for (const line of summaryLines(f.role, f.summary)) item.append(element("p", line, "summary"));
    const details = fileDetails(f.summary);
    if (details) item.append(details);
    list.append(item);
  }
}

function fillSelect(select, values, labelOf, keep) {
  const previous = keep ? select.value : "";
  select.replaceChildren();
  for (const v of values) {
    const option = element("option", labelOf(v));
    option.value = v;
    select.append(option);
  }
  if (values.includes(previous)) select.value = previous;
}

function renderTree(svgText) {
  const holder = $("tree");
  holder.replaceChildren();
  if (!svgText) return;
  const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const svg = parsed.documentElement;
  if (svg.nodeName !== "svg") return;
  svg.setAttribute("role", "img");
  const title = svg.querySelector("title");
  if (title) svg.setAttribute("aria-label", title.textContent);
  holder.append(document.importNode(svg, true));
}

function renderChain() {
  const a = page.analysis;
  const has = Boolean(a?.report);
  $("chain").hidden = !has;
  $("no-chain").hidden = has;
  if (!has) return;
  $("report-summary").textContent = summaryLines("follow_up", a.report.summary)[0];
  fillSelect($("unit"), ["", ...a.filters.units], (v) => v || t("all"), false);
  fillSelect($("year"), ["", ...a.filters.years], (v) => v || t("all"), false);
  $("unit").closest("label").hidden = a.filters.units.length === 0;
  $("year").closest("label").hidden = a.filters.years.length < 2;
  renderTree(a.tree);
}

async function filterTree() {
  const request = { kind: "tree", unit: $("unit").value, year: $("year").value, as_of: $("as-of").value, title: $("title").value };
  await runJob(request, async (view) => {
    const response = await fetch(tabPath(`/jobs/${view.id}/result`));
    renderTree(await response.text());
  });
}

function findingValue(f, column) {
  if (column === "severity") return SEVERITY_ORDER[f.severity] ?? 9;
  if (column === "group") return t("grp-" + f.group);
  return f[column] || "";
}

function renderFindingsHead() {
  const row = $("findings").tHead.rows[0];
  row.replaceChildren();
  for (const c of COLUMNS) {
    const th = element("th");
    th.scope = "col";
    const button = element("button", t("col-" + c));
    button.type = "button";
    button.setAttribute("aria-label", t("sort", t("col-" + c)));
    button.addEventListener("click", () => {
      page.sort = { column: c, up: page.sort.column === c ? !page.sort.up : true };
      renderFindings();
    });
    th.append(button);
    if (page.sort.column === c) th.setAttribute("aria-sort", page.sort.up ? "ascending" : "descending");
    row.append(th);
  }
}

function renderFindings() {
  const all = page.analysis?.findings || [];
  $("no-findings").hidden = all.length > 0;
  $("findings-part").hidden = all.length === 0;
  renderFindingsHead();
  const severity = $("f-severity").value;
  const group = $("f-group").value;
  const text = $("f-text").value.trim().toLowerCase();
  const shown = all.filter((f) => (!severity || f.severity === severity) && (!group || f.group === group) &&
    (!text || COLUMNS.some((c) => String(findingValue(f, c)).toLowerCase().includes(text))));
  const { column, up } = page.sort;
  shown.sort((x, y) => {
    const a = findingValue(x, column), b = findingValue(y, column);
    const order = typeof a === "number" ? a - b : String(a).localeCompare(String(b), page.lang);
    return up ? order : -order;
  });
  const body = $("findings").tBodies[0];
  body.replaceChildren();
  for (const f of shown) {
    const row = element("tr");
    row.append(element("td", t("sev-" + f.severity), "sev-" + f.severity));
    row.append(element("td", f.rule), element("td", f.file), element("td", f.location));
    row.append(element("td", f.message), element("td", f.suggestion), element("td", t("grp-" + f.group)));
    body.append(row);
  }
  const n = (s) => all.filter((f) => f.severity === s).length;
  $('findings-count').textContent =
      t('findings-count', counted('findings', all.length), counted('fel', n('fel')), counted('varning', n('varning')),
        counted('info', n('info')), shown.length);
}

function renderFindingFilters() {
  const all = page.analysis?.findings || [];
  fillSelect($("f-severity"), ["", "fel", "varning", "info"], (v) => (v ? t("sev-" + v) : t("all")), true);
  const groups = [...new Set(all.map((f) => f.group))];
  fillSelect($("f-group"), ["", ...groups], (v) => (v ? t("grp-" + v) : t("all")), true);
}

function button(label, action, id) {
  const b = element("button", label);
  b.type = "button";
  if (id) b.id = id;
  b.addEventListener("click", action);
  return b;
}

async function makeDownload(request) {
  await runJob(request, (view) => {
    if (request.kind === "sk_documents") {
      $("sk-notes").replaceChildren(...(view.notes || []).map((n) => element("li", n)));
    }
    download(view);
  });
}

function renderDownloads() {
  const d = page.analysis?.downloads;
  const reportButtons = $("report-buttons");
  reportButtons.replaceChildren();
  $("report-note").textContent = d?.report ? t("report-ready", page.analysis.report.files.join(", ")) : t("report-note");
  for (const f of REPORT_FORMATS)
    reportButtons.append(button(`.${f}`, () => makeDownload({ kind: "report", format: f, as_of: $("as-of").value, title: $("title").value }), `report-${f}`));
  const collect = $("collect-buttons");
  collect.replaceChildren();
  $("collect-note").textContent = d?.collect ? t("collect-ready") : t("collect-note");
  for (const f of COLLECT_FORMATS)
    collect.append(button(`.${f}`, () => makeDownload({ kind: "sk_collection", format: f }), `collect-${f}`));
  const xml = $("xml-buttons");
  xml.replaceChildren();
  for (const which of ["follow_up", "chain"])
    xml.append(button(t("xml-" + which), () => makeDownload({ kind: "xml", format: which }), `xml-${which}`));
  const sk = d?.sk;
  const missing = (sk?.missing || ["sk_template", "schools"]).map((m) => t("need-" + m));
  $("sk-note").textContent = missing.length ? t("sk-missing", missing.join(", ")) : t("sk-ready");
  if (sk?.lasar && !$("lasar").value) $("lasar").value = sk.lasar;
  const formats = sk?.formats?.length > 1 ? ["both", ...sk.formats] : sk?.formats || [];
  fillSelect($("sk-format"), formats, (v) => (v === "both" ? t("both") : `.${v}`), true);
  refreshButtons();
}

function refreshButtons() {
  const d = page.analysis?.downloads;
  const busy = Boolean(page.job);
  for (const b of $("report-buttons").children) b.disabled = busy || !d?.report;
  for (const b of $("collect-buttons").children) b.disabled = busy || !d?.collect;
  $("xml-follow_up") && ($("xml-follow_up").disabled = busy || !d?.follow_up_xml);
  $("xml-chain") && ($("xml-chain").disabled = busy || !d?.chain_xml);
  $("sk-make").disabled = busy || !d?.sk?.ready;
  $("unit").disabled = busy;
  $("year").disabled = busy;
}

function renderTexts() {
  document.documentElement.lang = page.lang;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  const other = page.lang === "sv" ? "en" : "sv";
  $("lang").textContent = other === "en" ? "English" : "Svenska";
  $("lang").lang = other;
}

function render() {
  renderTexts();
  renderFiles();
  renderChain();
  renderFindingFilters();
  renderFindings();
  renderDownloads();
}

// ---- start ----

function wireDrop() {
  const drop = $("drop");
  for (const name of ["dragenter", "dragover"])
    drop.addEventListener(name, (e) => {
      e.preventDefault();
      drop.classList.add("over");
    });
  for (const name of ["dragleave", "drop"]) drop.addEventListener(name, () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    upload(e.dataTransfer.files);
  });
  // A file dropped beside the zone must not make the browser leave the page.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  $("pick").addEventListener("change", (e) => {
    upload(e.target.files);
    e.target.value = "";
  });
}

async function start() {
  const saved = window.localStorage.getItem("malkedja-lang");
  if (saved === "en" || saved === "sv") page.lang = saved;
  render();
  wireDrop();
  $("cancel").addEventListener("click", cancelJob);
  $("lang").addEventListener("click", async () => {
    page.lang = page.lang === "sv" ? "en" : "sv";
    window.localStorage.setItem("malkedja-lang", page.lang);
    render();
    if (page.analysis?.files?.length) await analyse();
  });
  $("unit").addEventListener("change", filterTree);
  $("year").addEventListener("change", filterTree);
  for (const id of ["f-severity", "f-group"]) $(id).addEventListener("change", renderFindings);
  $("f-text").addEventListener("input", renderFindings);
  $("sk-make").addEventListener("click", () =>
    makeDownload({ kind: "sk_documents", lasar: $("lasar").value.trim(), format: $("sk-format").value }));
  $("as-of").addEventListener("change", () => page.analysis?.files?.length && analyse());
  try {
    const opened = await api("POST", "/api/tabs");
    page.tab = opened.tab;
    page.limits = opened.limits;
  } catch (e) {
    showAlert(e.message);
    return;
  }
  window.addEventListener("pagehide", () => {
    fetch(tabPath(""), { method: "DELETE", keepalive: true, headers: { "X-Malkedja-Token": page.token } }).catch(() => {});
  });
  document.body.dataset.ready = "true";
}

start();
