#!/usr/bin/env bash
# malkedja sk collect on the SK fixtures: the XML validates, the workbook and page are written, the
# exit statuses say whether a fel was found, and a file that is no SK document is refused.
source "$(dirname "$0")/common.sh" "$@"
sk=$fixtures/sk

"$malkedja" sk collect "$sk/exempelskolan-ifylld-2023.docx" "$sk/exempelskolan-ifylld-2023.odt" -o "$work/sk.xml" 2>"$work/err"
[ $? -eq 1 ] || fail "collect of Exempelskolan (with fel) should exit 1"
validates "$work/sk.xml"
[ "$(grep -c '<planned-goal' "$work/sk.xml")" -eq 10 ] || fail "expected 10 planned goals in sk.xml"
[ "$(grep -c 'rule="MK01[0-7]"' "$work/sk.xml")" -eq 12 ] || fail "expected 6 findings per document in sk.xml"
grep -q "SK-dokument insamlade" "$work/err" || fail "no Swedish summary on stderr"

"$malkedja" check "$work/sk.xml" >"$work/check.txt"
[ $? -eq 1 ] || fail "check of the collected XML should exit 1"
grep -q "MK014" "$work/check.txt" || fail "check of the collected XML misses MK014"

for ext in xlsx ods html; do
  "$malkedja" sk collect "$sk/exempelskolan-ifylld-2023.docx" -o "$work/sk.$ext" 2>/dev/null
  [ -s "$work/sk.$ext" ] || fail "no sk.$ext written"
done

"$malkedja" sk collect "$sk/sk-mall-2023-2024.odt" -o "$work/mall.xml" 2>/dev/null
[ $? -eq 1 ] || fail "the template's placeholder is a fel"
[ "$(grep -c 'rule="MK017"' "$work/mall.xml")" -eq 1 ] || fail "the template should give only MK017"

"$malkedja" sk collect "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" -o "$work/none.xml" 2>/dev/null
[ $? -eq 2 ] || fail "a work plan is no SK document: exit 2"

exit $failed
