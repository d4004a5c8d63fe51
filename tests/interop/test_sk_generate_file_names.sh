#!/usr/bin/env bash
# Issue 14: sk generate gives every school a file of its own that Windows, macOS and Linux accept.
# Schools whose names differ only in '/' or ':', or only in case (å/Å too), a reserved name (CON)
# and a very long name each get a file; a collision is told apart by the skolenhetskod; the summary
# counts the files written.
source "$(dirname "$0")/common.sh" "$@"
requires -- openpyxl
cd "$work"
python=/usr/bin/python3
template=$fixtures/sk/sk-mall-2023-2024.docx

"$malkedja" import "$template" -o chain.xml 2>/dev/null
long=$(printf 'Långa skolan %.0s' {1..30})
$python - "$long" <<'PY'
import sys, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Skolor"
sheet.append(["Skolenhetskod", "Skola", "Område", "Stadier", "Utvecklingsområden"])
for row in [["11111111", "A/B skolan"], ["22222222", "A:B skolan"], ["33333333", "CON"],
            ["44444444", "Åskolan"], ["55555555", "åSKOLAN"], ["66666666", sys.argv[1]]]:
    sheet.append(row + ["Sydvästra/Östra", "F-9", ""])
book.save("skolor.xlsx")
PY

mkdir out
"$malkedja" sk generate --template "$template" --chain chain.xml --schools skolor.xlsx --lasar 2023/24 -o out 2>run.txt ||
    fail "sk generate: $(cat run.txt)"
[ "$(ls out | wc -l)" = 6 ] || fail "six schools, $(ls out | wc -l) files: $(ls out)"
grep -q "^6 dokument för 6 skolor skrivna" run.txt || fail "the summary does not count six files: $(cat run.txt)"
for name in "A-B skolan" "A-B skolan (22222222)" "_CON" "Åskolan" "åSKOLAN (55555555)"; do
    [ -e "out/$name.docx" ] || fail "no out/$name.docx: $(ls out)"
done
ls out | LC_ALL=C awk '{ if (length($0) > 205) exit 1 }' || fail "a file name is longer than 205 bytes: $(ls out)"
ls out | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 || fail "a file name is cut inside a character"
ls out | grep -q "^Långa skolan Långa.*\.docx$" || fail "no file for the school with a long name: $(ls out)"
# No two names are one file where case does not count.
[ "$(ls out | $python -c 'import sys; print(len({l.casefold() for l in sys.stdin}))')" = 6 ] ||
    fail "two names differ only in case: $(ls out)"
"$malkedja" blocks "out/A-B skolan (22222222).docx" >ab.txt
grep -q '"A:B skolan"' ab.txt || fail "A:B skolan's file is not its document"
"$malkedja" blocks "out/åSKOLAN (55555555).docx" >aa.txt
grep -q '"åSKOLAN"' aa.txt || fail "åSKOLAN's file is not its document"
exit $failed
