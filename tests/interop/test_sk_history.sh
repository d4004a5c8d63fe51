#!/usr/bin/env bash
# sk generate --results with meritvärde and "minst E i lästa ämnen" per year (a results file openpyxl
# writes, survey sheet beside): the history tables of the .docx (read by python-docx) and the .odt
# (read by malkedja blocks) hold the years present, absent years stay empty, and an F-6 school's
# document has no ÅK 9 table while its ÅK 6 values are there.
source "$(dirname "$0")/common.sh" "$@"
requires -- openpyxl docx
python=/usr/bin/python3
cd "$work" || exit 1

$python - results.xlsx <<'PY'
import sys, openpyxl
book = openpyxl.Workbook()
survey = book.active
survey.title = "ÅK 7-9"
survey.append(["Elevenkät 2023"])
survey.append([])
survey.append(["Enhet", "Skolenhetskod", "Område", "Lärande", "Nöjdhet"])
survey.append(["HUDDINGE", None, "Kommun", 71, 70])
survey.append(["Exempelskolan", "84213307", "Sydvästra/Östra", 75, 74])
merit = book.create_sheet("Meritvärde")
merit.append(["Enhet", "Skolenhetskod", "Område", "Årskurs", "Läsår", "Meritvärde", "Meritvärde flickor",
              "Meritvärde pojkar", "Minst E i lästa ämnen", "Minst E flickor", "Minst E pojkar"])
merit.append(["Exempelskolan", "84213307", "Sydvästra/Östra", 9, "2022/23", 233.5, 350.0, 219.8, 0.81, 0.85, 0.77])
merit.append(["Exempelskolan", "84213307", "Sydvästra/Östra", 9, "2020/21", 229.8, 244.3, 215.6, 0.79, 0.83, 0.74])
merit.append(["Exempelskolan", "84213307", "Sydvästra/Östra", 6, "2022/23", 221, None, None, 0.9, None, None])
merit.append(["Björkskolan", "61750428", "Mellersta/Nordvästra", 6, "2021/22", 210.4, 220.1, 201.9, None, None, None])
merit.append(["HUDDINGE", None, "Kommun", 9, "2022/23", 235.2, 248.9, 221.7, 0.8, 0.83, 0.78])
book.save(sys.argv[1])
PY

"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.docx" -o chain.xml 2>/dev/null
mkdir out
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --template "$fixtures/sk/sk-mall-2023-2024.odt" \
  --chain chain.xml --schools "$fixtures/skolor/skolor.csv" --results results.xlsx --lasar 2023/24 -o out \
  --format both 2>err.txt || fail "sk generate with a history sheet failed: $(cat err.txt)"

# The rows of the history table after the heading naming GRADE, cells joined by |, from the .docx.
docx_history() {  # docx_history DOCX GRADE
  $python "$here/docx_table_after.py" "$1" "ÅK $2 - Meritvärde"
}
# The same from the .odt, through malkedja blocks.
odt_history() {  # odt_history ODT GRADE
  "$malkedja" blocks "$1" | awk -v grade="ÅK $2 - Meritvärde" '
    /^heading/ { seen = index($0, grade) > 0; next }
    seen && /^table/ { inside = 1; next }
    inside && /^  row/ { if (line != "") print line; line = ""; first = 1; next }
    inside && /^    cell/ { if (!first) line = line "|"; first = 0; next }
    inside && /^      paragraph/ { sub(/^[^"]*"/, ""); sub(/"$/, ""); line = line $0; next }
    inside && /^[^ ]/ { exit }
    END { if (line != "") print line }'
}

expected_9='|VT-21|VT-22|VT-23|Huddinge kommun VT-23
Meritvärde (17 ämnen)|229,8||233,5|235,2
Flicka|244,3||350,0|248,9
Pojke|215,6||219,8|221,7
Minst E i lästa ämnen|79 %||81 %|80 %
Flicka|83 %||85 %|83 %
Pojke|74 %||77 %|78 %'
[ "$(docx_history out/Exempelskolan.docx 9)" = "$expected_9" ] ||
  fail "ÅK 9 history in the .docx: $(docx_history out/Exempelskolan.docx 9)"
[ "$(odt_history out/Exempelskolan.odt 9)" = "$expected_9" ] ||
  fail "ÅK 9 history in the .odt: $(odt_history out/Exempelskolan.odt 9)"
docx_history out/Exempelskolan.docx 6 >six.txt
grep -qx 'Minst E i lästa ämnen|||90 %|' six.txt || fail "ÅK 6 minst E in the .docx: $(cat six.txt)"
odt_history out/Björkskolan.odt 6 >six.txt
grep -qx 'Meritvärde (17 ämnen)||210,4||' six.txt || fail "Björkskolan's VT-22 in the .odt: $(cat six.txt)"
[ -z "$(docx_history out/Björkskolan.docx 9)" ] || fail "an F-6 school's document has an ÅK 9 history table"

# The values read back by sk collect: the history of the .odt in the normalized XML.
"$malkedja" sk collect out/Exempelskolan.odt -o collected.xml 2>/dev/null
grep -q '<history grade="9" measure="meritvarde" group="girls" label="VT-23" year="2023" scope="school" text="350,0"' \
  collected.xml || fail "sk collect does not read the filled meritvärde back"
exit $failed
