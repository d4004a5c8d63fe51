#!/usr/bin/env bash
# The shares of the report's summary sheet are numbers an office program computes with:
# - openpyxl reads every share of the exported .xlsx as a float from 0 to 1 with a number format
#   holding '%', and every activity count as an integer;
# - LibreOffice's CSV of the exported .ods (its first sheet, the summary) shows them as numbers
#   formatted 93 %;
# - the .ods with its percentage style stays valid strict ODF 1.3;
# - kept fields the source showed as percentages (tests/data/variants/percent-columns.xlsx: "0%" and
#   "0.0%" columns beside a plain number column) stay percentages: openpyxl reads their fractions
#   with a percent format of the decimals each needs (0 %, 0.0 %) in the exported .xlsx and the plain
#   numbers with none, LibreOffice shows them as 50 % and 92,5 % in the exported .ods, and the .html
#   says "Andel klar: 50 %" and "Närvaro: 92,5 %".
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

kept=$here/../data/variants/percent-columns.xlsx
for format in xlsx ods html; do
  "$malkedja" export "$kept" -o "kept.$format" 2>"$work/error" || fail "export of kept percentages to .$format: $(cat "$work/error")"
done
if "$python" -c '
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1])["Uppföljning"]
rows = list(sheet.iter_rows(values_only=False))
top = next(i for i, r in enumerate(rows) if "Aktivitet" in [c.value for c in r])
header = [c.value for c in rows[top]]
def column(name):
    at = header.index(name)
    return [(r[at].value, r[at].number_format) for r in rows[top + 1:] if r[at].value is not None]
want = [(0.5, "0 %"), (1, "0 %"), (0.125, "0.0 %")]
got = column("Andel klar")
shown = column("Närvaro")
plain = [(v, "%" in f) for v, f in column("Antal elever")]
ok = got == want and shown == [(0.925, "0.0 %"), (0.9, "0 %")] and plain == [(120, False), (80, False), (0.5, False)]
sys.exit(0 if ok else f"{got} {shown} {plain}")' kept.xlsx 2>"$work/error"; then
  echo "ok   kept.xlsx: openpyxl reads kept percentages as fractions with a percent format of the decimals they need, plain numbers without"
else
  fail "kept.xlsx: $(tail -1 "$work/error")"
fi
if converts "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,true,true,true,false,false,2" csv kept.ods; then
  if grep -qE '"Utveckling av elevhälsan";"Pågående";50 %;92[.,]5 %;120' csv/kept-Uppföljning.csv; then
    echo "ok   kept.ods: LibreOffice shows the kept percentages as 50 % and 92,5 %"
  else
    fail "kept.ods: LibreOffice shows the row as: $(grep elevhälsan csv/kept-Uppföljning.csv)"
  fi
fi
for line in "Andel klar: 50 %" "Närvaro: 92,5 %" "Antal elever: 0,5"; do
  grep -q "$line" kept.html || fail "kept.html has no \"$line\""
done
odf_valid content.xml styles.xml -- report.ods kept.ods

exit $failed
