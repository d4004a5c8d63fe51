#!/usr/bin/env bash
# Status as data (issue 13): follow-ups whose statuses are traffic-light words, words with text
# after them, goal evaluations, abbreviations and misspellings, fill colours (plain and Excel theme
# colours with a tint), symbols, legends on the sheet, the user's own words (samples/statusord.csv)
# and empty status cells, each made by openpyxl and converted by LibreOffice to .ods and back to
# .xlsx, and one written by LibreOffice itself with a legend beside the table (make_status_variants.py). Each twin must give the statuses a person reading it gives
# (per status column, by canonical value), the empty cells, the assumed lights, the legend in the
# import summary, and the findings of `check` (rule, severity, place, suggestion); and each exported
# as .xlsx, .ods and .csv must import back as the same XML.
# Usage: test_status_variants.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"
requires soffice xmllint -- openpyxl uno

if ! /usr/bin/python3 "$here/make_status_variants.py" "$fixtures" "$work/in"; then
  echo "FAIL make_status_variants.py failed"
  exit 1
fi
# LibreOffice's twins of the openpyxl files: .ods, and that .ods saved as .xlsx again.
converts ods "$work/ods" "$work/in"/status-*.xlsx || exit 1
for ods in "$work/ods"/*.ods; do mv "$ods" "$work/in/$(basename "$ods" .ods).libreoffice.ods"; done
converts xlsx "$work/xlsx" "$work/in"/*.libreoffice.ods || exit 1
mv "$work/xlsx"/*.xlsx "$work/in/"

# check_run FILE RUN_JSON: imports and checks one twin and compares with the run's expectations.
check_run() {
  local file=$1 run=$2 options check_options
  options=$(/usr/bin/python3 -c 'import json, sys; print("\n".join(json.loads(sys.argv[1])["options"]))' "$run")
  check_options=$(/usr/bin/python3 -c 'import json, sys; print("\n".join(json.loads(sys.argv[1])["check_options"]))' "$run")
  local import_args=() check_args=()
  [[ -n $options ]] && mapfile -t import_args <<<"$options"
  [[ -n $check_options ]] && mapfile -t check_args <<<"$check_options"
  if ! "$malkedja" import "$file" "${import_args[@]}" -o "$work/out.xml" 2>"$work/summary"; then
    fail "$(basename "$file"): import failed: $(cat "$work/summary")"
    return
  fi
  validates "$work/out.xml" "$(basename "$file")"
  "$malkedja" check "$file" "${import_args[@]}" "${check_args[@]}" --format json >"$work/check.json" 2>"$work/error"
  local status=$?
  if /usr/bin/python3 - "$run" "$work/out.xml" "$work/summary" "$work/check.json" "$status" >"$work/problems" <<'EOF'
import json, sys
import xml.etree.ElementTree as ET
run, xml_path, summary_path, check_path, status = json.loads(sys.argv[1]), *sys.argv[2:]
ns = {"m": "urn:x-malkedja:normalized:1"}
statuses = ET.parse(xml_path).getroot().findall("m:activities/m:activity/m:status", ns)
summary = open(summary_path, encoding="utf-8").read()
findings = json.load(open(check_path, encoding="utf-8"))["findings"]
problems = []
if "without_mapping" in run:
    unknown = [f for f in findings if f["rule"] == "MK004"]
    if len(unknown) != run["without_mapping"]:
        problems.append("%d MK004 findings without the mapping, expected %d" % (len(unknown), run["without_mapping"]))
else:
    counts, missing, assumed = {}, {}, 0
    for s in statuses:
        label = s.get("label", "")
        if s.get("word"):
            counts.setdefault(label, {})
            counts[label][s.get("value")] = counts[label].get(s.get("value"), 0) + 1
        else:
            missing[label] = missing.get(label, 0) + 1
        assumed += s.get("assumed") == "true"
    for what, got, expected in (("statuses", counts, run["counts"]), ("empty cells", missing, run["missing"]),
                                ("assumed", assumed, run["assumed"])):
        if got != expected:
            problems.append("%s %s, expected %s" % (what, got, expected))
    if run["legend"] != ("teckenförklaring i" in summary):
        problems.append("the summary %s a legend: %s" % ("names no" if run["legend"] else "names", summary))
    if (run["assumed"] > 0) != ("antog trafikljusens betydelse" in summary):
        problems.append("the summary does not say what it assumed: %s" % summary)
    got = [":".join((f["rule"], f["severity"], f["location"])) for f in findings]
    expected = [f.split("|")[0] for f in run["findings"]]
    if got != expected:
        problems.append("findings %s, expected %s" % (got, expected))
    else:
        for f, e in zip(findings, run["findings"]):
            want = e.split("|")[1] if "|" in e else ""
            if want.startswith("!") and want[1:] in f["suggestion"]:
                problems.append("%s suggests %r" % (f["location"], f["suggestion"]))
            elif want and not want.startswith("!") and want not in f["suggestion"]:
                problems.append("%s suggests %r, expected %r" % (f["location"], f["suggestion"], want))
    if "okänd" in summary and not any(c.get("unknown") for c in run["counts"].values()):
        problems.append("the summary counts unknown statuses: %s" % summary)
has_fel = any(f["severity"] == "fel" for f in findings)
if int(status) != (1 if has_fel else 0):
    problems.append("check exit status %s, a finding of severity fel: %s" % (status, has_fel))
print("; ".join(problems))
sys.exit(1 if problems else 0)
EOF
  then
    echo "ok   $(basename "$file") ${import_args[*]}"
  else
    fail "$(basename "$file") ${import_args[*]}: $(cat "$work/problems") $(cat "$work/error")"
  fi
}

# round_trip FILE OPTIONS...: import(export(x)) gives the same normalized XML for .xlsx, .ods and
# .csv: the report keeps the words, colours and empty cells, and explains what a legend defined.
round_trip() {
  local file=$1 format
  shift
  "$malkedja" import "$file" "$@" --no-provenance -o "$work/rt.xml" 2>/dev/null || { fail "$file: import"; return; }
  for format in xlsx ods csv; do
    if ! "$malkedja" export "$work/rt.xml" -o "$work/rt.$format" 2>/dev/null ||
      ! "$malkedja" import "$work/rt.$format" --no-provenance -o "$work/rt.$format.xml" 2>/dev/null; then
      fail "$(basename "$file"): export to .$format and import"
    elif ! cmp -s "$work/rt.xml" "$work/rt.$format.xml"; then
      fail "$(basename "$file"): .$format does not read back the same: $(diff "$work/rt.xml" "$work/rt.$format.xml" | head -6)"
    else
      echo "ok   $(basename "$file") $*: the exported .$format reads back the same"
    fi
  done
}

runs=$(/usr/bin/python3 -c 'import json, sys; [print(json.dumps(r, ensure_ascii=False)) for r in json.load(open(sys.argv[1]))]' \
  "$work/in/expected.json")
while IFS= read -r run; do
  twins=$(/usr/bin/python3 -c 'import json, sys; print("\n".join(json.loads(sys.argv[1])["twins"]))' "$run")
  while IFS= read -r twin; do
    check_run "$work/in/$twin" "$run"
  done <<<"$twins"
  if ! /usr/bin/python3 -c 'import json, sys; sys.exit("without_mapping" in json.loads(sys.argv[1]))' "$run"; then
    continue
  fi
  options=$(/usr/bin/python3 -c 'import json, sys; print("\n".join(json.loads(sys.argv[1])["options"]))' "$run")
  round_trip_args=()
  [[ -n $options ]] && mapfile -t round_trip_args <<<"$options"
  round_trip "$work/in/$(head -1 <<<"$twins")" "${round_trip_args[@]}"
done <<<"$runs"

# A --statusord file whose row means no status stops the run: exit status 2, the file and the row
# named, nothing written.
printf 'Ord;Status\nI mål;done\nRisk;farligt\n' >"$work/bad-words.csv"
"$malkedja" import "$work/in/status-own-words.xlsx" --statusord "$work/bad-words.csv" -o "$work/bad.xml" 2>"$work/bad.err"
status=$?
if [[ $status -ne 2 ]] || [[ -e $work/bad.xml ]] ||
  ! grep -q "bad-words.csv: rad 3: \"Risk\" ska betyda \"farligt\", som inte är någon status" "$work/bad.err"; then
  fail "a bad --statusord file: exit status $status, $(cat "$work/bad.err")"
else
  echo "ok   a bad --statusord file is refused naming its row"
fi
exit "$failed"
