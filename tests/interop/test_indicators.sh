#!/usr/bin/env bash
# Indicators beside the activities (tests/data/indicators, openpyxl's follow-up with Indikator,
# Målvärde, Utfall and Trend columns and LibreOffice's .ods of it): import keeps every target and
# outcome with its typed value in XML that validates and counts them in its summary; check finds the outcomes below target, the
# target without an outcome at year end and the targets that are no value, at their cells; export
# shows target, outcome and whether it was met in .html and .json, and its .xlsx, .ods and .csv
# import back as the same XML.
# Usage: test_indicators.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires xmllint

data=$here/../data/indicators
for file in "$data"/indikatorer-2019.xlsx "$data"/indikatorer-2019.ods; do
  name=$(basename "$file")
  problems=()
  if ! "$malkedja" import "$file" -o "$work/in.xml" 2>"$work/summary"; then
    fail "$name: import failed: $(cat "$work/summary")"
    continue
  fi
  validates "$work/in.xml" "$name"
  grep -qxF "  indikatorer: 8 med 15 utfall; 2 når målvärdet, 2 gör det inte" "$work/summary" ||
    problems+=("the import summary does not count the indicators: $(cat "$work/summary")")
  indicators=$(grep -c '<indicator>' "$work/in.xml")
  outcomes=$(grep -c '<outcome ' "$work/in.xml")
  [[ $indicators == 8 && $outcomes == 15 ]] || problems+=("$indicators indicators and $outcomes outcomes, expected 8 and 15")
  grep -q '<outcome label="Utfall 2019" year="2019" text="81 %" kind="percent" number="81">' "$work/in.xml" ||
    problems+=("the percent-formatted 0.81 is not the outcome 81 %")

  "$malkedja" check "$file" >/dev/null 2>&1
  status=$?
  [[ $status == 1 ]] || problems+=("check exits $status, expected 1 (targets that are no value are fel)")
  "$malkedja" check "$file" --as-of 2019-12-31 --format json >"$work/check.json" 2>/dev/null
  found=$(/usr/bin/python3 -c '
import json, sys
for f in json.load(open(sys.argv[1], encoding="utf-8"))["findings"]:
    if f["rule"] >= "MK027":
        print(f["rule"], f["severity"], f["location"])' "$work/check.json")
  expected="MK027 varning Uppföljning 2019!J7
MK027 varning Uppföljning 2019!J8
MK028 varning Uppföljning 2019!G13
MK029 fel Uppföljning 2019!G11
MK029 fel Uppföljning 2019!G12"
  [[ $found == "$expected" ]] || problems+=("check --as-of 2019-12-31 found: $found")

  "$malkedja" export "$file" -o "$work/r.html" 2>/dev/null
  for text in "Andel elever i samverkansprojekt: målvärde ≥ 75 %, Utfall föregående år 70 %, Utfall delår 1 72%, Utfall 2019 81 %, trend ↑ (uppnått)" \
    "Antal samarbetsavtal: målvärde minst 4, Utfall föregående år 2, Utfall delår 1 3, Utfall 2019 3, trend → (ej uppnått)"; do
    grep -qF "$text" "$work/r.html" || problems+=("the .html report lacks \"$text\"")
  done
  "$malkedja" export "$file" -o "$work/r.json" 2>/dev/null
  met=$(/usr/bin/python3 -c '
import json, sys
activities = json.load(open(sys.argv[1], encoding="utf-8"))["activities"]
for i in [i for a in activities for i in a["indicators"]][:3]:
    print(i["name"], i["target"]["kind"], i["met"])' "$work/r.json")
  [[ $met == "Andel elever i samverkansprojekt percent True
Antal samarbetsavtal number False
Andel elever som känner sig trygga percent False" ]] || problems+=("the .json report says: $met")

  "$malkedja" import --no-provenance "$file" -o "$work/a.xml" 2>/dev/null
  for format in xlsx ods csv; do
    "$malkedja" export "$file" -o "$work/r.$format" 2>/dev/null
    "$malkedja" import --no-provenance "$work/r.$format" -o "$work/b.xml" 2>/dev/null
    cmp -s "$work/a.xml" "$work/b.xml" || problems+=("the exported .$format imports as other XML")
  done
  report "$name" "8 indicators, 5 findings at their cells, met in the reports, exports read back alike"
done
exit "$failed"
