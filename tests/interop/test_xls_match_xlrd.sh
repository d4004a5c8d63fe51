#!/usr/bin/env bash
# `malkedja cells --all-sheets` prints exactly what xlrd reads from every .xls of tests/data/xls
# (LibreOffice's "MS Excel 97" files and xlwt's BOOLERR records): text, numbers, dates, times and
# durations, formula results, booleans, errors and merged ranges. long-text.xls, whose formula text
# has a character outside the Basic Multilingual Plane (xlrd counts it as one UTF-16 unit and fails),
# prints what the same file re-saved as .xlsx by LibreOffice prints.
# Usage: test_xls_match_xlrd.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires soffice -- xlrd openpyxl

data=$here/../data/xls
same() {  # same LABEL EXPECTED ACTUAL: passes when the two listings are equal, else shows the lines that differ
  if cmp -s "$2" "$3"; then
    echo "ok   $1 ($(wc -l <"$3") lines)"
  else
    fail "$1: the cells differ:"
    diff "$2" "$3" | cut -c1-160 | head -n 20
  fi
}

for file in "$data"/*.xls; do
  name=$(basename "$file")
  [[ $name == encrypted.xls || $name == long-text.xls ]] && continue
  "$malkedja" cells --all-sheets "$file" >"$work/ours" 2>"$work/error" ||
    { fail "$name: malkedja failed: $(cat "$work/error")"; continue; }
  /usr/bin/python3 "$here/xlrd_cells.py" "$file" >"$work/xlrd" || { fail "$name: xlrd could not read it"; continue; }
  same "$name as xlrd reads it" "$work/xlrd" "$work/ours"
done

if converts xlsx "$work/libreoffice" "$data/long-text.xls"; then
  "$malkedja" cells --all-sheets "$data/long-text.xls" >"$work/ours" 2>"$work/error" ||
    fail "long-text.xls: malkedja failed: $(cat "$work/error")"
  "$malkedja" cells --all-sheets "$work/libreoffice/long-text.xlsx" >"$work/libreoffice.cells"
  same "long-text.xls as LibreOffice reads it" "$work/libreoffice.cells" "$work/ours"
fi
exit "$failed"
