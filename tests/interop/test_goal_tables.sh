#!/usr/bin/env bash
# Goal-chain tables in documents, used as a new user would: the work plans of tests/data/docx whose
# goals are a Word table (python-docx, and LibreOffice's .odt of each) import to the same XML from
# either format (--no-provenance), valid against the schema, with the goals per level the summary
# counts; check and export .html read them. The SK template imports as a chain of 5 KF goals over
# its 6 SKA nämndmål, and the SK documents generated from the template's and the work plan's chain
# show the KF goals in their Kommunfullmäktigemål column, .docx (python-docx) and .odt alike.
# Usage: test_goal_tables.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires soffice -- docx
data=$here/../data/docx
cd "$work" || exit 1

# imports NAME SUMMARY: both formats of the work plan NAME import to one XML whose summary says SUMMARY.
imports() {
  local name=$1 summary=$2 format
  for format in docx odt; do
    if ! "$malkedja" import "$data/$name.$format" --no-provenance -o "$name.$format.xml" 2>"$name.$format.txt"; then
      fail "$name.$format: import failed: $(cat "$name.$format.txt")"
      return
    fi
    validates "$name.$format.xml"
    grep -qF "$summary" "$name.$format.txt" || fail "$name.$format: the summary does not say \"$summary\": $(cat "$name.$format.txt")"
  done
  if cmp -s "$name.docx.xml" "$name.odt.xml"; then
    echo "ok   $name: .docx and .odt give the same XML ($summary)"
  else
    fail "$name: .docx and .odt differ:"
    diff "$name.docx.xml" "$name.odt.xml" | head -n 20
  fi
}
imports arbetsplan-tabell "mål: 3 nämnd"
grep -q 'aktiviteter: 6' arbetsplan-tabell.docx.txt || fail "arbetsplan-tabell: not 6 activities"
imports arbetsplan-kf-tabell "mål: 2 KF, 3 nämnd"
grep -q 'aktiviteter: 4' arbetsplan-kf-tabell.docx.txt || fail "arbetsplan-kf-tabell: not 4 activities"
[[ $(grep -c '<responsible>' arbetsplan-kf-tabell.docx.xml) == 4 ]] || fail "arbetsplan-kf-tabell: not 4 responsibles"
grep -q 'word="Ej påbörjad" value="not_started"' arbetsplan-kf-tabell.docx.xml || fail "arbetsplan-kf-tabell: no status"

# check: the plan's nämndmål have their KF goals (no MK002); its passed quarter is found at its cell.
failed_before=$failed
"$malkedja" check "$data/arbetsplan-kf-tabell.odt" --as-of 2025-08-01 >check.txt
status=$?
((status == 0)) || fail "check exited $status: $(cat check.txt)"
grep -q MK002 check.txt && fail "check: a nämndmål without a KF goal: $(cat check.txt)"
grep -q 'MK007 .*tabell 1, rad 4, kolumn 3' check.txt || fail "check: no passed quarter at its cell: $(cat check.txt)"
((failed == failed_before)) && echo "ok   check: $(tail -n1 check.txt)"

# export .html: the chain with its KF goal over its nämndmål and activity.
if "$malkedja" export "$data/arbetsplan-kf-tabell.docx" -o plan.html 2>/dev/null; then
  for text in "Huddinge kommun har en sund och uthållig ekonomi" "Grundskolenämnden har en ekonomi i balans" \
    "Månatlig budgetuppföljning per enhet"; do
    grep -qF "$text" plan.html || fail "plan.html lacks \"$text\""
  done
  ((failed == failed_before)) && echo "ok   export .html: the table's chain is in the report"
else
  fail "export .html failed"
fi

# The SK template alone is a chain: its SKA-mål table of 2023 gives 5 KF goals and 6 SKA nämndmål.
"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.odt" -o template.xml 2>template.txt || fail "template import failed"
validates template.xml
grep -q 'mål: 5 KF, 6 nämnd' template.txt || fail "template: $(cat template.txt)"
[[ $(grep -c '<goal .*level="namnd" parent=.*ska="true"' template.xml) == 6 ]] || fail "template: not 6 SKA nämndmål under KF goals"

# The demo's chain (template, then the work plan) fills the Kommunfullmäktigemål column of every
# generated SK document.
"$malkedja" import "$fixtures/sk/sk-mall-2023-2024.docx" "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" \
  -o chain.xml 2>/dev/null || fail "chain import failed"
mkdir out
"$malkedja" sk generate --template "$fixtures/sk/sk-mall-2023-2024.docx" --template "$fixtures/sk/sk-mall-2023-2024.odt" \
  --format both --chain chain.xml --schools "$fixtures/skolor/skolor.csv" --lasar 2024/25 -o out 2>/dev/null ||
  fail "sk generate failed"
heading="BILAGA 5 - SKA-MÅL - GRUNDSKOLENÄMNDENS MÅL 2024"
/usr/bin/python3 "$here/docx_table_after.py" out/Björkskolan.docx "$heading" | cut -d'|' -f1 | sed 1d | uniq >docx-kf.txt
"$malkedja" blocks out/Björkskolan.odt | awk -v h="heading 2 \"$heading\"" '$0 == h {f = 1; next} f && /^heading/ {f = 0} f' |
  awk '/^    cell 1 /{c = 1; next} c && /^      paragraph/ {sub(/^[^"]*"/, ""); sub(/"$/, ""); print} {c = 0}' | sed 1d >odt-kf.txt
expected="En trygg och lyckad skolgång lägger grunden för framtiden
Huddinges välfärd håller hög kvalitet
Värna biologisk mångfald och god vattenstatus
Huddinge kommun har en sund och uthållig ekonomi
Huddinge kommun är en attraktiv arbetsgivare"
for format in docx odt; do
  if [[ $(head -n5 "$format-kf.txt") == "$expected" ]]; then
    echo "ok   sk generate .$format: the Kommunfullmäktigemål column holds the 5 KF goals"
  else
    fail "sk generate .$format: the Kommunfullmäktigemål column holds: $(cat "$format-kf.txt")"
  fi
done
exit "$failed"
