#!/usr/bin/env bash
# `malkedja cells --all-sheets` prints exactly what openpyxl reads from every .xlsx of the fixtures
# and of tests/data. Usage: test_cells_match_openpyxl.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"

find_files '*.xlsx' "$fixtures" "$here/../data"

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
exit "$failed"
