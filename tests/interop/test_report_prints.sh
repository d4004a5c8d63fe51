#!/usr/bin/env bash
# The report workbook prints as a controller expects: each sheet landscape on A4, scaled to one page
# across, its header row repeated on every page. openpyxl reads the .xlsx's page setup and print
# titles, jing finds the .ods valid ODF 1.3, and LibreOffice prints the 30 activities of a seed
# follow-up on a handful of pages (31 pages before, one activity a page).
# Usage: test_report_prints.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
skip_when_sanitized
requires soffice jing -- openpyxl
input=$fixtures/uppfoljning/atagande-2018.xlsx
for format in xlsx ods; do
  "$malkedja" export "$input" -o "$work/report-$format.$format" >/dev/null || fail "export to .$format failed"
done

/usr/bin/python3 - "$work/report-xlsx.xlsx" <<'PY' || fail "the .xlsx does not print landscape, fitted, with its header"
import sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
for sheet in book:
    setup, fit = sheet.page_setup, sheet.sheet_properties.pageSetUpPr
    header = sheet.freeze_panes and int(sheet.freeze_panes[1:]) - 1
    found = (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight, fit and fit.fitToPage,
             sheet.print_title_rows)
    wanted = ("landscape", 9, 1, 0, True, f"${header}:${header}")
    print(("ok  " if found == wanted else "FAIL"), sheet.title, found)
    if found != wanted:
        sys.exit(1)
PY
odf_valid content.xml styles.xml -- "$work/report-ods.ods"
headers=$(unzip -p "$work/report-ods.ods" content.xml | grep -o "<table:table-header-rows>" | wc -l)
((headers == 3)) || fail "the .ods repeats $headers header rows, not one on each of its 3 sheets"

converts pdf "$work/pdf" "$work/report-xlsx.xlsx" "$work/report-ods.ods"
for pdf in "$work"/pdf/*.pdf; do
  pages=$(/usr/bin/python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page[^s]", open(sys.argv[1], "rb").read())))' "$pdf")
  if ((pages >= 1 && pages <= 8)); then
    echo "ok   $(basename "$pdf"): $pages pages"
  else
    fail "$(basename "$pdf"): $pages pages, not 1 to 8"
  fi
done
exit "$failed"
