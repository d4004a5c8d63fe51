#!/usr/bin/env bash
# The follow-ups of tests/data/xls/make_follow_ups.py (statuses as fill colours with a coloured legend,
# indicators with percentages, computed outcomes and dates, a sheet per school with a hidden sheet and
# booleans, long comments and totals by formula), saved as .xls by LibreOffice, read as their .xlsx
# twins: `cells --all-sheets`, `import --no-provenance` (the XML byte for byte, and the summary),
# `check` and `export` give what the .xls re-saved as .xlsx by LibreOffice gives (which holds the
# same computed formula results), and the openpyxl .xlsx gives the same XML where it has no formula.
# Usage: test_xls_follow_ups.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires soffice

data=$here/../data/xls
stems=(traffic-lights indicators schools long-comments)
without_formulas=" traffic-lights schools "
twins=()
for stem in "${stems[@]}"; do twins+=("$data/$stem.xls"); done
converts xlsx "$work/twin" "${twins[@]}" || exit 1

same() {  # same LABEL A B: passes when the two files are equal, else shows how they differ
  if cmp -s "$2" "$3"; then
    echo "ok   $1"
  else
    fail "$1:"
    diff "$2" "$3" | cut -c1-160 | head -n 10
  fi
}

run() {  # run NAME OUT -- COMMAND...: runs malkedja in the folder of the inputs, stdout and stderr to OUT.*
  local name=$1 out=$2
  shift 3
  (cd "$work/$name" && "$malkedja" "$@" >"$out.out" 2>"$out.err") || echo "exit $?" >>"$out.err"
}

for stem in "${stems[@]}"; do
  # Both inputs under one name (malkedja tells them by their content) in folders of their own, so
  # that the names in summaries and findings agree.
  mkdir -p "$work/a" "$work/b"
  cp "$data/$stem.xls" "$work/a/$stem"
  cp "$work/twin/$stem.xlsx" "$work/b/$stem" || { fail "LibreOffice wrote no $stem.xlsx"; continue; }
  for side in a b; do
    run "$side" "$work/$side.cells" -- cells --all-sheets "$stem"
    run "$side" "$work/$side.import" -- import "$stem" -o out.xml --no-provenance
    run "$side" "$work/$side.check" -- check "$stem"
    run "$side" "$work/$side.export" -- export "$stem" -o report.xlsx
    "$malkedja" cells --all-sheets "$work/$side/report.xlsx" >"$work/$side.report" 2>&1
  done
  same "$stem.xls: cells as its LibreOffice .xlsx twin" "$work/b.cells.out" "$work/a.cells.out"
  same "$stem.xls: import as its twin" "$work/b/out.xml" "$work/a/out.xml"
  same "$stem.xls: import summary as its twin's" "$work/b.import.err" "$work/a.import.err"
  same "$stem.xls: check as its twin" "$work/b.check.out" "$work/a.check.out"
  same "$stem.xls: exported report as its twin's" "$work/b.report" "$work/a.report"
  validates "$work/a/out.xml" "$stem.xls's XML"
  if [[ $without_formulas == *" $stem "* ]]; then
    "$malkedja" import "$data/$stem.xlsx" -o "$work/openpyxl.xml" --no-provenance 2>/dev/null
    same "$stem.xls: import as its openpyxl .xlsx" "$work/openpyxl.xml" "$work/a/out.xml"
  fi
  rm -rf "$work/a" "$work/b"
done

# What a person reading the files finds.
"$malkedja" import "$data/traffic-lights.xls" -o "$work/lights.xml" --no-provenance 2>"$work/lights.err"
grep -q 'teckenförklaringen avgjorde 5 statusar' "$work/lights.err" ||
  fail "traffic-lights.xls: the legend did not decide the 5 fill-coloured statuses: $(cat "$work/lights.err")"
"$malkedja" import "$data/indicators.xls" -o "$work/indicators.xml" --no-provenance 2>"$work/indicators.err"
grep -q 'indikatorer: 3 med 5 utfall; 2 når målvärdet, 1 gör det inte' "$work/indicators.err" ||
  fail "indicators.xls: not 3 indicators, 2 met: $(cat "$work/indicators.err")"
grep -q '<outcome label="Utfall" text="85 %" kind="percent" number="85"/>' "$work/indicators.xml" ||
  fail "indicators.xls: the outcome =17/20 is not 85 %"
grep -q '<field name="Klart datum" type="date">2019-12-20</field>' "$work/indicators.xml" ||
  fail "indicators.xls: the date =DATE(2019,12,20) is not 2019-12-20"
"$malkedja" import "$data/schools.xls" -o "$work/schools.xml" --no-provenance 2>"$work/schools.err"
grep -q 'enhet från bladens namn (Skola A, Skola B)' "$work/schools.err" ||
  fail "schools.xls: the units are not the sheets' names: $(cat "$work/schools.err")"
grep -q '<field name="Klar" type="boolean">' "$work/schools.xml" || fail "schools.xls: Klar is not kept as a boolean"
exit "$failed"
