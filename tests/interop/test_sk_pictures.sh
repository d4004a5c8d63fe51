#!/usr/bin/env bash
# Pictures in SK documents (sk collect, MK032), put in with LibreOffice as a user would: a logo in
# the template is the template's in every document made from it, and none is named; in a generated
# document, a picture a school puts in an answer is a line of the answer ("Bild: ..."), one put
# beside the template's prose is named at its place, in .docx and .odt; and sk generate does not
# write over a document whose only change is a picture.
source "$(dirname "$0")/common.sh" "$@"
set -e
cd "$work"
# Here each failure ends the test at once: later steps build on earlier ones.
fail() { echo "FAIL: $*" >&2; exit 1; }
python=/usr/bin/python3
requires soffice -- uno
pictures() { timeout 120 "$python" "$here/libreoffice_add_pictures.py" profile "$@" 2>uno.err ||
    fail "LibreOffice did not put the pictures in: $(tail -3 uno.err)"; }
chain=$fixtures/malkedja/grundskolenamnden-arbetsplan.docx
schools=$fixtures/skolor/skolor.xlsx

# LibreOffice opens a copy: it writes a lock file beside what it opens, and another test may open the same.
cp "$fixtures/sk/sk-mall-2023-2024.docx" template.docx
pictures template.docx mall.docx mall.odt -- "Planering 2023-2024|1||Kommunens logotyp"
mkdir generated
"$malkedja" sk generate --template mall.docx --template mall.odt --chain "$chain" --schools "$schools" \
    --lasar 2023/24 -o generated 2>generate.err || fail "sk generate failed: $(tail -3 generate.err)"

for format in docx odt; do
    file=generated/Almskolan.$format
    "$malkedja" blocks "$file" | grep -q '^  picture "Kommunens logotyp"$' || fail "$file: the template's logo is not read"
    "$malkedja" check "$file" >"check-$format.txt" || true
    grep "MK032" "check-$format.txt" && fail "$file: the template's logo is named"
    echo "ok   $file: the template's logo is not named"

    pictures "$file" "school.$format" -- "Skolans svar:|1|Så här ser skolgården ut: |Den nya skolgården" \
        "Måluppfyllelse per ämne och per årskurs (Vårterminens resultat)|0| |Betyg i svenska"
    "$malkedja" check "school.$format" >"school-check-$format.txt" || true
    [ "$(grep -c "MK032" "school-check-$format.txt")" -eq 1 ] ||
        fail "school.$format: expected one MK032: $(grep MK0 "school-check-$format.txt")"
    grep -q "^varning MK032 school.$format: avsnitt \"2. RESULTATREDOVISNING ÅK 6\", stycke 1: \"Bild: Betyg i svenska\"" \
        "school-check-$format.txt" || fail "school.$format: the picture is not named at its place"
    "$malkedja" sk collect "school.$format" -o "collected-$format.xml" 2>collect.err ||
        fail "sk collect school.$format failed: $(tail -3 collect.err)"
    "$python" - "collected-$format.xml" <<'PY' || fail "school.$format: the picture is not a line of the answer"
import sys
import xml.etree.ElementTree as ET
texts = [t.text for t in ET.parse(sys.argv[1]).iter() if t.tag.endswith("}text") and t.text]
sys.exit(0 if "Så här ser skolgården ut:\nBild: Den nya skolgården" in texts else 1)
PY
    echo "ok   school.$format: the picture in the answer is a line of it, the one beside the prose is MK032"
done

# sk generate keeps a document whose only change is a picture.
mkdir again
cp school.docx again/Almskolan.docx
status=0
"$malkedja" sk generate --template mall.docx --chain "$chain" --schools "$schools" --lasar 2023/24 -o again \
    2>again.err || status=$?
[ "$status" -eq 1 ] || fail "sk generate over a document with a picture: exit $status, not 1: $(tail -3 again.err)"
"$malkedja" blocks again/Almskolan.docx | grep -q '^  picture "Betyg i svenska"$' ||
    fail "sk generate wrote over the school's picture"
echo "ok   sk generate keeps the document with the school's picture"
