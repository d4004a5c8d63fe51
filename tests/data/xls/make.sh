#!/usr/bin/env bash
# Writes the legacy Excel 97–2003 (.xls, BIFF8) files the .xls reader tests use, with LibreOffice's
# "MS Excel 97" filter, beside this script. Run it from any folder:
#   bash tests/data/xls/make.sh [FIXTURES]   (FIXTURES: default ../shared/fixtures beside the repository)
# - atagande-2018.xls, verksamhetsplan-2019.xls: the seed follow-ups (both layouts), whose
#   --no-provenance import equals that of their .xlsx twins;
# - features.xls, date1904.xls: tests/data/xlsx/make.py's openpyxl files (dates, times, numbers,
#   booleans, errors, a merge, hidden sheets; the 1904 date system);
# - formulas.xls, long-text.xls: make_formulas.py's openpyxl files of formulas of every result kind,
#   fills, a merge and a hidden sheet, and of texts longer than a record;
# - traffic-lights.xls, indicators.xls, schools.xls, long-comments.xls: make_follow_ups.py's
#   follow-ups as a förvaltning's old .xls holds them (their openpyxl .xlsx stay here as twins);
# - booleans.xls: make_xlwt.py's booleans and errors as BOOLERR records (xlwt writes them as Excel does).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(realpath "${1:-$here/../../../../shared/fixtures}")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

convert() {  # convert FILE...: LibreOffice writes FILE as .xls into this folder
  soffice -env:UserInstallation="file://$profile" --headless --convert-to 'xls:MS Excel 97' --outdir "$here" "$@"
}

convert "$fixtures/uppfoljning/atagande-2018.xlsx" "$fixtures/uppfoljning/verksamhetsplan-2019.xlsx"
convert "$here/../xlsx/features.xlsx" "$here/../xlsx/date1904.xlsx"
/usr/bin/python3 "$here/make_formulas.py" "$profile"
convert "$profile/formulas.xlsx" "$profile/long-text.xlsx"
/usr/bin/python3 "$here/make_follow_ups.py" "$here"
convert "$here"/{traffic-lights,indicators,schools,long-comments}.xlsx
/usr/bin/python3 "$here/make_xlwt.py" "$here/booleans.xls"
