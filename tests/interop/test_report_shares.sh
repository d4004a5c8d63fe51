#!/usr/bin/env bash
# The shares of the report's summary sheet are numbers an office program computes with:
# - openpyxl reads every share of the exported .xlsx as a float from 0 to 1 with a number format
#   holding '%', and every activity count as an integer;
# - LibreOffice's CSV of the exported .ods (its first sheet, the summary) shows them as numbers
#   formatted 93 %;
# - the .ods with its percentage style stays valid strict ODF 1.3.
# Usage: test_report_shares.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
python=/usr/bin/python3

requires soffice jing -- openpyxl

cd "$work" || exit 1
source=$fixtures/uppfoljning/atagande-2018.xlsx
for format in xlsx ods; do
  "$malkedja" export "$source" -o "report.$format" 2>"$work/error" || fail "export to .$format: $(cat "$work/error")"
done

if ! "$python" "$here/openpyxl_shares.py" report.xlsx >shares 2>"$work/error"; then
  fail "openpyxl cannot read report.xlsx: $(tail -3 "$work/error")"
elif ! awk -F'\t' '$2 < 0 || $2 > 1 || $3 !~ /%/ { print; bad = 1 } END { exit bad || NR == 0 }' shares >bad; then
  fail "report.xlsx: shares that are no float from 0 to 1 with a percent format (or none): $(head -5 bad)"
else
  echo "ok   report.xlsx: openpyxl reads $(wc -l <shares) shares as floats from 0 to 1 with a percent format"
fi
"$python" -c '
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1])["Sammanfattning"]
header = next(r for r in sheet.iter_rows() if any(c.value == "Antal aktiviteter" for c in r))
column = next(c.column for c in header if c.value == "Antal aktiviteter")
counts = [sheet.cell(row, column).value for row in range(header[0].row + 1, sheet.max_row + 1)]
sys.exit(not all(isinstance(v, int) for v in counts if v is not None))' report.xlsx ||
  fail "report.xlsx: an activity count that openpyxl does not read as an integer"

if converts "csv:Text - txt - csv (StarCalc):59,34,76,1" csv report.ods; then
  # LibreOffice quotes text cells and writes numbers as shown, unquoted: a share is 93 %, not "93 %".
  total=$(grep '^"Totalt";' csv/report.csv)
  if [[ $total =~ \;93\ %\; ]]; then
    echo "ok   report.ods: LibreOffice shows the total share done as the number 93 %"
  else
    fail "report.ods: LibreOffice shows the total as: $total"
  fi
  if grep -qE ';0[.,][0-9]+;' csv/report.csv; then
    fail "report.ods: LibreOffice shows a share as a bare fraction: $(grep -E ';0[.,][0-9]+;' csv/report.csv | head -2)"
  fi
fi
odf_valid content.xml styles.xml -- report.ods

exit $failed
