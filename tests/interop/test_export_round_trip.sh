#!/usr/bin/env bash
# import(export(x)) gives byte-identical normalized XML (--no-provenance) for .xlsx, .ods and .csv,
# for both follow-up fixtures, a chain of a follow-up and a work plan, and a table of two years'
# statuses side by side (an activity per year, read back by its År); every format is written
# the same twice; an unknown extension and an input as output are refused with exit status 2.
# Kept fields of every type (tests/data/variants: extra-columns, percent-columns) read back the same
# from .xlsx and .ods; a .csv holds no types, so its numbers and percentages read back as text.
source "$(dirname "$0")/common.sh" "$@"
cd "$work" || exit 1

declare -A inputs=(
  [atagande]="$fixtures/uppfoljning/atagande-2018.xlsx"
  [verksamhetsplan]="$fixtures/uppfoljning/verksamhetsplan-2019.xlsx"
  [kedja]="$fixtures/uppfoljning/verksamhetsplan-2019.xlsx $fixtures/malkedja/grundskolenamnden-arbetsplan.docx"
  [years-in-columns]="$here/../data/variants/years-in-columns.xlsx"
)

for name in atagande verksamhetsplan kedja years-in-columns; do
  read -ra files <<<"${inputs[$name]}"
  "$malkedja" import "${files[@]}" -o "$name.xml" --no-provenance 2>/dev/null || { fail "$name: import"; continue; }
  for format in xlsx ods csv; do
    if ! "$malkedja" export "$name.xml" -o "$name.$format" 2>"$name.$format.err"; then
      fail "$name: export to .$format: $(cat "$name.$format.err")"
      continue
    fi
    "$malkedja" import "$name.$format" -o "$name.$format.xml" --no-provenance 2>/dev/null ||
      { fail "$name: import of the exported .$format"; continue; }
    cmp -s "$name.xml" "$name.$format.xml" ||
      fail "$name: .$format does not read back the same: $(diff "$name.xml" "$name.$format.xml" | head -5)"
  done
done

for name in extra-columns percent-columns; do
  "$malkedja" import "$here/../data/variants/$name.xlsx" -o "$name.xml" --no-provenance 2>/dev/null ||
    { fail "$name: import"; continue; }
  for format in xlsx ods; do
    "$malkedja" export "$name.xml" -o "$name.$format" 2>/dev/null || { fail "$name: export to .$format"; continue; }
    "$malkedja" import "$name.$format" -o "$name.$format.xml" --no-provenance 2>/dev/null ||
      { fail "$name: import of the exported .$format"; continue; }
    diff <(grep '<field' "$name.xml") <(grep '<field' "$name.$format.xml") >"$name.$format.diff" ||
      fail "$name: the kept fields of the .$format do not read back the same: $(head -4 "$name.$format.diff")"
  done
done

for format in xlsx ods csv docx odt html json; do
  for run in 1 2; do
    "$malkedja" export "$fixtures/uppfoljning/atagande-2018.xlsx" -o "twice-$run.$format" --as-of 2018-10-31 2>/dev/null ||
      fail "export to .$format"
  done
  cmp -s "twice-1.$format" "twice-2.$format" || fail ".$format differs between two runs"
done

grep -q "skrevs till said.html" < <("$malkedja" export "$fixtures/uppfoljning/atagande-2018.xlsx" -o said.html 2>&1) ||
  fail "export says nothing about what it wrote"
printf 'Nämndmål;Aktivitet;Status\nTrygg skola;Rastvärdar;Pågår\n' > one.csv
said=$("$malkedja" export one.csv -o one.html 2>&1)
[[ $said == *"skrevs till one.html: 1 mål, 1 aktivitet, "* ]] || fail "one activity is counted as: $said"

"$malkedja" export "$fixtures/uppfoljning/atagande-2018.xlsx" -o report.pdf 2>unknown.err
status=$?
[[ $status -eq 2 ]] || fail "an unknown extension gives exit status $status, not 2"
grep -q "ge utfilen ändelsen .xlsx, .ods, .csv" unknown.err || fail "an unknown extension is not explained: $(cat unknown.err)"
[[ -e report.pdf ]] && fail "an unknown extension still wrote a file"

cp atagande.xml input.xml
"$malkedja" export input.xml -o input.xml 2>/dev/null
status=$?
[[ $status -eq 2 ]] || fail "writing over the input gives exit status $status, not 2"
cmp -s atagande.xml input.xml || fail "the input was overwritten"

exit "$failed"
