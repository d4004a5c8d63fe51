#!/usr/bin/env bash
# `malkedja blocks` prints the same dump for every .docx of the fixtures (python-docx) and its .odt
# twin (LibreOffice's conversion), and for tests/data/docx/features.docx and .odt.
# Usage: test_blocks_twins.sh MALKEDJA FIXTURES
set -uo pipefail
malkedja=$1
fixtures=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -d '' files < <(find "$fixtures" "$here/../data/docx" -name '*.docx' -type f -print0 2>/dev/null | sort -z)
if ((${#files[@]} == 0)); then
  echo "no .docx found under $fixtures" >&2
  exit 1
fi

failed=0
for docx in "${files[@]}"; do
  odt=${docx%.docx}.odt
  if [[ ! -f $odt ]]; then
    echo "FAIL $docx: no .odt twin"
    failed=1
    continue
  fi
  if ! "$malkedja" blocks "$docx" >"$work/docx" 2>"$work/error" || ! "$malkedja" blocks "$odt" >"$work/odt" 2>>"$work/error"; then
    echo "FAIL $docx: malkedja failed: $(cat "$work/error")"
    failed=1
    continue
  fi
  if ! grep -q '^heading [1-9] ' "$work/docx"; then
    echo "FAIL $docx: no heading in the dump"
    failed=1
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
  echo "FAIL spreadsheet: exit status $status, message: $(cat "$work/error")"
  failed=1
fi
exit $failed
