#!/usr/bin/env bash
# `malkedja check` on spreadsheets made by openpyxl (make_rule_inputs.py), one per rule, and on the
# fixtures: each finding's rule, severity and place (JSON), the exit status (1 exactly when there is a
# finding of severity fel), CSV output (UTF-8 with BOM, ';'), English messages with --lang en, and
# `import --check` writing the findings into XML that validates.
# Usage: test_check_rules.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"

# expect_findings INPUT "CHECK OPTIONS" [--suggestion TEXT] [RULE:SEVERITY:LOCATION...]
# Runs check --format json and compares its findings, in order, with the expected ones; the exit
# status must be 1 when one of them is fel and 0 otherwise. With --suggestion, the first finding's
# suggestion must contain TEXT.
expect_findings() {
  local input=$1 options=$2 suggestion=""
  shift 2
  if [[ ${1:-} == --suggestion ]]; then
    suggestion=$2
    shift 2
  fi
  local name
  name="$(basename "$input") $options"
  # shellcheck disable=SC2086  # options are words
  "$malkedja" check "$input" $options --format json >"$work/out.json" 2>"$work/error"
  local status=$?
  if ! /usr/bin/python3 -c '
import json, sys
path, status, input_file, suggestion, *expected = sys.argv[1:]
findings = json.load(open(path))["findings"]
got = [":".join((f["rule"], f["severity"], f["location"])) for f in findings]
problems = []
if got != expected:
    problems.append("findings %s, expected %s" % (got, expected))
for f in findings:
    if f["file"] != input_file or not f["message"]:
        problems.append("finding without its file or a message: %s" % f)
if suggestion and (not findings or suggestion not in findings[0]["suggestion"]):
    problems.append("no suggestion naming %r: %s" % (suggestion, [f["suggestion"] for f in findings]))
has_fel = any(f["severity"] == "fel" for f in findings)
if int(status) != (1 if has_fel else 0):
    problems.append("exit status %s, has a finding of severity fel: %s" % (status, has_fel))
print("; ".join(problems))
sys.exit(1 if problems else 0)
' "$work/out.json" "$status" "$input" "$suggestion" "$@" >"$work/problems"; then
    fail "$name: $(cat "$work/problems") $(cat "$work/error")"
  else
    echo "ok   $name: ${*:-no findings}"
  fi
}

if ! /usr/bin/python3 "$here/make_rule_inputs.py" "$work/in"; then
  echo "FAIL make_rule_inputs.py failed"
  exit 1
fi
in=$work/in

# The chain the follow-up goals are checked against: the nämndmål of a work plan.
if ! "$malkedja" import "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx" -o "$work/chain.xml" 2>"$work/error"; then
  fail "importing the work plan as a chain: $(cat "$work/error")"
fi

# One rule per input.
expect_findings "$in/goal-not-in-chain.xlsx" "--chain $work/chain.xml" \
  --suggestion "Grundskolenämnden har en ekonomi i balans" MK001:fel:Blad1!A6
expect_findings "$in/namndmal-without-kf.xlsx" "" MK002:varning:Blad1!B4
expect_findings "$in/goal-without-activity.xlsx" "" MK003:varning:Blad1!A5
expect_findings "$in/status-typo.xlsx" "" --suggestion "Pågående" MK004:fel:Blad1!D4
expect_findings "$in/deviation-without-comment.xlsx" "" MK005:fel:Blad1!E5
expect_findings "$in/status-regression.xlsx" "" MK006:varning:Blad1!E5
expect_findings "$in/planned-quarter-passed.xlsx" "--as-of 2019-10-31" MK007:varning:Blad1!B4
expect_findings "$in/planned-quarter-passed.xlsx" ""
expect_findings "$in/same-activity-two-goals.xlsx" "" MK008:info:Blad1!B5
expect_findings "$in/activity-without-plan.xlsx" "" MK009:info:Blad1!B5

# The fixtures: no fel. verksamhetsplan-2019, written in autumn 2019, has 8 activities past their
# quarter, 2 activity texts under two goals and 1 activity without a quarter (fixtures README).
sheet="Uppföljning 2019"
for twin in verksamhetsplan-2019.xlsx verksamhetsplan-2019.libreoffice.xlsx verksamhetsplan-2019.ods; do
  expected=()
  for row in 26 43 44 45 49 53 55 56; do expected+=("MK007:varning:$sheet!B$row"); done
  expected+=("MK008:info:$sheet!B19" "MK008:info:$sheet!B38" "MK009:info:$sheet!B20")
  expect_findings "$fixtures/uppfoljning/$twin" "--as-of 2019-10-31" "${expected[@]}"
done
for twin in atagande-2018.xlsx atagande-2018.ods atagande-2018.csv; do
  expect_findings "$fixtures/uppfoljning/$twin" ""
done
for plan in "$fixtures"/malkedja/*; do
  "$malkedja" check "$plan" --format json >"$work/plan.json" 2>"$work/error"
  status=$?
  if [[ $status -ne 0 ]] || grep -q '"severity": "fel"' "$work/plan.json"; then
    fail "$(basename "$plan"): exit status $status, a fel or an error: $(cat "$work/error")"
  else
    echo "ok   $(basename "$plan"): no fel"
  fi
done

# CSV: UTF-8 with BOM, ';' between the same columns as JSON.
"$malkedja" check "$in/status-typo.xlsx" --format csv >"$work/out.csv"
if [[ $(head -c3 "$work/out.csv" | od -An -tx1 | tr -d ' ') != efbbbf ]]; then
  fail "--format csv does not start with the UTF-8 BOM"
fi
if /usr/bin/python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
assert rows[0] == ["rule", "severity", "file", "location", "message", "suggestion"], rows[0]
assert len(rows) == 2 and rows[1][:2] == ["MK004", "fel"] and rows[1][3] == "Blad1!D4", rows
assert "Pågånde" in rows[1][4] and "Pågående" in rows[1][5], rows[1]
' "$work/out.csv"; then
  echo "ok   --format csv: BOM, ';', the finding"
else
  fail "--format csv: $(cat "$work/out.csv")"
fi

# English messages.
"$malkedja" check "$in/status-typo.xlsx" --format json --lang en >"$work/en.json"
if /usr/bin/python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))["findings"][0]
assert f["message"] == "unknown status word \"Pågånde\" for the activity \"Utveckla modell för introduktion för lärare\"", f
assert f["suggestion"] == "did you mean \"Pågående\"?", f
' "$work/en.json"; then
  echo "ok   --lang en: English message and suggestion"
else
  fail "--lang en: $(cat "$work/en.json")"
fi

# import --check: the findings go into the XML, which validates and reads back to the same bytes.
for provenance in "" --no-provenance; do
  # shellcheck disable=SC2086  # an empty option is no word
  if "$malkedja" import "$in/status-typo.xlsx" --check $provenance -o "$work/checked.xml" 2>"$work/error"; then
    if ! grep -q '<finding rule="MK004" severity="fel"' "$work/checked.xml" ||
       ! grep -q '<suggestion>menade du "Pågående"?</suggestion>' "$work/checked.xml"; then
      fail "import --check $provenance: no MK004 finding in the XML"
    elif [[ -z $provenance ]] && ! grep -q 'sheet="Blad1" cell="D4"' "$work/checked.xml"; then
      fail "import --check: the finding's place is not in the XML"
    else
      echo "ok   import --check $provenance: the finding is in the XML"
    fi
    validates "$work/checked.xml" "import --check $provenance"
    # shellcheck disable=SC2086
    if ! "$malkedja" import "$work/checked.xml" $provenance -o "$work/again.xml" 2>/dev/null ||
       ! cmp -s "$work/checked.xml" "$work/again.xml"; then
      fail "import --check $provenance: XML → import → XML differs"
    fi
  else
    fail "import --check $provenance failed: $(cat "$work/error")"
  fi
done
"$malkedja" import "$in/status-typo.xlsx" -o "$work/unchecked.xml" 2>/dev/null
grep -q '<findings' "$work/unchecked.xml" && fail "import without --check wrote findings"
exit "$failed"
