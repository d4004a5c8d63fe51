#!/usr/bin/env bash
# Issue 14: sk generate says what is wrong in the schools file, before any document is written: an
# empty Skolenhetskod, Område or Stadier, a development-area key with a typo (with the nearest
# key), a key written as the item's text, the same school twice (a fel: exit 1) — each at its
# sheet and row. A .csv schools file without the key list says its keys highlight nothing; one that
# lists the keys below the schools highlights what the same workbook does.
source "$(dirname "$0")/common.sh" "$@"
requires -- openpyxl
cd "$work"
python=/usr/bin/python3
template=$fixtures/sk/sk-mall-2023-2024.docx

"$malkedja" import "$template" -o chain.xml 2>/dev/null
$python - <<'PY'
import openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Skolor"
sheet.append(["Skolenhetskod", "Skola", "Område", "Stadier", "Utvecklingsområden"])
sheet.append(["11111111", "Utan område", None, "F-9", "budget-balans"])
sheet.append(["22222222", "Utan stadier", "Sydvästra/Östra", None, "budget-balans"])
sheet.append([None, "Utan kod", "Sydvästra/Östra", "F-9", "budget-balans"])
sheet.append(["44444444", "Felstavad", "Sydvästra/Östra", "F-9", "budget-balnas"])
sheet.append(["55555555", "Som text", "Sydvästra/Östra", "F-9", "Arbeta för en budget i balans. (SKA)"])
sheet.append(["44444444", "Felstavad igen", "Sydvästra/Östra", "F-9", "budget-balans"])
areas = book.create_sheet("Utvecklingsområden")
areas.append(["Nyckel", "Fokusområde", "Text", "SKA"])
areas.append(["budget-balans", "Ledarskap", "Arbeta för en budget i balans. (SKA)", "Ja"])
book.save("skolor.xlsx")
PY

mkdir out
"$malkedja" sk generate --template "$template" --chain chain.xml --schools skolor.xlsx --lasar 2023/24 -o out 2>run.txt
status=$?
[ $status -eq 1 ] || fail "a school twice is a fel: exit 1, not $status ($(cat run.txt))"
finding() {  # finding RULE PLACE TEXT: a line of run.txt has the rule, the place and the text
    grep "^$1 skolor.xlsx: Skolor!$2: " run.txt | grep -qF "$3" || fail "no $1 at Skolor!$2 saying \"$3\": $(cat run.txt)"
}
finding MK024 B2 "kolumnen Område är tom"
finding MK024 B3 "kolumnen Stadier är tom"
finding MK024 B4 "kolumnen Skolenhetskod är tom"
finding MK025 B5 "menade du budget-balans?"
finding MK025 B6 "skriv nyckeln budget-balans"
finding MK026 B7 "samma skola som på rad 5"
# Before any document: the findings come before the first school's progress line.
first_progress=$(grep -n '^\[1/' run.txt | cut -d: -f1)
last_finding=$(grep -n '^MK02' run.txt | tail -1 | cut -d: -f1)
[ -n "$first_progress" ] && [ "$last_finding" -lt "$first_progress" ] || fail "findings after the first document"
[ "$(grep -c '^MK02' run.txt)" = 6 ] || fail "expected six findings: $(cat run.txt)"

# The sample .csv (sheet 1 of skolor.xlsx): its keys highlight nothing, and it says so.
mkdir csv
"$malkedja" sk generate --template "$template" --chain chain.xml --schools "$fixtures/skolor/skolor.csv" \
    --lasar 2023/24 -o csv 2>csv.txt || fail "the sample .csv: $(cat csv.txt)"
grep -q '^MK025 .*skolor.csv: skolor!B2: Exempelskolan: nyckeln "kunskapskrav" markerar ingenting' csv.txt ||
    fail "the .csv's keys are not said to highlight nothing: $(cat csv.txt)"
# The sample .xlsx is clean.
mkdir xlsx
"$malkedja" sk generate --template "$template" --chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" \
    --lasar 2023/24 -o xlsx 2>xlsx.txt || fail "the sample .xlsx: $(cat xlsx.txt)"
grep -q '^MK02' xlsx.txt && fail "findings in the sample .xlsx: $(cat xlsx.txt)"

# The project's sample .csv lists the keys below the schools: its documents are those of the sample
# .xlsx, with the same items highlighted, and it gives no finding.
samples=$here/../../samples/skolor
for form in xlsx csv; do
  mkdir "sample-$form"
  "$malkedja" sk generate --template "$template" --chain chain.xml --schools "$samples/skolor.$form" \
    --lasar 2023/24 -o "sample-$form" 2>"sample-$form.txt" || fail "samples/skolor/skolor.$form: $(cat "sample-$form.txt")"
  grep -q '^MK02' "sample-$form.txt" && fail "findings in samples/skolor/skolor.$form: $(cat "sample-$form.txt")"
done
for document in sample-xlsx/*.docx; do
  name=$(basename "$document")
  cmp -s "$document" "sample-csv/$name" || fail "$name differs between the sample .xlsx and .csv"
done
highlighted=$("$malkedja" blocks sample-csv/Exempelskolan.docx | grep -c '^list bullet .* yellow ')
((highlighted >= 5)) || fail "Exempelskolan's areas are not highlighted from the .csv ($highlighted)"
exit $failed
