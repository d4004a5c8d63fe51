#!/usr/bin/env bash
# The status columns of the report's .docx and .odt are wide enough for their words: LibreOffice
# prints the report of a follow-up to PDF, and pdftotext finds no status word broken across two
# lines ("Genom" / "fört").
# Usage: test_report_status_words.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
python=/usr/bin/python3

skip_when_sanitized
requires soffice pdftotext

cd "$work" || exit 1
source=$fixtures/uppfoljning/atagande-2018.xlsx
for format in docx odt; do
  "$malkedja" export "$source" -o "report-$format.$format" 2>"$work/error" ||
    fail "export to .$format: $(cat "$work/error")"
done
if converts pdf pdf report-docx.docx report-odt.odt; then
  for format in docx odt; do
    if ! pdftotext "pdf/report-$format.pdf" "report-$format.txt" 2>"$work/error"; then
      fail "report.$format: pdftotext cannot read its PDF: $(cat "$work/error")"
    elif "$python" "$here/pdf_split_words.py" "report-$format.txt" >split && [[ -s split ]]; then
      fail "report.$format: status words broken across lines: $(head -3 split)"
    elif ! grep -q Genomfört "report-$format.txt"; then
      fail "report.$format: its PDF shows no whole status word"
    else
      echo "ok   report.$format: no status word is broken across lines in its PDF"
    fi
  done
fi

exit $failed
