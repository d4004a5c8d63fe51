#!/usr/bin/env bash
# Page headers and footers of SK documents (sk collect, MK032): a template whose footers end with
# LibreOffice's page number and page count fields gives documents whose footers LibreOffice's
# re-saves change in their digits alone, and none of those is named; a header a rektor adds with
# python-docx is named at the file, also after a re-save, and sk generate does not write over it.
source "$(dirname "$0")/common.sh" "$@"
set -e
cd "$work"
# Here each failure ends the test at once: later steps build on earlier ones.
fail() { echo "FAIL: $*" >&2; exit 1; }
python=/usr/bin/python3
requires soffice -- uno docx

# LibreOffice opens a copy: it writes a lock file beside what it opens, and another test may open the same.
cp "$fixtures/sk/sk-mall-2023-2024.docx" template.docx
timeout 120 "$python" "$here/libreoffice_page_numbers.py" profile template.docx \
    mall.docx mall.odt 2>uno.err || fail "LibreOffice did not add the page numbers: $(tail -3 uno.err)"
"$malkedja" sk generate --template mall.docx --template mall.odt \
    --chain "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" --schools "$fixtures/skolor/skolor.xlsx" \
    --lasar 2023/24 -o . 2>generate.err || fail "sk generate failed: $(tail -3 generate.err)"

footers() { "$malkedja" blocks "$1" | grep '^footer' | sort -u; }

# Almskolan (4-9) loses the ÅK 3 sections: LibreOffice's re-save counts fewer pages than the
# template's fields say.
for format in docx odt; do
    footers "Almskolan.$format" >"before-$format.txt"
    grep -q '^footer ".* – sida [0-9]* av [0-9]*"$' "before-$format.txt" ||
        fail "$format: no page numbers in the footers: $(head -3 "before-$format.txt")"
    converts "$format" "resaved-$format" "Almskolan.$format"
    footers "resaved-$format/Almskolan.$format" >"after-$format.txt"
    cmp -s "before-$format.txt" "after-$format.txt" &&
        fail "$format: LibreOffice's re-save kept every page number; nothing is tried"
    diff <(tr -d 0-9 <"before-$format.txt") <(tr -d 0-9 <"after-$format.txt") >/dev/null ||
        fail "$format: the re-save changed more than the page numbers"
    "$malkedja" check "resaved-$format/Almskolan.$format" >"check-$format.txt" || true
    grep "MK032" "check-$format.txt" && fail "$format: a re-saved footer's page numbers are named"
    echo "ok   $format: footers re-saved with other page numbers give no MK032"
done

# A header the rektor writes is named at the file, and so it stays after LibreOffice's re-save.
"$python" - Almskolan.docx header.docx <<'PY'
import sys
import docx
document = docx.Document(sys.argv[1])
header = document.sections[0].header
header.is_linked_to_previous = False
header.paragraphs[0].text = "Rektor: Anna Berg"
document.save(sys.argv[2])
PY
converts docx header-resaved header.docx
for file in header.docx header-resaved/header.docx; do
    "$malkedja" check "$file" >header-check.txt || true
    [ "$(grep -c "MK032" header-check.txt)" -eq 1 ] || fail "$file: expected one MK032: $(grep MK0 header-check.txt)"
    grep -q "^varning MK032 $file: \"Sidhuvud: Rektor: Anna Berg\" står där dokumentet" header-check.txt ||
        fail "$file: the header is not named at the file: $(grep MK032 header-check.txt)"
    echo "ok   $file: the rektor's header is MK032"
done

# sk generate keeps a document whose only change is the rektor's header: it is no longer as
# malkedja wrote it.
mkdir again
cp header.docx again/Almskolan.docx
status=0
"$malkedja" sk generate --template mall.docx --chain "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" \
    --schools "$fixtures/skolor/skolor.xlsx" --lasar 2023/24 -o again 2>again.err || status=$?
[ "$status" -eq 1 ] || fail "sk generate over a changed header: exit $status, not 1: $(tail -3 again.err)"
"$malkedja" blocks again/Almskolan.docx | grep -q '^header "Rektor: Anna Berg"$' ||
    fail "sk generate wrote over the rektor's header"
echo "ok   sk generate keeps the document with the rektor's header"
