#!/usr/bin/env bash
# One fill algorithm for .docx and .odt (issue 14): a template whose headings are custom styles
# based on Heading 1 and Heading 2 (python-docx), and the same template re-saved by LibreOffice as
# .odt, fill to the same document for every school: the same sections removed, the same tables
# filled, the same paragraphs highlighted.
source "$(dirname "$0")/common.sh" "$@"
requires soffice -- docx
set -e
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
python=/usr/bin/python3

$python "$here/make_custom_headings.py" "$fixtures/sk/sk-mall-2023-2024.docx" custom.docx
converts odt . custom.docx
"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.docx" -o chain.xml 2>/dev/null
mkdir out
"$malkedja" sk generate --template custom.docx --template custom.odt --chain chain.xml \
    --schools "$fixtures/skolor/skolor.xlsx" --results "$fixtures/resultat/normer-varden-2023.xlsx" \
    --lasar 2023/24 -o out --format both 2>/dev/null
for docx in out/*.docx; do
    school=$(basename "$docx" .docx)
    "$malkedja" blocks "$docx" >docx.txt
    "$malkedja" blocks "out/$school.odt" >odt.txt
    diff docx.txt odt.txt >/dev/null || fail "$school: the .docx and the .odt differ: $(diff docx.txt odt.txt | head -5)"
done
# The custom headings are headings to the filler: an F-3 school loses ÅK 6 and 9, and the
# development areas under the Bilaga heading are highlighted.
"$malkedja" blocks "out/Ekbackens skola.docx" >f3.txt
grep -qE '^heading .*ÅK 3' f3.txt || fail "no ÅK 3 heading"
if grep -E '^heading .*ÅK (6|9)' f3.txt; then fail "ÅK 6/9 kept in an F-3 school with custom heading styles"; fi
[ "$("$malkedja" blocks out/Exempelskolan.docx | grep -c ' yellow ')" = 5 ] || fail "Exempelskolan: not 5 highlighted areas"
echo "sk fill formats: ok"
