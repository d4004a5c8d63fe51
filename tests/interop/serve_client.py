#!/usr/bin/python3
"""A client of `malkedja serve` for test_serve.sh: every endpoint, the guards and the limits.

Usage: /usr/bin/python3 serve_client.py CASE BASE_URL SERVER_PID SERVER_TMP SAMPLES [HOSTILE_FOLDER HOSTILE_CASES]
CASE is one of: endpoints, guards, limits, hostile, concurrent, progress. Prints "ok ..." or
"FAIL ..." lines and exits 1 when any failed. Only 127.0.0.1 is ever contacted; every loop is
bounded in count and time.
"""
import concurrent.futures
import http.client
import json
import os
import re
import sys
import time
import urllib.parse

case, base, pid, server_tmp, samples = sys.argv[1:6]
url = urllib.parse.urlparse(base)
assert url.hostname == "127.0.0.1"
host = f"127.0.0.1:{url.port}"
failed = False


def check(ok, what):
    global failed
    print(("ok   " if ok else "FAIL ") + what)
    failed = failed or not ok


def request(method, path, body=None, headers=None, token=True, lang=None):
    """(status, headers, body bytes) of one request on a new connection."""
    h = {"Host": host}
    if token:
        h["X-Malkedja-Token"] = TOKEN
    if lang:
        h["X-Malkedja-Lang"] = lang
    if body is None and method in ("POST", "DELETE"):
        body = b""
    h.update(headers or {})
    connection = http.client.HTTPConnection("127.0.0.1", url.port, timeout=120)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for k, v in h.items():
            connection.putheader(k, v)
        if body is not None and "Transfer-Encoding" not in h:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders()
        if body:
            connection.send(body)
        response = connection.getresponse()
        data = response.read()
        return response.status, dict(response.getheaders()), data
    except (ConnectionError, http.client.HTTPException) as e:
        # The server may answer and close before a refused body is all sent.
        return 0, {}, repr(e).encode()
    finally:
        connection.close()


def answer(method, path, body=None, **kw):
    status, headers, data = request(method, path, body, **kw)
    try:
        parsed = json.loads(data) if data else {}
    except ValueError:
        parsed = {"raw": data[:200]}
    return status, parsed


def multipart(files):
    """files: [(name, bytes)] → (body, content type)."""
    boundary = "mkboundary7c1f"
    parts = []
    for name, data in files:
        quoted = name.replace('"', "%22")
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{quoted}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def upload(tab, files, **kw):
    body, kind = multipart(files)
    return answer("POST", f"/api/tabs/{tab}/files", body, headers={"Content-Type": kind}, **kw)


def new_tab():
    status, body = answer("POST", "/api/tabs")
    assert status == 201, (status, body)
    return body["tab"]


def run_job(tab, job, seconds=120):
    status, body = answer("POST", f"/api/tabs/{tab}/jobs", json.dumps(job).encode(),
                          headers={"Content-Type": "application/json"})
    if status != 202:
        return status, body
    deadline = time.time() + seconds
    while body["state"] in ("queued", "running") and time.time() < deadline:
        time.sleep(0.1)
        status, body = answer("GET", f"/api/tabs/{tab}/jobs/{body['id']}")
    return status, body


def result(tab, job_id):
    return request("GET", f"/api/tabs/{tab}/jobs/{job_id}/result")


def sample(path):
    with open(os.path.join(samples, path), "rb") as f:
        return os.path.basename(path), f.read()


def peak_mib():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


def stored_files():
    """Every file the server keeps in its work folder."""
    return [os.path.join(d, f) for d, _, files in os.walk(server_tmp) for f in files]


_, _, page = request("GET", "/", token=False)
TOKEN = re.search(rb'name="mk-token" content="([0-9a-f]{64})"', page).group(1).decode()


def endpoints():
    status, headers, body = request("GET", "/", token=False)
    check(status == 200 and b"<html" in body, "GET / serves the page")
    csp = headers.get("Content-Security-Policy", "")
    check("script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp,
          f"the page has a Content-Security-Policy without inline script: {csp}")
    check(headers.get("X-Content-Type-Options") == "nosniff", "X-Content-Type-Options: nosniff")
    for path, kind in (("/app.js", "text/javascript"), ("/app.css", "text/css"), ("/icon.svg", "image/svg+xml")):
        status, headers, body = request("GET", path, token=False)
        check(status == 200 and headers.get("Content-Type", "").startswith(kind) and body,
              f"GET {path} serves {kind}")
    status, body = answer("GET", "/nothing-here")
    check(status == 404 and body.get("error", {}).get("message"), "an unknown path: 404 with a message")
    tab = new_tab()
    status, body = answer("POST", "/api/tabs")
    check(status == 201 and body["limits"]["file_size"] > 0, "POST /api/tabs opens a tab and gives the limits")
    files = [sample("uppfoljning/atagande-2018.xlsx"), sample("skolor/skolor.csv")]
    status, body = upload(tab, files)
    check(status == 200 and [f["name"] for f in body["files"]] == ["atagande-2018.xlsx", "skolor.csv"],
          "POST files keeps the files under their names")
    stored = stored_files()
    check(len(stored) == 2 and not any("atagande" in s or "skolor" in s for s in stored),
          f"the files are stored under the server's own names: {[os.path.basename(s) for s in stored]}")
    status, body = answer("GET", f"/api/tabs/{tab}/files")
    check(status == 200 and len(body["files"]) == 2, "GET files lists them")
    status, job = run_job(tab, {"kind": "analyse"})
    check(job.get("state") == "done", f"an analysis runs: {job}")
    status, headers, data = result(tab, job["id"])
    analysis = json.loads(data)
    roles = {f["name"]: f["role"] for f in analysis["files"]}
    check(roles == {"atagande-2018.xlsx": "follow_up", "skolor.csv": "schools"}, f"each file read as what it is: {roles}")
    warnings = [f["warning"] for f in analysis["files"]]
    check(warnings == ["", ""], f"no warning for files named for what they are: {warnings}")
    check(analysis["report"]["summary"]["activities"] == 30, "the counts of the follow-up")
    check(analysis["tree"].startswith("<svg") and len(analysis["findings"]) >= 0, "the tree and the findings")
    for job_request, name in (({"kind": "report", "format": "xlsx"}, "rapport.xlsx"),
                              ({"kind": "report", "format": "json"}, "rapport.json"),
                              ({"kind": "xml", "format": "follow_up"}, "uppfoljning.xml"),
                              ({"kind": "tree", "year": "2018"}, "malkedja.svg")):
        status, job = run_job(tab, job_request)
        status, headers, data = result(tab, job["id"])
        disposition = headers.get("Content-Disposition", "")
        attachment = name != "malkedja.svg"
        check(status == 200 and data and (disposition.startswith("attachment;") == attachment) and
              (not attachment or f'filename="{name}"' in disposition),
              f"{job_request['kind']} {job_request.get('format', '')}: {name} ({disposition or 'inline'})")
    status, body = run_job(tab, {"kind": "sk_collection", "format": "xlsx"})
    check(body.get("state") == "failed" and "SK-dokument" in body.get("error", ""),
          f"a job that cannot be done fails with a message: {body.get('error')}")
    status, body = run_job(tab, {"kind": "report", "format": "exe"})
    check(status == 400, "an unknown format is refused")
    status, body = answer("POST", f"/api/tabs/{tab}/jobs", b"{not json", headers={"Content-Type": "application/json"})
    check(status == 400, "a body that is no JSON is refused")
    status, body = answer("DELETE", f"/api/tabs/{tab}/files/f1")
    check(status == 200 and len(answer("GET", f"/api/tabs/{tab}/files")[1]["files"]) == 1, "DELETE a file")
    status, body = answer("DELETE", f"/api/tabs/{tab}/files/f99")
    check(status == 404, "DELETE a file that is not there: 404")
    status, body = answer("GET", f"/api/tabs/{tab}/jobs/j999")
    check(status == 404, "a job that is not there: 404")
    status, body = answer("DELETE", f"/api/tabs/{tab}")
    check(status == 200 and answer("GET", f"/api/tabs/{tab}/files")[0] == 404, "DELETE the tab lets it go")
    misnamed = new_tab()
    upload(misnamed, [("skolor.xlsx", sample("skolor/skolor.csv")[1])])
    status, job = run_job(misnamed, {"kind": "analyse"})
    read = json.loads(result(misnamed, job["id"])[2])["files"][0]
    check(read["role"] == "schools" and read["format"] == "csv" and
          read["warning"] == "varning: skolor.xlsx: filen är CSV, inte XLSX som namnet säger; den läses som CSV",
          f"a CSV named .xlsx is read as CSV, with a warning naming it: {read}")
    answer("DELETE", f"/api/tabs/{misnamed}")
    status, body = answer("POST", "/api/tabs", lang="en")
    status, body = answer("GET", "/api/tabs/" + "0" * 32 + "/files", lang="en")
    check(status == 404 and "reload" in body["error"]["message"], f"messages in English on request: {body}")


def guards():
    for wrong in ("evil.example:%d" % url.port, "127.0.0.1:1", "127.0.0.1", "[::1]:%d" % url.port):
        status, headers, body = request("GET", "/", headers={"Host": wrong}, token=False)
        check(status == 403 and TOKEN.encode() not in body, f"Host {wrong}: refused, no token given away")
    status, _, _ = request("GET", "/", headers={"Host": f"localhost:{url.port}"}, token=False)
    check(status == 200, "Host localhost:PORT is served")
    status, body = answer("POST", "/api/tabs", token=False)
    check(status == 403 and body["error"]["code"] == "serve.token", "POST without the token: refused")
    status, body = answer("POST", "/api/tabs", headers={"X-Malkedja-Token": "0" * 64})
    check(status == 403, "POST with a wrong token: refused")
    tab = new_tab()
    body, kind = multipart([sample("skolor/skolor.csv")])
    status, _, _ = request("POST", f"/api/tabs/{tab}/files", body, headers={"Content-Type": kind}, token=False)
    check(status == 403 and not stored_files(), "an upload without the token: refused, nothing stored")
    status, body = answer("POST", "/api/tabs", headers={"Origin": "http://evil.example"})
    check(status == 403 and body["error"]["code"] == "serve.origin", "a foreign Origin: refused")
    status, body = answer("GET", f"/api/tabs/{tab}/files", headers={"Sec-Fetch-Site": "cross-site"})
    check(status == 403, "a cross-site fetch: refused")
    status, body = answer("DELETE", f"/api/tabs/{tab}", token=False)
    check(status == 403 and answer("GET", f"/api/tabs/{tab}/files")[0] == 200, "DELETE without the token: refused")
    status, body = answer("POST", f"/api/tabs/{tab}/jobs", b"x" * 70000, headers={"Content-Type": "application/json"})
    check(status == 413, "a job request larger than 64 KiB: refused")
    status, _, _ = request("POST", f"/api/tabs/{tab}/jobs", b"5\r\n{}   \r\n0\r\n\r\n",
                           headers={"Transfer-Encoding": "chunked", "Content-Type": "application/json"})
    check(status == 411, "a chunked job request: refused")
    status, body = answer("POST", "/api/tabs/not-a-tab/files")
    check(status in (400, 404), "a malformed tab id: not served")


def limits():
    """The server runs with --max-file-mb 1 --max-request-mb 4 --max-files 3 --max-tab-mb 3
    --max-tab-files 4 --max-total-mb 5 --max-tabs 3."""
    mib = 1 << 20
    tab = new_tab()

    def refused(status, body, code, what):
        check(status == 413 and body.get("error", {}).get("code") == code and not stored_files(),
              f"{what}: 413 {code}, nothing kept ({body.get('error', {}).get('message')})")

    status, body = upload(tab, [("big.xlsx", b"x" * (mib + 1))])
    refused(status, body, "serve.file_size", "a file over 1 MiB")
    status, body = upload(tab, [(f"f{i}.csv", b"a;b\n") for i in range(4)])
    refused(status, body, "serve.files_per_request", "4 files in one request")
    status, body = upload(tab, [("a.csv", b"x" * (mib - 100)), ("huge", b"y" * (4 * mib))])
    check(status in (0, 413) and not stored_files(),
          f"a request over 4 MiB: refused ({status or 'connection closed'}), nothing kept")
    status, body = upload(tab, [("ok.csv", b"a;b\n" * 10)])
    check(status == 200, "the server keeps serving after the refusals")
    for i in range(3):
        status, body = upload(tab, [(f"part{i}.csv", b"z" * (mib - 1000))])
        check(status == 200, f"part{i}.csv of almost 1 MiB is kept")
    status, body = upload(tab, [("more.csv", b"a;b\n")])
    check(status == 413 and body["error"]["code"] == "serve.tab_files", f"a 5th file in the tab: {body}")
    first = answer("GET", f"/api/tabs/{tab}/files")[1]["files"][0]["id"]
    status, body = answer("DELETE", f"/api/tabs/{tab}/files/{first}")
    status, body = upload(tab, [("over.csv", b"w" * (mib // 2))])
    check(status == 413 and body["error"]["code"] == "serve.tab_size", f"over 3 MiB in the tab: {body}")
    other = new_tab()
    status, body = upload(other, [("a.csv", b"v" * (mib - 10))])
    status, body = upload(other, [("b.csv", b"v" * (mib - 10))])
    status, body = upload(other, [("c.csv", b"v" * (mib - 10))])
    check(status == 413 and body["error"]["code"] == "serve.total_size", f"over 5 MiB in all tabs: {body}")
    third = new_tab()
    fourth = new_tab()
    check(answer("GET", f"/api/tabs/{tab}/files")[0] == 404 and answer("GET", f"/api/tabs/{fourth}/files")[0] == 200,
          "a 4th tab lets the least recently used idle one go")
    check(len(stored_files()) == 2, f"the tab let go has its files removed ({len(stored_files())} left, the other tab's 2)")


def hostile(folder, cases):
    tab = new_tab()
    expected = {}
    with open(cases) as f:
        for line in f:
            name, text, commands = line.rstrip("\n").split("\t")
            if "import" in commands:
                expected[name] = text
    names = sorted(expected)
    for start in range(0, len(names), 20):
        batch = []
        for name in names[start:start + 20]:
            with open(os.path.join(folder, name), "rb") as f:
                batch.append((name, f.read()))
        status, body = upload(tab, batch)
        check(status == 200, f"hostile files {start + 1}-{start + len(batch)} uploaded")
    status, job = run_job(tab, {"kind": "analyse"}, seconds=600)
    check(job.get("state") == "done", f"the analysis of {len(names)} hostile files ends: {job.get('state')} {job.get('error')}")
    if job.get("state") != "done":
        return
    analysis = json.loads(result(tab, job["id"])[2])
    for f in analysis["files"]:
        want = expected[f["name"]]
        check(f["role"] == "unusable" and f["error"].startswith(f["name"] + ": ") and want in f["error"],
              f"{f['name']}: {f['error'][:120]}")
    check(not any(server_tmp not in p for p in stored_files()), "nothing written outside the work folder")
    odd = ["../../etc/passwd", "<script>alert(1)</script>.xlsx", "C:\\Windows\\x.csv", "a\x01b\x1b[31m.csv",
           "\u202eslx.exe", "n" * 600 + ".csv", ""]
    status, body = upload(tab, [(n, b"Mal;Aktivitet\n") for n in odd])
    names = [f["name"] for f in body.get("files", [])]
    check(status == 200 and len(names) == len(odd) - 1, f"odd browser names are kept as labels only: {names}")
    check(all("/" not in n and "\\" not in n and not re.search(r"[\x00-\x1f\u202e]", n) and len(n.encode()) <= 200
              for n in names), "no folder, control character or direction mark in a label")
    check(not os.path.exists(os.path.join(server_tmp, "..", "..", "etc", "passwd")) and
          all(re.fullmatch(r"[utr]\d+", os.path.basename(p)) for p in stored_files()),
          "every stored file has a name the server made")
    status, _, _ = request("GET", "/", token=False)
    check(status == 200, "the server still serves")
    print(f"     peak memory of the server: {peak_mib()} MiB")


def concurrent_uploads():
    tabs = [new_tab() for _ in range(10)]
    files = [sample(p) for p in ("uppfoljning/atagande-2018.xlsx", "uppfoljning/verksamhetsplan-2019.ods",
                                 "uppfoljning/atagande-2018.csv", "skolor/skolor.xlsx", "sk/sk-mall-2023-2024.docx")]
    before = peak_mib()
    started = time.time()

    def one(i):
        return upload(tabs[i % len(tabs)], [files[i % len(files)]])

    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(one, range(50)))
    check(all(status == 200 for status, _ in answers),
          f"50 concurrent uploads all answered 200 in {time.time() - started:.1f} s: {[b for s, b in answers if s != 200]}")
    counts = [len(answer("GET", f"/api/tabs/{t}/files")[1]["files"]) for t in tabs]
    check(counts == [5] * 10, f"no upload lost: 5 files in each of the 10 tabs ({counts})")
    ids = [answer("GET", f"/api/tabs/{t}/files")[1]["files"] for t in tabs]
    check(all(len({f["id"] for f in fs}) == 5 for fs in ids), "every file has its own id")
    check(len(stored_files()) == 50, f"50 files stored ({len(stored_files())})")
    peak = peak_mib()
    if os.environ.get("MK_SANITIZED"):  # AddressSanitizer's shadow memory says nothing of ours
        print(f"     peak {peak} MiB under the sanitizers, not checked")
    else:
        check(peak < 200, f"memory bounded: peak {peak} MiB (was {before} MiB before the uploads)")


def progress():
    """A schools file of 300 schools: sk_documents reports progress per document and can be cancelled."""
    tab = new_tab()
    rows = ["Skolenhetskod;Skola;Område;Stadier;Utvecklingsområden"]
    rows += [f"{10000000 + i};Skola nummer {i};Mellersta/Nordvästra;F-9;kunskapskrav" for i in range(300)]
    schools = ("skolor-300.csv", ("\n".join(rows) + "\n").encode())
    status, body = upload(tab, [sample("sk/sk-mall-2023-2024.docx"), sample("malkedja/grundskolenamnden-arbetsplan.docx"), schools])
    status, job = run_job(tab, {"kind": "analyse"})
    status, job = answer("POST", f"/api/tabs/{tab}/jobs",
                         json.dumps({"kind": "sk_documents", "lasar": "2024/25"}).encode(), headers={"Content-Type": "application/json"})
    check(status == 202, "a long job is queued")
    second = answer("POST", f"/api/tabs/{tab}/jobs", json.dumps({"kind": "analyse"}).encode(),
                    headers={"Content-Type": "application/json"})
    check(second[0] == 409, "a second job of the same tab while one runs: 409")
    others = [new_tab() for _ in range(3)]
    statuses = [answer("POST", f"/api/tabs/{t}/jobs", json.dumps({"kind": "analyse"}).encode(),
                       headers={"Content-Type": "application/json"})[0] for t in others]
    check(statuses[:1] == [202] and 503 in statuses, f"the queue is bounded (--max-queue 1): {statuses}")
    seen = []
    deadline = time.time() + 120
    while time.time() < deadline:
        status, view = answer("GET", f"/api/tabs/{tab}/jobs/{job['id']}")
        if view["state"] == "running" and view["done"] > 0:
            seen.append(view["done"])
        # Until it has moved on: under sanitizers on a busy machine one document takes seconds.
        if (seen and seen[-1] > seen[0]) or view["state"] not in ("queued", "running"):
            break
        time.sleep(0.2)
    check(len(seen) >= 2 and seen[-1] > seen[0] and view["total"] == 300,
          f"progress goes up towards 300 documents: {seen} of {view['total']}")
    status, view = answer("POST", f"/api/tabs/{tab}/jobs/{job['id']}/cancel")
    deadline = time.time() + 30
    while view["state"] == "running" and time.time() < deadline:
        time.sleep(0.1)
        status, view = answer("GET", f"/api/tabs/{tab}/jobs/{job['id']}")
    check(view["state"] == "cancelled" and view["done"] < 300, f"cancel stops it: {view['state']} at {view['done']}")
    check(result(tab, job["id"])[0] == 409, "a cancelled job has no result")
    status, again = run_job(tab, {"kind": "analyse"})
    check(again.get("state") == "done", "the tab works again after the cancel")


if case == "endpoints":
    endpoints()
elif case == "guards":
    guards()
elif case == "limits":
    limits()
elif case == "hostile":
    hostile(sys.argv[6], sys.argv[7])
elif case == "concurrent":
    concurrent_uploads()
elif case == "progress":
    progress()
sys.exit(1 if failed else 0)
