#!/usr/bin/env bash
# A comment column per year or checkpoint ("Kommentar 2022" beside "Status 2022", "Kommentar delår 1"
# beside "Status delår 1"): each comment goes with its own status column's report, in files made by
# openpyxl and python-docx (make_comment_columns.py) and LibreOffice's .ods of the .xlsx files; none
# is lost or put on another year's status.
# Usage: test_comment_columns.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires soffice -- openpyxl docx

if ! /usr/bin/python3 "$here/make_comment_columns.py" "$work/in"; then
  echo "FAIL make_comment_columns.py failed"
  exit 1
fi
converts ods "$work/in" "$work/in/years.xlsx" "$work/in/checkpoints.xlsx" || exit 1

for input in "$work"/in/*.xlsx "$work"/in/*.ods "$work"/in/*.docx; do
  name=$(basename "$input")
  if ! "$malkedja" import "$input" -o "$work/$name.xml" --no-provenance 2>"$work/error"; then
    fail "$name: import failed: $(cat "$work/error")"
    continue
  fi
  validates "$work/$name.xml"
  if /usr/bin/python3 - "$work/$name.xml" "$work/in/expected.json" "${name%%.*}" <<'PY'; then
import json, sys, xml.etree.ElementTree as ET
ns = "{urn:x-malkedja:normalized:1}"
expected = json.load(open(sys.argv[2], encoding="utf-8"))[sys.argv[3]]
found = {}
for a in ET.parse(sys.argv[1]).getroot().iter(ns + "activity"):
    key = a.find(ns + "text").text + (" " + a.get("year") if a.get("year") else "")
    found[key] = [
        [s.get("label"), s.get("word") or "", (s.findtext(ns + "comment") or "")] for s in a.iter(ns + "status")]
if found != expected:
    print("  expected:", expected)
    print("  found:   ", found)
    sys.exit(1)
PY
    echo "ok   $name: each comment with its own status column"
  else
    fail "$name: the comments are not with their own status columns"
  fi
done

exit "$failed"
