#!/usr/bin/env bash
# `malkedja blocks` prints the same dump for every .docx of the fixtures (python-docx) and its .odt
# twin (LibreOffice's conversion), and for tests/data/docx/features.docx and .odt.
# Usage: test_blocks_twins.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"

find_files '*.docx' "$fixtures" "$here/../data/docx"

for docx in "${files[@]}"; do
  odt=${docx%.docx}.odt
  if [[ ! -f $odt ]]; then
    fail "$docx: no .odt twin"
    continue
  fi
  if ! "$malkedja" blocks "$docx" >"$work/docx" 2>"$work/error" || ! "$malkedja" blocks "$odt" >"$work/odt" 2>>"$work/error"; then
    fail "$docx: malkedja failed: $(cat "$work/error")"
    continue
  fi
  if ! grep -q '^heading [1-9] ' "$work/docx"; then
    fail "$docx: no heading in the dump"
    continue
  fi
  if diff -u --label "$docx" --label "$odt" "$work/docx" "$work/odt"; then
    echo "ok   $docx ($(wc -l <"$work/docx") lines)"
  else
    failed=1
  fi
done

# A spreadsheet is refused with exit status 2 and a Swedish message.
"$malkedja" blocks "$fixtures/uppfoljning/verksamhetsplan-2019.xlsx" >/dev/null 2>"$work/error"
status=$?
if [[ $status -ne 2 ]] || ! grep -q 'inget textdokument' "$work/error"; then
  fail "spreadsheet: exit status $status, message: $(cat "$work/error")"
fi
exit $failed
