#!/usr/bin/env bash
# Headless Chromium renders the exported .html: a screenshot that is not blank, no console error,
# and a DOM that holds the goal names, the findings and the goal tree.
source "$(dirname "$0")/common.sh" "$@"
command -v chromium >/dev/null || { echo "FAIL chromium is not installed (bash scripts/setup test)"; exit 1; }
cd "$work" || exit 1

chromium_run() {  # chromium_run ARGS...: headless Chromium with no network, a fresh profile, a time limit
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" "$@"
}

"$malkedja" export "$fixtures/uppfoljning/verksamhetsplan-2019.xlsx" -o report.html --as-of 2019-10-31 2>/dev/null ||
  fail "export to .html"
"$malkedja" import "$fixtures/uppfoljning/verksamhetsplan-2019.xlsx" -o model.xml 2>/dev/null || fail "import"

for size in 1280,2000 390,1500; do
  chromium_run --screenshot="$work/shot-$size.png" --window-size="$size" "file://$work/report.html" \
    >/dev/null 2>"chromium-$size.log" || fail "chromium could not take a screenshot at $size: $(tail -3 "chromium-$size.log")"
  /usr/bin/python3 "$here/png_not_blank.py" "shot-$size.png" || fail "the screenshot at $size is blank"
done

chromium_run --enable-logging=stderr --v=0 --dump-dom "file://$work/report.html" >dom.html 2>console.log ||
  fail "chromium could not load the page: $(tail -3 console.log)"
grep -i "CONSOLE" console.log | grep -iq "error\|uncaught" && fail "the console shows errors: $(grep -i CONSOLE console.log | head -3)"
grep -q "<svg" dom.html || fail "the DOM holds no goal tree"
grep -q "MK007" dom.html || fail "the DOM holds no finding MK007"
/usr/bin/python3 - model.xml dom.html <<'PY' || fail "the DOM lacks goal names"
import html, re, sys
import xml.etree.ElementTree as ET
ns = {"m": "urn:x-malkedja:normalized:1"}
goals = [g.findtext("m:text", namespaces=ns) for g in ET.parse(sys.argv[1]).getroot().iterfind(".//m:goal", ns)]
dom = html.unescape(open(sys.argv[2], encoding="utf-8").read())
dom = " ".join(re.sub(r"<[^>]+>", " ", dom).split())
missing = [g for g in goals if " ".join(g.split()) not in dom]
for g in missing:
    print("missing:", g)
sys.exit(1 if missing or not goals else 0)
PY

exit "$failed"
