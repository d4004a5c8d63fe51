#!/usr/bin/env bash
# Issue 14: sk collect loses nothing without saying so. A word a rektor typed in the empty top-left
# cell of the ÅK 3 table is a finding at its place and the table is still read; a value typed as
# text is kept as written and reported (info); a file that is no SK document and a broken file are
# findings and the batch goes on (exit 2 only when no file could be read); the same school twice is
# a finding, and the later document is used only when its läsår is later.
source "$(dirname "$0")/common.sh" "$@"
requires -- docx
cd "$work"
python=/usr/bin/python3
filled=$fixtures/sk/exempelskolan-ifylld-2023.docx

# The rektor's copy: "Ämne" in the top-left cell of the ÅK 3 table, "ca 85 %" for ÅK 3 Bild.
$python - "$filled" rektor.docx <<'PY'
import sys, docx
document = docx.Document(sys.argv[1])
table = next(t for t in document.tables if t.rows[0].cells[1].text == "ÅK 3")
table.rows[0].cells[0].paragraphs[0].add_run("Ämne")
assert table.rows[1].cells[0].text == "Bild"
cell = table.rows[1].cells[1]
for run in cell.paragraphs[0].runs[1:]:
    run.text = ""
cell.paragraphs[0].runs[0].text = "ca 85 %"
document.save(sys.argv[2])
PY
head -c 3000 "$filled" >broken.docx
cp "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" arbetsplan.docx

"$malkedja" sk collect rektor.docx broken.docx arbetsplan.docx -o batch.xml 2>batch.err
status=$?
[ $status -eq 1 ] || fail "a batch with a broken file and a work plan: exit 1 (findings), not $status: $(cat batch.err)"
[ -s batch.xml ] || fail "nothing collected"
validates batch.xml
grep -q "^1 SK-dokument insamlat till batch.xml: 11 mål, 156 värderader, 28 svar$" batch.err || fail "the readable document is not collected: $(cat batch.err)"
# The ÅK 3 table is read whole, with the word noted at table 1, row 1, column 1.
"$malkedja" sk collect "$filled" -o original.xml 2>/dev/null
grade3() { grep -c '<result grade="3"' "$1"; }
[ "$(grade3 batch.xml)" -gt 0 ] && [ "$(grade3 batch.xml)" = "$(grade3 original.xml)" ] ||
    fail "the ÅK 3 table was not read whole: $(grade3 batch.xml) rows, $(grade3 original.xml) in the original"
grep -A1 'rule="MK021"' batch.xml | grep -q 'table="1" row="1" column="1"' || fail "no MK021 at table 1, row 1, column 1"
grep -A3 'rule="MK021"' batch.xml | grep -q "Ämne" || fail "the MK021 finding does not name the word"
# The value typed as text: kept as written, an info finding.
grep -q "ca 85 %" batch.xml || fail "the value typed as text is not kept as written"
grep -A3 'rule="MK023"' batch.xml | grep -q "ca 85 %" || fail "no MK023 finding for \"ca 85 %\""
# The broken file and the work plan: findings naming the files.
grep -A3 'rule="MK019"' batch.xml | grep -q "broken.docx" || fail "no MK019 finding for broken.docx"
grep -A3 'rule="MK020"' batch.xml | grep -q "arbetsplan.docx" || fail "no MK020 finding for arbetsplan.docx"

# Exit 2 only when no file could be read.
"$malkedja" sk collect broken.docx -o none.xml 2>none.err
[ $? -eq 2 ] || fail "no file readable: exit 2"
grep -q "^fel: broken.docx" none.err || fail "the one broken file is not named: $(cat none.err)"
[ -e none.xml ] && fail "an output was written when no file could be read"

# The same school twice: a finding; the later document is used only when its läsår is later.
$python - "$filled" later.docx <<'PY'
import sys, docx
document = docx.Document(sys.argv[1])
for p in document.paragraphs:
    if p.style.name == "Subtitle":
        for run in p.runs:
            run.text = run.text.replace("2023-2024", "2024-2025").replace("2022-2023", "2023-2024")
document.save(sys.argv[2])
PY
"$malkedja" sk collect "$filled" rektor.docx -o twice.xml 2>/dev/null
[ "$(grep -c '<sk-report ' twice.xml)" = 1 ] || fail "the same school twice: one report, not $(grep -c '<sk-report ' twice.xml)"
grep -A3 'rule="MK022"' twice.xml | grep -q "rektor.docx" || fail "no MK022 finding at the second document"
grep -q "ca 85 %" twice.xml && fail "the later document of the same läsår was used"
"$malkedja" sk collect "$filled" later.docx -o newer.xml 2>/dev/null
grep -q 'lasar="2024/25"' newer.xml || fail "the later läsår's document is not the one used"
grep -A3 'rule="MK022"' newer.xml | grep -q "exempelskolan-ifylld-2023.docx" || fail "no MK022 finding at the older document"
exit $failed
