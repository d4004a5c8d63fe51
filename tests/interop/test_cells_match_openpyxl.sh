#!/usr/bin/env bash
# `malkedja cells --all-sheets` prints exactly what openpyxl reads from every .xlsx of the fixtures
# and of tests/data, and from a workbook of times, durations and dates (make_times.py) and
# LibreOffice's .xlsx of it; its .ods reads the same, and every date or time cell, shown with its
# number format, is what LibreOffice shows (its CSV of the formatted text).
# Usage: test_cells_match_openpyxl.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
requires soffice -- openpyxl

find_files '*.xlsx' "$fixtures" "$here/../data"

# The times workbook, LibreOffice's .ods of it, that .ods back to .xlsx, and the CSV of each
# (Swedish locale, cells as shown).
mkdir -p "$work/times"
/usr/bin/python3 "$here/make_times.py" "$work/times/times.xlsx" || fail "make_times.py could not write the workbook"
csv_filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,1053,false,true,true'
converts ods "$work/times/ods" "$work/times/times.xlsx" &&
  converts xlsx "$work/times/libreoffice" "$work/times/ods/times.ods" &&
  converts "$csv_filter" "$work/times/csv.xlsx" "$work/times/times.xlsx" &&
  converts "$csv_filter" "$work/times/csv.ods" "$work/times/ods/times.ods"
files+=("$work/times/times.xlsx" "$work/times/libreoffice/times.xlsx")

for file in "${files[@]}"; do
  if ! "$malkedja" cells --all-sheets "$file" >"$work/ours" 2>"$work/error"; then
    fail "$file: malkedja failed: $(cat "$work/error")"
    continue
  fi
  if ! /usr/bin/python3 "$here/openpyxl_cells.py" "$file" >"$work/openpyxl"; then
    fail "$file: openpyxl could not read it"
    continue
  fi
  if diff -u --label "openpyxl $file" --label "malkedja $file" "$work/openpyxl" "$work/ours"; then
    echo "ok   $file ($(wc -l <"$work/ours") lines)"
  else
    fail "$file: the cells differ (above)"
  fi
done
# The .ods reads as the openpyxl .xlsx; each file's times, shown with their formats, are what
# LibreOffice shows.
times=$work/times
if "$malkedja" cells "$times/times.xlsx" >"$work/times.xlsx.cells" &&
  "$malkedja" cells "$times/ods/times.ods" >"$work/times.ods.cells"; then
  if diff -u --label "times.xlsx" --label "times.ods" "$work/times.xlsx.cells" "$work/times.ods.cells"; then
    echo "ok   times.ods reads as times.xlsx"
  else
    fail "times.ods: the cells differ from times.xlsx (above)"
  fi
  for pair in times.xlsx.cells:csv.xlsx/times.csv times.ods.cells:csv.ods/times.csv; do
    echo "-- ${pair%%:*} as LibreOffice shows ${pair#*:}"
    /usr/bin/python3 "$here/times_as_shown.py" "$work/${pair%%:*}" "$times/times.xlsx" "$times/${pair#*:}" ||
      fail "${pair%%:*}: a time is not shown as LibreOffice shows it (above)"
  done
else
  fail "malkedja cannot read the times workbook"
fi
exit "$failed"
