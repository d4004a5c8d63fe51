#!/usr/bin/env bash
# The same table saved by different tools reads the same: the .ods and LibreOffice .xlsx twins give
# exactly the output of the openpyxl .xlsx, and so do the LibreOffice .xls twins (tests/data/xls),
# merged ranges included; the .csv twins give the same texts at the same places.
# Usage: test_cells_twins.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"

cells() {  # cells FILE OUTPUT: malkedja's output, or a failure note
  if ! "$malkedja" cells --all-sheets "$1" >"$2" 2>"$work/error"; then
    fail "$1: malkedja failed: $(cat "$work/error")"
    return 1
  fi
  if [[ ! -s "$2" ]]; then
    fail "$1: no cells at all"
    return 1
  fi
}

compare() {  # compare DESCRIPTION EXPECTED ACTUAL
  if diff -u --label "$2" --label "$3" "$work/expected" "$work/actual"; then
    echo "ok   $1"
  else
    fail "$1: differs (above)"
  fi
}

# Same cells, types, values, sheet names and merged ranges.
for pair in uppfoljning/verksamhetsplan-2019.xlsx:uppfoljning/verksamhetsplan-2019.ods \
            uppfoljning/verksamhetsplan-2019.xlsx:uppfoljning/verksamhetsplan-2019.libreoffice.xlsx \
            uppfoljning/atagande-2018.xlsx:uppfoljning/atagande-2018.ods; do
  expected=${pair%%:*}
  actual=${pair#*:}
  cells "$fixtures/$expected" "$work/expected" && cells "$fixtures/$actual" "$work/actual" &&
    compare "$actual is $expected" "$expected" "$actual"
done

# A CSV holds the first sheet only, as text: its sheet is named after the file, every cell is `s`,
# and it has no merged ranges. So compare the place and the text (columns 2 and 4) of the first
# sheet's cells. The texts agree in full here, number and date cells included: the only non-text
# cell of these files is the date B1 of atagande-2018, which LibreOffice wrote as "2018-01-23",
# the reader's ISO form.
for pair in uppfoljning/atagande-2018.xlsx:uppfoljning/atagande-2018.csv skolor/skolor.xlsx:skolor/skolor.csv; do
  expected=${pair%%:*}
  actual=${pair#*:}
  if cells "$fixtures/$expected" "$work/expected.all" && cells "$fixtures/$actual" "$work/actual.all"; then
    first_sheet=$(head -n1 "$work/expected.all" | cut -f1)
    awk -F'\t' -v sheet="$first_sheet" '$1 == sheet && $2 != "merge" { print $2 "\t" $4 }' \
      "$work/expected.all" >"$work/expected"
    cut -f2,4 "$work/actual.all" >"$work/actual"
    if awk -F'\t' '$3 != "s"' "$work/actual.all" | grep -q .; then
      echo "FAIL $actual: a CSV cell that is not a string:"
      awk -F'\t' '$3 != "s"' "$work/actual.all" | head -n5
      failed=1
    fi
    compare "$actual has the texts of $expected" "$expected (first sheet)" "$actual"
  fi
done
# Legacy .xls (LibreOffice's "MS Excel 97" filter): every cell with its type and value, and the
# merged ranges (read from the records, which FreeXL leaves out).
for stem in verksamhetsplan-2019 atagande-2018; do
  if cells "$fixtures/uppfoljning/$stem.xlsx" "$work/expected" && cells "$here/../data/xls/$stem.xls" "$work/actual"; then
    compare "$stem.xls has the cells of $stem.xlsx" "$stem.xlsx" "$stem.xls"
  fi
done
exit "$failed"
