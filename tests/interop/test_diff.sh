#!/usr/bin/env bash
# `malkedja diff OLD NEW`: the seed follow-ups of 2018 and 2019, two years of a work plan made by
# python-docx (tests/data/diff/make_work_plans.py) and two years of a follow-up made by openpyxl and
# LibreOffice (tests/data/variants) give exactly the changes listed in tests/data/diff and exit 1;
# the same chain twice (.xlsx against .ods, against its own normalized XML, with indicators) gives
# none and exits 0;
# the .xlsx opens in openpyxl with one sheet per kind of change, the .json parses, the .html shows
# both trees; bad input exits 2 naming the file and writes nothing, and no output goes over an input.
# Usage: test_diff.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires -- openpyxl

data=$here/../data/diff
follow_ups=$fixtures/uppfoljning

changes_are() {  # changes_are OLD NEW EXPECTED: diff exits 1 and its .json lists exactly EXPECTED's lines
  local name
  name="$(basename "$1") → $(basename "$2")"
  "$malkedja" diff "$1" "$2" -o "$work/changes.json" 2>"$work/stderr"
  local status=$?
  [[ $status == 1 ]] || fail "$name: diff -o .json exits $status, expected 1: $(cat "$work/stderr")"
  if ! /usr/bin/python3 "$here/diff_changes.py" "$work/changes.json" >"$work/found.txt"; then
    fail "$name: the .json does not parse as expected"
    return
  fi
  grep -v '^#' "$3" >"$work/expected.txt"
  if cmp -s "$work/found.txt" "$work/expected.txt"; then
    echo "ok   $name: $(wc -l <"$work/found.txt") changes, as listed in $(basename "$3")"
  else
    fail "$name: the changes differ from $(basename "$3"): $(diff "$work/expected.txt" "$work/found.txt" | head -20)"
  fi
}

no_change() {  # no_change OLD NEW: diff prints "Inga ändringar." and exits 0
  "$malkedja" diff "$1" "$2" >"$work/out.txt" 2>"$work/stderr"
  local status=$?
  if [[ $status == 0 ]] && grep -qx "Inga ändringar." "$work/out.txt"; then
    echo "ok   $(basename "$1") → $(basename "$2"): no change"
  else
    fail "$(basename "$1") → $(basename "$2"): exit $status, expected 0 and no change: $(tail -3 "$work/out.txt") $(cat "$work/stderr")"
  fi
}

changes_are "$follow_ups/atagande-2018.xlsx" "$follow_ups/verksamhetsplan-2019.xlsx" "$data/uppfoljning-changes.txt"
changes_are "$data/arbetsplan-2024.docx" "$data/arbetsplan-2025.docx" "$data/arbetsplan-changes.txt"
changes_are "$here/../data/variants/uppfoljning-2018.xlsx" "$here/../data/variants/uppfoljning-2019.ods" "$data/status-changes.txt"

no_change "$follow_ups/atagande-2018.xlsx" "$follow_ups/atagande-2018.ods"
"$malkedja" import "$follow_ups/atagande-2018.xlsx" -o "$work/atagande-2018.xml" 2>/dev/null
no_change "$work/atagande-2018.xml" "$follow_ups/atagande-2018.csv"
no_change "$data/arbetsplan-2025.docx" "$data/arbetsplan-2025.docx"
no_change "$here/../data/indicators/indikatorer-2019.xlsx" "$here/../data/indicators/indikatorer-2019.ods"

# An indicator's target and outcome changed by openpyxl: the indicator is changed, with both years' values.
/usr/bin/python3 -c '
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book["Uppföljning 2019"]
sheet["G6"] = "≥ 80 %"
sheet["J6"] = 0.84
book.save(sys.argv[2])' "$here/../data/indicators/indikatorer-2019.xlsx" "$work/indikatorer-2020.xlsx"
"$malkedja" diff "$here/../data/indicators/indikatorer-2019.xlsx" "$work/indikatorer-2020.xlsx" >"$work/out.txt" 2>&1
status=$?
[[ $status == 1 ]] || fail "a changed indicator exits $status, expected 1"
grep -qF "Andel elever i samverkansprojekt | Utveckla samarbete med andra nämnder. | ändrad | ≥ 75 % → ≥ 80 % | 81 % → 84 %" "$work/out.txt" &&
  grep -qx "1 ändring." "$work/out.txt" || fail "the changed indicator: $(cat "$work/out.txt")"

# The text names the reworded goal with its score; --lang en speaks English.
"$malkedja" diff "$data/arbetsplan-2024.docx" "$data/arbetsplan-2025.docx" >"$work/out.txt" 2>/dev/null
grep -qF "Nämndmål | Eleverna ges en likvärdig skolgång med hög kvalitet | Eleverna ges en likvärdig skolgång av hög kvalitet | 88 %" "$work/out.txt" ||
  fail "the text lacks the reworded goal with its score: $(cat "$work/out.txt")"
grep -qx "12 ändringar." "$work/out.txt" || fail "the text does not count 12 changes"
"$malkedja" --lang en diff "$data/arbetsplan-2024.docx" "$data/arbetsplan-2025.docx" >"$work/out.txt" 2>/dev/null
grep -qx "  Board goals: 3 kept, 1 reworded, 1 moved, 1 dropped, 1 new" "$work/out.txt" ||
  fail "--lang en: $(head -4 "$work/out.txt")"

# The workbook: openpyxl reads one sheet per kind of change with its rows.
"$malkedja" diff "$data/arbetsplan-2024.docx" "$data/arbetsplan-2025.docx" -o "$work/changes.xlsx" 2>/dev/null
sheets=$(/usr/bin/python3 -c '
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(";".join(f"{s.title}={s.max_row - 1}" for s in book.worksheets[1:]))' "$work/changes.xlsx" 2>&1)
expected="Omformulerade mål=1;Flyttade mål=1;Borttagna mål=2;Nya mål=1;Nya aktiviteter=2;Borttagna aktiviteter=2;Flyttade aktiviteter=1;Ändrad status=2;Indikatorer=1"
[[ $sheets == "$expected" ]] || fail "the .xlsx sheets and rows: $sheets"

# The page: both trees side by side, the dropped goal in its row with no counterpart.
"$malkedja" diff "$data/arbetsplan-2024.docx" "$data/arbetsplan-2025.docx" -o "$work/changes.html" 2>/dev/null
for text in "Målkedjan förra året och i år" "omformulerat (88 %)" "KF-mål: Huddinge kommun är en attraktiv arbetsgivare"; do
  grep -qF "$text" "$work/changes.html" || fail "the .html lacks \"$text\""
done

# Bad input: exit 2, a line naming the file, nothing written; never over an input.
printf 'inget kalkylblad\0\1\2' >"$work/trasig.xlsx"
"$malkedja" diff "$work/trasig.xlsx" "$data/arbetsplan-2025.docx" -o "$work/bad.json" 2>"$work/stderr"
status=$?
[[ $status == 2 ]] || fail "an unusable input exits $status, expected 2"
grep -q "^fel: .*trasig.xlsx" "$work/stderr" || fail "the error does not name the file: $(cat "$work/stderr")"
[[ -e $work/bad.json ]] && fail "an output was written for an unusable input"
"$malkedja" diff "$work/saknas.xlsx" "$data/arbetsplan-2025.docx" >"$work/out.txt" 2>"$work/stderr"
status=$?
[[ $status == 2 && ! -s $work/out.txt ]] || fail "a missing input exits $status and prints: $(cat "$work/out.txt")"
cp "$follow_ups/atagande-2018.xlsx" "$work/input.xlsx"
"$malkedja" diff "$work/input.xlsx" "$follow_ups/verksamhetsplan-2019.xlsx" -o "$work/input.xlsx" 2>"$work/stderr"
status=$?
[[ $status == 2 ]] || fail "an output over an input exits $status, expected 2"
cmp -s "$work/input.xlsx" "$follow_ups/atagande-2018.xlsx" || fail "diff wrote over its input"
"$malkedja" diff "$data/arbetsplan-2024.docx" "$data/arbetsplan-2025.docx" -o "$work/changes.csv" 2>"$work/stderr"
status=$?
[[ $status == 2 && ! -e $work/changes.csv ]] || fail "-o .csv exits $status, expected 2 and nothing written"
exit "$failed"
