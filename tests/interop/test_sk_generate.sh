#!/usr/bin/env bash
# malkedja sk generate on the fixtures: 12 schools give 12 .docx and 12 .odt that LibreOffice,
# python-docx and jing accept, with the school's name, stages, survey values and development areas;
# a document filled as a rektor would survives --update, and LibreOffice's re-saves still read.
source "$(dirname "$0")/common.sh" "$@"
set -e
cd "$work"
# Here each failure ends the test at once: later steps build on earlier ones.
fail() { echo "FAIL: $*" >&2; exit 1; }
python=/usr/bin/python3
odf_schema="$fixtures/../schemas/odf1.3/OpenDocument-v1.3-schema.rng"

"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.docx" -o chain.xml 2>/dev/null
mkdir out
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --template "$fixtures/sk/sk-mall-2023-2024.odt" \
    --chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" --results "$fixtures/resultat/normer-varden-2023.xlsx" \
    --lasar 2023/24 -o out --format both 2>progress.txt
grep -q "\[12/12\] Aspviksskolan" progress.txt || fail "no progress counter"
[ "$(ls out/*.docx | wc -l)" = 12 ] || fail "expected 12 .docx"
[ "$(ls out/*.odt | wc -l)" = 12 ] || fail "expected 12 .odt"

# The output folder must exist.
if "$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.csv" --lasar 2023/24 -o missing 2>/dev/null; then fail "missing folder accepted"; fi

# A work plan is no SK template: refused before anything is written.
mkdir plan-out
status=0
"$malkedja" sk generate --template "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.csv" --lasar 2023/24 -o plan-out 2>plan.err || status=$?
[ "$status" = 2 ] || fail "a work plan as the template: exit $status, not 2"
grep -q "arbetsplan.docx: mallen är inget SK-dokument" plan.err || fail "a work plan as the template: $(cat plan.err)"
[ -z "$(ls plan-out)" ] || fail "a work plan as the template: files written"

# LibreOffice opens every document (PDF and text), and no placeholder is left.
for format in docx odt; do
    converts pdf "pdf-$format" out/*.$format
    converts txt:Text "txt-$format" out/*.$format
    [ "$(ls pdf-$format/*.pdf | wc -l)" = 12 ] || fail "LibreOffice made no PDF of some .$format"
    [ "$(ls txt-$format/*.txt | wc -l)" = 12 ] || fail "LibreOffice made no text of some .$format"
    if grep -l "SKOLANS NAMN" txt-$format/*.txt; then fail "placeholder left in .$format"; fi
    grep -q "Ekbackens skola" "txt-$format/Ekbackens skola.txt" || fail "no school name in .$format"
done

# python-docx reads every .docx.
$python -c "import docx, sys; [docx.Document(f) for f in sys.argv[1:]]" out/*.docx || fail "python-docx"
# content.xml must be strict ODF 1.3 as the template's is; styles.xml (LibreOffice's extensions in the
# template) must have no more errors than the template's.
jing_errors() { jing -i "$odf_schema" "$1" 2>&1 | grep -c ' error: ' || true; }
rm -rf parts && mkdir parts && (cd parts && unzip -q "$fixtures/sk/sk-mall-2023-2024.odt" content.xml styles.xml)
[ "$(jing_errors parts/content.xml)" = 0 ] || fail "the template's content.xml is no longer strict ODF 1.3"
template_styles_errors=$(jing_errors parts/styles.xml)
for odt in out/*.odt; do
    rm -rf parts && mkdir parts && (cd parts && unzip -q "../$odt" content.xml styles.xml)
    [ "$(jing_errors parts/content.xml)" = 0 ] || fail "jing: content.xml of $odt"
    [ "$(jing_errors parts/styles.xml)" -le "$template_styles_errors" ] || fail "jing: styles.xml of $odt"
done

# An F-3 school has no ÅK 6 or ÅK 9 section; a 7-9 school no ÅK 3.
for format in docx odt; do
    "$malkedja" blocks "out/Ekbackens skola.$format" >f3.txt
    grep -E '^heading .*ÅK (6|9)' f3.txt && fail "ÅK 6/9 heading in an F-3 school's .$format"
    grep -qE '^heading .*ÅK 3' f3.txt || fail "no ÅK 3 heading in the F-3 school's .$format"
    "$malkedja" blocks "out/Lönnskolan.$format" | grep -E '^heading .*ÅK 3' && fail "ÅK 3 heading in a 7-9 school"
done

# Exempelskolan: its survey values in the SKOLAN column, five development areas highlighted.
$python - "$fixtures/resultat/normer-varden-2023.xlsx" out/Exempelskolan.docx <<'PY' || fail "Exempelskolan's values"
import sys, docx, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
document = docx.Document(sys.argv[2])
tables = [t for t in document.tables if t.rows[0].cells[1].text == "SKOLAN"]
assert len(tables) == 3, len(tables)
for sheet, table in zip(["ÅK F-3", "ÅK 4-6", "ÅK 7-9"], tables):
    rows = list(book[sheet].iter_rows(values_only=True))
    header = rows[2]
    school = next(r for r in rows if r[1] == "84213307")
    expected = {header[i]: school[i] for i in range(3, len(header))}
    for row in table.rows[1:]:
        value = expected[row.cells[0].text]
        assert row.cells[1].text == ("" if value is None else str(value)), (sheet, row.cells[0].text)
marked = [p.text for p in document.paragraphs if p.runs and all(r.font.highlight_color for r in p.runs)]
assert len(marked) == 5, marked
PY

# Filled as a rektor would, then refreshed with --update: every word the rektor wrote is kept.
$python "$here/fill_as_rektor.py" out/Exempelskolan.docx filled.docx written.txt
[ "$(wc -l <written.txt)" -ge 8 ] || fail "the rektor wrote too little"
mkdir updated
"$malkedja" sk generate --update filled.docx --chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" \
    --results "$fixtures/resultat/normer-varden-2023.xlsx" --lasar 2023/24 -o updated 2>/dev/null
"$malkedja" blocks filled.docx >before.txt
"$malkedja" blocks updated/Exempelskolan.docx >after.txt
while IFS= read -r text; do
    grep -qF "$text" after.txt || fail "--update lost: $text"
done <written.txt
diff <(grep -F -f written.txt before.txt) <(grep -F -f written.txt after.txt) || fail "--update moved the rektor's text"

# An answer written on the label's line, and one written over the label, are collected too.
$python "$here/fill_as_rektor.py" out/Exempelskolan.docx inline.docx inline.txt --on-label-line
"$malkedja" sk collect --no-provenance inline.docx -o inline.xml 2>/dev/null || true
while IFS= read -r text; do
    grep -qF "$text" inline.xml || fail "sk collect lost: $text"
done <inline.txt

# LibreOffice's re-saves (docx→docx, odt→odt) still read, and hold no text outside the answers.
mkdir resaved
cp out/Exempelskolan.docx resaved/docx-in.docx && cp out/Exempelskolan.odt resaved/odt-in.odt
converts docx resaved-out resaved/docx-in.docx
converts odt resaved-out resaved/odt-in.odt
for file in resaved-out/docx-in.docx resaved-out/odt-in.odt filled.docx inline.docx; do
    "$malkedja" blocks "$file" >resaved.txt || fail "$file does not read"
    grep -q "Exempelskolan" resaved.txt || fail "$file lost the school's name"
    "$malkedja" check "$file" >resaved-check.txt || true
    grep "MK032" resaved-check.txt && fail "$file: text outside the answers where the rektor wrote none"
done

# Text a rektor writes where the document has no answer place is named at its place (MK032): a
# paragraph under a section's heading before its question, one under a Bilaga heading, a sentence
# of the template changed, a line in a Bilaga table's cell, words added to a header cell, a value
# changed in the column of the other area (nothing is read from it), a bold line of its own that
# reads as a label with no answer, a heading of its own; a word in the empty top-left cell of a
# survey table is MK021.
# A heading the rektor adds in the Bilaga of development areas keeps them read, and a value cell
# of two lines is still one line of `check`.
$python - out/Exempelskolan.docx outside.docx <<'PY'
import sys
import docx
document = docx.Document(sys.argv[1])
paragraphs = document.paragraphs
def heading(start):
    return next(p for p in paragraphs if p.style.name.startswith("Heading") and p.text.startswith(start))
def paragraph_after(p, text, style="Normal"):
    index = paragraphs.index(p)
    return paragraphs[index + 1].insert_paragraph_before(text, style=style)
paragraph_after(heading("7. ANALYS"), "Vi vill också nämna samarbetet med biblioteket.")
paragraph_after(heading("BILAGA 1 - SK-HJULET"), "Hjulet används på alla APT.")
paragraph_after(heading("BILAGA 6 - OMRÅDESSPECIFIKA"), "Våra prioriteringar", "Heading 2")
prose = next(p for p in paragraphs if p.text.startswith("Måluppfyllelse per ämne"))
prose.runs[-1].text += " Vi har ändrat här."
label = next(p for p in paragraphs if p.text.strip() == "Skolans svar:")
label.insert_paragraph_before().add_run("Sammanfattning:").bold = True
dialogue = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Kvalitetsdialog 1"))
dialogue.rows[1].cells[1].add_paragraph("Skolans egen kommentar i bilagan.")
survey = next(t for t in document.tables if t.rows[0].cells[1].text == "SKOLAN")
survey.rows[0].cells[0].paragraphs[0].add_run("Vår kommentar")
survey.rows[1].cells[2].paragraphs[0].runs[0].text = "Andra områdets värde"
results = next(t for t in document.tables if t.rows[0].cells[1].text == "ÅK 3")
results.rows[0].cells[1].paragraphs[0].add_run(" (alla)")
results.rows[1].cells[1].text = "85 %"
results.rows[1].cells[1].add_paragraph("preliminärt")
document.save(sys.argv[2])
PY
status=0
"$malkedja" check outside.docx >outside.txt || status=$?
[ "$status" -eq 0 ] || fail "MK032 and MK021 are varningar: check exits 0, not $status"
[ "$(grep -c "MK032" outside.txt)" -eq 8 ] || fail "expected 8 texts outside the answers: $(grep MK0 outside.txt)"
for expected in 'avsnitt "7. ANALYS AV LÄSÅRET 2022-2023 - KOMPLETTERING", stycke 1: "Vi vill också nämna samarbetet med biblioteket."' \
    'avsnitt "BILAGA 1 - SK-HJULET", stycke 1: "Hjulet används på alla APT."' \
    'avsnitt "2. RESULTATREDOVISNING ÅK 3", stycke 1: "Måluppfyllelse per ämne och per årskurs (Vårterminens resultat) Vi har ändrat här."' \
    'avsnitt "BILAGA 1 - SK-HJULET", tabell [0-9]*, rad 2, kolumn 2: "Skolans egen kommentar i bilagan."' \
    'avsnitt "2. RESULTATREDOVISNING ÅK 3", tabell 1, rad 1, kolumn 2: "ÅK 3 (alla)"' \
    'avsnitt "ÅK F-3", tabell [0-9]*, rad 2, kolumn 3: "Andra områdets värde"' \
    'avsnitt "ÅK 3 - Nationella prov", stycke [0-9]*: "Sammanfattning:"' \
    'avsnitt "Våra prioriteringar": "Våra prioriteringar"'; do
    grep -q "MK032 outside.docx: $expected" outside.txt || fail "not named: $expected"
done
grep -q 'MK021 outside.docx: avsnitt "ÅK F-3", tabell [0-9]*, rad 1, kolumn 1: cellen innehåller "Vår kommentar"' outside.txt ||
    fail "a word in a survey table's top-left cell is not named: $(grep MK021 outside.txt)"
grep -q '^info MK023 outside.docx: .*"85 %\\npreliminärt"' outside.txt || fail "a value of two lines: $(grep -A1 MK023 outside.txt)"
grep -q "^preliminärt" outside.txt && fail "a finding of check spans two lines"
"$malkedja" sk collect out/Exempelskolan.docx -o untouched.xml 2>/dev/null || true
"$malkedja" sk collect outside.docx -o outside.xml 2>outside-collect.err || true
grep -q "inte eftersökt" outside-collect.err && fail "a document sk generate filled is said not to be looked through"
[ "$(grep -c "<development-area " outside.xml)" -eq "$(grep -c "<development-area " untouched.xml)" ] &&
    [ "$(grep -c "<highlighted-area " outside.xml)" -eq 5 ] ||
    fail "a heading added in the Bilaga of development areas lost some of them"
# Re-saved by LibreOffice, the document keeps its memory and the same texts are named.
converts docx outside-resaved outside.docx
"$malkedja" check outside-resaved/outside.docx >outside-resaved.txt || true
[ "$(grep -c "MK032" outside-resaved.txt)" -eq 8 ] || fail "LibreOffice's re-save: $(grep MK0 outside-resaved.txt)"
# --previous: last year's Planeringsrapport goals become this year's Målanalys rows.
mkdir previous next
cp "$fixtures/sk/exempelskolan-ifylld-2023.docx" previous/
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.xlsx" --previous previous --lasar 2024/25 -o next 2>next-err.txt ||
    fail "sk generate --previous failed"
"$malkedja" blocks next/Exempelskolan.docx >next.txt
grep -q "minst 85 % av eleverna i åk 9" next.txt || fail "--previous: last year's goal is not in the Målanalys"

grep -qF "Målet finns inte kvar" next.txt && fail "--previous without --previous-chain marks a goal as dropped"
# A title with more than the school's name (retitled by python-docx) still names the school; a
# document whose title names no school (the template) is named on stderr, not dropped unsaid.
mkdir previous-titled next-titled
/usr/bin/python3 - "$fixtures/sk/exempelskolan-ifylld-2023.docx" previous-titled/rapport.docx <<'PY'
import sys
import docx
document = docx.Document(sys.argv[1])
title = next(p for p in document.paragraphs if p.style.name == "Title")
for run in title.runs[1:]:
    run.text = ""
title.runs[0].text = "Exempelskolan – kvalitetsrapport 2022/23"
document.save(sys.argv[2])
PY
cp "$fixtures/sk/sk-mall-2023-2024.docx" previous-titled/mall.docx
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.xlsx" --previous previous-titled --lasar 2024/25 -o next-titled \
    2>next-titled-err.txt || fail "sk generate --previous (a longer title) failed"
"$malkedja" blocks next-titled/Exempelskolan.docx >next-titled.txt
grep -q "minst 85 % av eleverna i åk 9" next-titled.txt ||
    fail "--previous: the goals of a document titled \"Exempelskolan – kvalitetsrapport\" are not carried over"
grep -q "mall.docx: rubriken nämner ingen skola i skolfilen" next-titled-err.txt ||
    fail "--previous: a document about no school is not named: $(cat next-titled-err.txt)"

# --previous with --previous-chain: a Målanalys goal naming a nämndmål that this year's chain no
# longer has (the comparison of `malkedja diff`) says so in "Ska målet finnas kvar?"; the others not.
$python - chain.xml this-year.xml <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "urn:x-malkedja:normalized:1"
ET.register_namespace("", ns)
tree = ET.parse(sys.argv[1])
goals = tree.getroot().find(f"{{{ns}}}goals")
for goal in goals.findall(f"{{{ns}}}goal"):
    if goal.find(f"{{{ns}}}text").text.startswith("Eleverna når kunskapskraven"):
        goals.remove(goal)
tree.write(sys.argv[2], encoding="UTF-8", xml_declaration=True)
PY
mkdir next-dropped
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --chain this-year.xml \
    --previous-chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" --previous previous --lasar 2024/25 \
    -o next-dropped 2>next-dropped-err.txt || fail "sk generate --previous --previous-chain failed: $(cat next-dropped-err.txt)"
"$malkedja" blocks next-dropped/Exempelskolan.docx >next-dropped.txt
[ "$(grep -c "Målet finns inte kvar i nämndens målkedja i år." next-dropped.txt)" = 1 ] ||
    fail "the Målanalys does not mark the one goal whose nämndmål was dropped"
grep -B12 "Målet finns inte kvar" next-dropped.txt | grep -q "Eleverna når kunskapskraven och utvecklas så långt som möjligt: minst 85 %" ||
    fail "the mark is not in the row of the dropped goal"

# Last year's SKA-mål table (Bilaga 3, now "MÅL 2023"): the previous document's table of that year,
# with its header and KF goals merged down; for the schools without either source the template's
# table stays, and the summary says so once.
ska_table() {  # ska_table DOCX HEADING: the rows of the table after the heading starting HEADING, cells joined by |
    $python "$here/docx_table_after.py" "$@"
}
ska_table next/Exempelskolan.docx "BILAGA 3 - SKA-MÅL - GRUNDSKOLENÄMNDENS MÅL 2023" >last-year.txt
[ "$(head -1 last-year.txt)" = "Kommunfullmäktigemål:|Nämndmål:" ] || fail "Bilaga 3 has no header: $(head -1 last-year.txt)"
grep -q "^En trygg och lyckad skolgång lägger grunden för framtiden|Elevernas undervisning" last-year.txt ||
    fail "Bilaga 3: the KF goal is not merged over its second nämndmål"
grep -q "förra årets SKA-mål saknas för 11 av 12 skolor" next-err.txt || fail "no summary of missing SKA-mål"
[ "$(grep -c "SKA-mål saknas" next-err.txt)" = 1 ] || fail "the missing SKA-mål are not said once"
grep -q "… och 6 till$" next-err.txt || fail "the list of schools without last year's SKA-mål is not cut after five names"
ska_table next/Björkskolan.docx "BILAGA 3 - SKA-MÅL - GRUNDSKOLENÄMNDENS MÅL 2023" >template-kept.txt
[ "$(head -1 template-kept.txt | cut -d'|' -f1)" = "Eleverna når kunskapskraven och utvecklas så långt som möjligt" ] ||
    fail "Björkskolan's Bilaga 3 is not the template's"

# --previous-chain: last year's goal chain fills the table for every school (a work plan's
# nämndmål under no KF goal: one group with an empty KF cell).
mkdir next-chain
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.odt" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.csv" --previous-chain "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" \
    --lasar 2024/25 -o next-chain 2>next-chain-err.txt || fail "sk generate --previous-chain failed"
grep -q "SKA-mål saknas" next-chain-err.txt && fail "--previous-chain: SKA-mål said to be missing"
rm -rf parts && mkdir parts && (cd parts && unzip -q ../next-chain/Lönnskolan.odt content.xml)
[ "$(jing_errors parts/content.xml)" = 0 ] || fail "jing: content.xml with last year's SKA-mål table"
"$malkedja" blocks next-chain/Lönnskolan.odt | awk '/^heading.*MÅL 2023"$/{f=1} f' | sed -n '1,/^heading/p' >chain-bilaga.txt
grep -q '"Grundskolenämnden har en ekonomi i balans"' chain-bilaga.txt || fail "--previous-chain: Bilaga 3 lacks its goals"
grep -q "rowspan=6" chain-bilaga.txt || fail "--previous-chain: the six nämndmål are not under one merged cell"
echo "sk generate: ok"
