#!/usr/bin/env bash
# Goal tables of an SK template laid out otherwise than the sample (make_goal_table_layouts.py): a
# title row across each Målanalys and Planeringsrapport table above its header, a last column
# "Ansvarig" the template's reader has no field for, and a first column "Fokusområde". sk generate
# fills last year's planned goals into the Målanalys under the title row, each text in the column
# its header names; sk collect reads the
# rows a school filled under the title row, gives each goal the focus area of its Fokusområde cell,
# and reports the text of the Ansvarig column as MK021 at its cell instead of dropping it.
source "$(dirname "$0")/common.sh" "$@"
requires -- docx
set -e
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
python=/usr/bin/python3

$python "$here/make_goal_table_layouts.py" "$fixtures/sk/sk-mall-2023-2024.docx" titled.docx
$python "$here/make_goal_table_layouts.py" "$fixtures/sk/sk-mall-2023-2024.docx" focus.docx --focus-column
"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.docx" -o chain.xml 2>/dev/null
mkdir previous out
cp "$fixtures/sk/exempelskolan-ifylld-2023.docx" previous/
"$malkedja" sk generate --template titled.docx --chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" \
    --previous previous --lasar 2024/25 -o out 2>/dev/null
# Last year's planned goals are this year's Målanalys rows, below the title and header rows.
"$malkedja" sk collect --no-provenance "$fixtures/sk/exempelskolan-ifylld-2023.docx" -o previous.xml 2>/dev/null || true
"$malkedja" blocks out/Exempelskolan.docx >generated.txt
planned=$(grep -c '<planned-goal' previous.xml)
[ "$planned" -ge 3 ] || fail "the previous document has $planned planned goals"
while IFS= read -r goal; do
    grep -qF "$goal" generated.txt || fail "last year's goal not in this year's Målanalys: $goal"
done < <($python -c '
import sys, xml.etree.ElementTree as ET
ns = {"m": "urn:x-malkedja:normalized:1"}
for g in ET.parse(sys.argv[1]).getroot().iter("{urn:x-malkedja:normalized:1}planned-goal"):
    print(g.find("m:goal-text", ns).text)' previous.xml)

# With a Fokusområde column first, each text goes to the column its header names, as sk collect
# reads them back: the goal under "MÅL LÄSÅRET", its focus area under "Fokusområde".
mkdir out-focus
"$malkedja" sk generate --template focus.docx --chain chain.xml --schools "$fixtures/skolor/skolor.xlsx" \
    --previous previous --lasar 2024/25 -o out-focus 2>/dev/null
"$malkedja" sk collect --no-provenance out-focus/Exempelskolan.docx -o focus-generated.xml 2>/dev/null || true
$python - previous.xml focus-generated.xml <<'PY' || fail "last year's goals are not in their columns of the Målanalys with a Fokusområde column"
import sys, xml.etree.ElementTree as ET
ns = "{urn:x-malkedja:normalized:1}"
def goals(path, kind):
    return sorted((g.get("focus-area"), g.find(ns + "goal-text").text) for g in ET.parse(path).getroot().iter(ns + kind))
planned, analysed = goals(sys.argv[1], "planned-goal"), goals(sys.argv[2], "analysed-goal")
assert planned == analysed, (planned, analysed)
PY

# A school fills a goal row of each layout; sk collect reads them.
$python - out/Exempelskolan.docx focus.docx <<'PY'
import sys
import docx
for path, name in ((sys.argv[1], "titled-filled.docx"), (sys.argv[2], "focus-filled.docx")):
    document = docx.Document(path)
    done = 0
    for table in document.tables:
        header = [c.text.strip() for c in table.rows[1].cells] if len(table.rows) > 2 else []
        if not any(h.startswith("MÅL LÄSÅRET") for h in header) or "Ska målet finnas kvar under kommande läsår?" not in header:
            continue
        row = table.rows[len(table.rows) - 1].cells
        for column, text in enumerate(header):
            if text == "Insatser & resultat?":
                row[column].text = f"Insatsen {done + 1} gav resultat."
            if text.startswith("MÅL LÄSÅRET") and not row[column].text.strip():
                row[column].text = f"Skolans eget mål {done + 1}."
            if text == "Ansvarig":
                row[column].text = f"Rektor {done + 1}"
            if text == "Fokusområde":
                row[column].text = f"Eget fokus {done + 1}"
        done += 1
    assert done >= 4, (path, done)
    document.save(name)
PY
"$malkedja" sk collect --no-provenance titled-filled.docx -o titled.xml 2>/dev/null || true
"$malkedja" sk collect --no-provenance focus-filled.docx -o focus.xml 2>/dev/null || true
for xml in titled.xml focus.xml; do
    for n in 1 2 3 4; do
        grep -qF "Insatsen $n gav resultat." "$xml" || fail "$xml: the school's efforts of table $n are not read"
        grep -A2 'rule="MK021"' "$xml" | grep -qF "cellen innehåller &quot;Rektor $n&quot;" ||
            grep -A2 'rule="MK021"' "$xml" | grep -qF "cellen innehåller \"Rektor $n\"" ||
            fail "$xml: the Ansvarig text of table $n is neither read nor reported (MK021)"
    done
done
for n in 1 2 3 4; do
    grep -qF "focus-area=\"Eget fokus $n\"" focus.xml || fail "focus.xml: the Fokusområde cell of table $n is not the goal's focus area"
done
echo "sk goal table layouts: ok"
