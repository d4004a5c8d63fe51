#!/usr/bin/env bash
# malkedja sk collect on the SK fixtures: the XML validates, the workbook, page and documents are
# written (python-docx reads the .docx, the .odt is valid ODF), the exit statuses say whether a fel
# was found, a file that is no SK document is refused, and so is an output format it does not write,
# before reading.
source "$(dirname "$0")/common.sh" "$@"
sk=$fixtures/sk

"$malkedja" sk collect "$sk/exempelskolan-ifylld-2023.docx" "$sk/exempelskolan-ifylld-2023.odt" -o "$work/sk.xml" 2>"$work/err"
[ $? -eq 1 ] || fail "collect of Exempelskolan (with fel) should exit 1"
validates "$work/sk.xml"
# The .docx and the .odt are the same school's document of the same läsår: the first is used, the
# second is a finding (issue 14).
[ "$(grep -c '<planned-goal' "$work/sk.xml")" -eq 5 ] || fail "expected the 5 planned goals of one document in sk.xml"
[ "$(grep -c 'rule="MK01[0-7]"' "$work/sk.xml")" -eq 6 ] || fail "expected the 6 findings of one document in sk.xml"
[ "$(grep -c 'rule="MK022"' "$work/sk.xml")" -eq 1 ] || fail "expected one finding of the same school twice in sk.xml"
grep -q "^1 SK-dokument insamlat till .*sk.xml: 11 mål, 156 värderader, 28 svar$" "$work/err" || fail "no Swedish summary on stderr: $(cat "$work/err")"
"$malkedja" --lang en sk collect "$sk/exempelskolan-ifylld-2023.docx" -o "$work/en.xml" 2>"$work/en.err"
grep -q "^1 SK document collected into .*en.xml: 11 goals, 156 value rows, 28 answers$" "$work/en.err" ||
  fail "no English summary in the singular: $(cat "$work/en.err")"
# The fixture was filled without malkedja's memory: the summary says its text outside the answers
# was not looked for (MK032 needs the memory).
grep -q "^  text utanför svarsplatserna är inte eftersökt i 1 dokument: det har inget minne av sin ifyllnad" \
  "$work/err" || fail "the summary does not say the document was not looked through: $(cat "$work/err")"
grep -q "^  text outside the answer places was not looked for in 1 document: it keeps no memory of its filling" \
  "$work/en.err" || fail "the English summary does not say the document was not looked through"

"$malkedja" check "$work/sk.xml" >"$work/check.txt"
[ $? -eq 1 ] || fail "check of the collected XML should exit 1"
grep -q "MK014" "$work/check.txt" || fail "check of the collected XML misses MK014"

for ext in xlsx ods html docx odt; do
  "$malkedja" sk collect "$sk/exempelskolan-ifylld-2023.docx" -o "$work/sk.$ext" 2>/dev/null
  [ -s "$work/sk.$ext" ] || fail "no sk.$ext written"
done
requires python3 -- docx
/usr/bin/python3 -c 'import docx, sys; d = docx.Document(sys.argv[1]); sys.exit(len(d.tables) < 4)' "$work/sk.docx" ||
  fail "python-docx does not read the four tables of sk.docx"
odf_valid content.xml -- "$work/sk.odt"

# What a school writes where the template did not expect it is read or named, never lost: an answer
# typed in plain text on the bold label's own line (python-docx adds a run that is not bold, as
# typing after a label whose bold was turned off gives), and a pupil group of its own added as a row
# to a table of national tests.
/usr/bin/python3 - "$sk/exempelskolan-ifylld-2023.docx" "$work/edited.docx" <<'PY'
import sys
import docx
document = docx.Document(sys.argv[1])
label = next(p for p in document.paragraphs if p.text.strip() == "Skolans svar:")
label.add_run(" Svar skrivet på etikettens rad.").bold = False
tests = next(t for t in document.tables if [r.cells[0].text.strip() for r in t.rows][1:] == ["Samtliga elever", "Flicka", "Pojke"])
added = tests.add_row()
added.cells[0].text = "Nyanlända"
added.cells[1].text = "41 %"
document.save(sys.argv[2])
PY
"$malkedja" sk collect "$work/edited.docx" -o "$work/edited.xml" 2>/dev/null
grep -q "<text>Svar skrivet på etikettens rad.$" "$work/edited.xml" ||
  fail "an answer typed plain after its bold label is lost"
grep -q 'raden "Nyanlända | 41 %" finns inte i mallen och är inte inläst' "$work/edited.xml" ||
  fail "a row of national tests for a group the template does not have is lost"

# Issue 19: an output sk collect does not write is refused before any document is read (here, one
# that does not exist), and nothing is written.
"$malkedja" sk collect "$work/missing.docx" -o "$work/sk.csv" 2>"$work/csv.err"
[ $? -eq 2 ] || fail "sk collect -o sk.csv: exit 2"
grep -q "^fel: --output: .*sk.csv: kan inte skrivas som csv" "$work/csv.err" ||
  fail "sk collect -o sk.csv is not refused at the option: $(cat "$work/csv.err")"
[ -e "$work/sk.csv" ] && fail "sk collect -o sk.csv wrote a file"

"$malkedja" sk collect "$sk/sk-mall-2023-2024.odt" -o "$work/mall.xml" 2>/dev/null
[ $? -eq 1 ] || fail "the template's placeholder is a fel"
[ "$(grep -c 'rule="MK017"' "$work/mall.xml")" -eq 1 ] || fail "the template should give only MK017"

"$malkedja" sk collect "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" -o "$work/none.xml" 2>/dev/null
[ $? -eq 2 ] || fail "a work plan is no SK document: exit 2"

exit $failed
