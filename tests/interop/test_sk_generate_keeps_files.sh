#!/usr/bin/env bash
# Issue 14: sk generate never writes over a file a person may have changed. A document edited by
# python-docx, and a file malkedja did not write under a school's name, are left alone, named in the
# summary, and the run exits 1; --update is the one way to refresh such a file.
source "$(dirname "$0")/common.sh" "$@"
requires -- docx
cd "$work"
python=/usr/bin/python3
template=$fixtures/sk/sk-mall-2023-2024.docx
schools=$fixtures/skolor/skolor.xlsx
generate() { "$malkedja" sk generate --template "$template" --chain chain.xml --schools "$schools" --lasar 2023/24 "$@"; }

"$malkedja" import "$template" -o chain.xml 2>/dev/null
mkdir out
generate -o out 2>first.txt || fail "a first run into an empty folder: exit 0 ($(cat first.txt))"
[ "$(ls out | wc -l)" = 12 ] || fail "twelve schools, $(ls out | wc -l) files"

# A document a rektor edited (python-docx), and a file malkedja did not write under a school's name.
$python - out/Exempelskolan.docx <<'PY'
import sys, docx
document = docx.Document(sys.argv[1])
document.add_paragraph("Skolans svar: vi har arbetat med läsningen hela året.")
document.save(sys.argv[1])
PY
cp "$template" out/Lönnskolan.docx
sums() { (cd out && sha256sum Exempelskolan.docx Lönnskolan.docx); }
sums >before.sum
generate -o out 2>second.txt
status=$?
[ $status -eq 1 ] || fail "files left alone: exit 1, not $status ($(cat second.txt))"
sums | diff before.sum - >/dev/null || fail "an edited document or a file malkedja did not write was replaced"
grep -q "out/Exempelskolan.docx" second.txt || fail "the edited document is not named in the summary: $(cat second.txt)"
grep -q "out/Lönnskolan.docx" second.txt || fail "the file malkedja did not write is not named: $(cat second.txt)"
grep -q -- "--update" second.txt || fail "the summary does not point to --update: $(cat second.txt)"
written=$(sed -n 's/^\([0-9]*\) dokument för 12 skolor skrivna.*/\1/p' second.txt)
[ -n "$written" ] && [ "$written" -le 10 ] || fail "the summary counts files it did not write: $(cat second.txt)"

# --update: the one way to refresh such a file; it keeps what the rektor wrote, and touches no other.
mkdir edited && cp out/Exempelskolan.docx edited/
"$malkedja" sk generate --update edited/Exempelskolan.docx --chain chain.xml --schools "$schools" --lasar 2023/24 \
    -o out 2>update.txt || fail "--update into the folder: $(cat update.txt)"
"$malkedja" blocks out/Exempelskolan.docx >updated.txt
grep -q "vi har arbetat med läsningen" updated.txt || fail "--update lost the rektor's words"
cmp -s out/Exempelskolan.docx edited/Exempelskolan.docx && fail "--update did not refresh the document"
(cd out && sha256sum Lönnskolan.docx) | diff <(grep Lönnskolan before.sum) - >/dev/null || fail "--update touched another file"
exit $failed
