#!/usr/bin/env bash
# The same follow-up content imports to the same bytes, whatever tool wrote it and however its table
# is laid out: every twin of a fixture (.xlsx by openpyxl, .xlsx re-saved by LibreOffice, .ods, .csv,
# .xls by LibreOffice's "MS Excel 97" filter in tests/data/xls)
# and every variant of make_follow_up_variants.py, imported with --no-provenance, gives exactly the
# XML of the openpyxl .xlsx, apart from its notes (the lines outside the tables: a variant's added
# line, or a .csv's legend, which has no fill colours that make it one, is kept as a note of its
# own). The .xls twins, merged goal cells and a legend of coloured cells included, give the very same
# bytes, notes included. Every output validates against schema/malkedja.xsd (xmllint),
# and XML → import → XML gives the same bytes.
# Usage: test_import_equivalence.sh MALKEDJA FIXTURES
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh" "$@"

import() {  # import INPUT OUTPUT: --no-provenance import, or a failure note
  if ! "$malkedja" import "$1" -o "$2" --no-provenance 2>"$work/error"; then
    fail "$(basename "$1"): import failed: $(cat "$work/error")"
    return 1
  fi
}

without_notes() {  # without_notes XML: the document without its notes element
  sed '/^  <notes>$/,/^  <\/notes>$/d' "$1"
}

round_trip() {  # round_trip XML: importing the XML again gives the same bytes
  import "$1" "${1%.xml}.again.xml" || return
  cmp -s "$1" "${1%.xml}.again.xml" ||
    { fail "$(basename "$1"): XML → import → XML differs:"; diff "$1" "${1%.xml}.again.xml" | head -n 20; }
}

if ! /usr/bin/python3 "$here/make_follow_up_variants.py" "$fixtures" "$work/variants"; then
  echo "FAIL make_follow_up_variants.py failed"
  exit 1
fi

for stem in verksamhetsplan-2019 atagande-2018; do
  reference=$work/$stem.xml
  import "$fixtures/uppfoljning/$stem.xlsx" "$reference" || continue
  validates "$reference"
  round_trip "$reference"
  # The reference must hold the fixture's content, so that equal outputs mean something.
  activities=$(grep -c '<activity ' "$reference")
  [[ $activities -ge 30 ]] || fail "$stem.xlsx gives only $activities activities"
  count=0
  for input in "$fixtures"/uppfoljning/"$stem".*.xlsx "$fixtures"/uppfoljning/"$stem".ods \
               "$fixtures"/uppfoljning/"$stem".csv "$here"/../data/xls/"$stem".xls "$work"/variants/"$stem".*; do
    [[ -e $input ]] || continue
    name=$(basename "$input")
    output=$work/$name.xml
    import "$input" "$output" || continue
    validates "$output"
    count=$((count + 1))
    if cmp -s <(without_notes "$reference") <(without_notes "$output"); then
      echo "ok   $name imports as $stem.xlsx"
    else
      fail "$name differs from $stem.xlsx:"
      diff <(without_notes "$reference") <(without_notes "$output") | head -n 20
    fi
  done
  cmp -s "$reference" "$work/$stem.xls.xml" && echo "ok   $stem.xls gives the bytes of $stem.xlsx" ||
    fail "$stem.xls does not give the bytes of $stem.xlsx, notes included"
  # Each fixture has at least its seven openpyxl variants and one twin.
  [[ $count -ge 8 ]] || fail "$stem: only $count inputs compared"
done
exit "$failed"
