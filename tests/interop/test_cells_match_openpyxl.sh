#!/usr/bin/env bash
# `malkedja cells --all-sheets` prints exactly what openpyxl reads from every .xlsx of the fixtures
# and of tests/data. Usage: test_cells_match_openpyxl.sh MALKEDJA FIXTURES
set -uo pipefail
malkedja=$1
fixtures=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -d '' files < <(find "$fixtures" "$here/../data" -name '*.xlsx' -type f -print0 2>/dev/null | sort -z)
if ((${#files[@]} == 0)); then
  echo "no .xlsx found under $fixtures" >&2
  exit 1
fi

failed=0
for file in "${files[@]}"; do
  if ! "$malkedja" cells --all-sheets "$file" >"$work/ours" 2>"$work/error"; then
    echo "FAIL $file: malkedja failed: $(cat "$work/error")"
    failed=1
    continue
  fi
  if ! /usr/bin/python3 "$here/openpyxl_cells.py" "$file" >"$work/openpyxl"; then
    echo "FAIL $file: openpyxl could not read it"
    failed=1
    continue
  fi
  if diff -u --label "openpyxl $file" --label "malkedja $file" "$work/openpyxl" "$work/ours"; then
    echo "ok   $file ($(wc -l <"$work/ours") lines)"
  else
    echo "FAIL $file: the cells differ (above)"
    failed=1
  fi
done
exit "$failed"
