#!/usr/bin/env bash
# sk generate --update keeps every word a person wrote (issue 14): a cell a rektor typed over keeps
# the rektor's text and is listed in the summary (Swedish, and English with --lang en), a cell that
# still holds what malkedja pre-filled is refreshed; a document without malkedja's memory (filled
# by an older version or by hand) only gets its empty cells filled, and every difference is listed.
# The same for an .odt that LibreOffice saved from the rektor's document.
source "$(dirname "$0")/common.sh" "$@"
requires soffice -- docx openpyxl
set -e
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
python=/usr/bin/python3

# The chain of the template and the work plan: its SKA-mål fill the document's SKA-mål table.
"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.docx" "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" \
    -o chain.xml 2>/dev/null
mkdir out
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.xlsx" --results "$fixtures/resultat/normer-varden-2023.xlsx" \
    --lasar 2023/24 -o out 2>/dev/null
prefilled=$($python "$here/type_over_prefilled.py" out/Exempelskolan.docx typed.docx "Lärande" "ca 80")
[ -n "$prefilled" ] || fail "Lärande had no pre-filled value"
# The rektor also writes in the SKA-mål table, which --update must not rebuild.
$python - typed.docx <<'PY'
import sys, docx
document = docx.Document(sys.argv[1])
table = next(t for t in document.tables if "Kommunfullmäktigemål" in t.rows[0].cells[0].text)
table.rows[-1].cells[-1].paragraphs[-1].add_run(" Vår egen precisering.")
document.save(sys.argv[1])
PY
# This year's results give Exempelskolan new values: Lärande 72, Delaktighet 99.
$python - "$fixtures/resultat/normer-varden-2023.xlsx" results.xlsx <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book["ÅK F-3"]
header = [c.value for c in sheet[3]]
row = next(r for r in sheet.iter_rows(min_row=4) if r[1].value == "84213307")
row[header.index("Lärande")].value = 72
row[header.index("Delaktighet, inflytande")].value = 99
book.save(sys.argv[2])
PY
update() {  # update DOCUMENT FOLDER [--lang en]: sk generate --update into FOLDER, the summary in FOLDER.txt
    local document=$1 folder=$2
    shift 2
    mkdir -p "$folder"
    "$malkedja" sk generate --update "$document" --chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" \
        --results results.xlsx --lasar 2023/24 -o "$folder" "$@" 2>"$folder.txt" || fail "--update $document failed"
}
cell() { $python "$here/survey_cell.py" "$@"; }
was=$(cell out/Exempelskolan.docx "Delaktighet, inflytande")

update typed.docx updated
$python - updated/Exempelskolan.docx <<'PY' || fail "--update rebuilt the SKA-mål table and lost the rektor's words"
import sys, docx
document = docx.Document(sys.argv[1])
sys.exit(0 if any("Vår egen precisering." in c.text for t in document.tables for r in t.rows for c in r.cells) else 1)
PY
[ "$(cell updated/Exempelskolan.docx "Lärande")" = "ca 80" ] || fail "--update replaced the rektor's ca 80"
[ "$(cell updated/Exempelskolan.docx "Delaktighet, inflytande")" = 99 ] || fail "--update did not refresh a pre-filled value"
grep -q 'rad Lärande, kolumn SKOLAN: "ca 80" behålls (förifyllt värde: "72")' updated.txt ||
    fail "the summary does not list the kept ca 80: $(cat updated.txt)"
grep -q "Delaktighet" updated.txt && fail "the summary lists a refreshed value"
update typed.docx updated-en --lang en
grep -q 'row Lärande, column SKOLAN: "ca 80" kept (pre-filled value: "72")' updated-en.txt ||
    fail "the English summary does not list the kept ca 80: $(cat updated-en.txt)"

# The rektor's document saved by LibreOffice as .odt: the same.
converts odt . typed.docx
update typed.odt updated-odt
"$malkedja" blocks updated-odt/Exempelskolan.odt >odt.txt
grep -q '"ca 80"' odt.txt || fail ".odt: --update replaced the rektor's ca 80"
grep -q '"99"' odt.txt || fail ".odt: --update did not refresh a pre-filled value"
grep -q '"ca 80" behålls' updated-odt.txt || fail ".odt: the summary does not list the kept ca 80"

# The memory in an .odt malkedja filled, and refilled, is valid strict ODF 1.3.
mkdir out-odt
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.odt" --chain chain.xml \
    --schools "$fixtures/skolor/skolor.xlsx" --results "$fixtures/resultat/normer-varden-2023.xlsx" \
    --lasar 2023/24 -o out-odt 2>/dev/null
unzip -p out-odt/Exempelskolan.odt meta.xml | grep -q 'meta:name="malkedja-ifyllnad"' || fail ".odt: no memory in meta.xml"
update out-odt/Exempelskolan.odt refilled-odt
odf_valid meta.xml content.xml -- out-odt/Exempelskolan.odt refilled-odt/Exempelskolan.odt

# Without malkedja's memory (an older version's document): only empty cells are filled, and every
# value that differs from the new one is listed.
$python - typed.docx old.docx <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "docProps/custom.xml":
            data = data.replace(b"malkedja-ifyllnad", b"annan-egenskap")
        target.writestr(item, data)
PY
update old.docx updated-old
[ "$(cell updated-old/Exempelskolan.docx "Lärande")" = "ca 80" ] || fail "no memory: the rektor's ca 80 was replaced"
[ "$(cell updated-old/Exempelskolan.docx "Delaktighet, inflytande")" = "$was" ] || fail "no memory: a filled value was replaced"
grep -q '"ca 80" behålls' updated-old.txt || fail "no memory: ca 80 is not listed"
grep -qF "rad Delaktighet, inflytande, kolumn SKOLAN: \"$was\" behålls (förifyllt värde: \"99\")" updated-old.txt ||
    fail "no memory: the differing $was is not listed"
echo "sk update keeps words: ok"
