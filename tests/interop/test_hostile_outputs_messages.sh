#!/usr/bin/env bash
# Hostile inputs and outputs, round two (issue 15): a named pipe or device as any input option, an
# output that is no regular file, the permissions of a replaced output, a temporary file after a
# signal, `sk generate` that cannot write every document, and messages that name the file in the
# user's language. Each refused run ends with exit status 2 within 2 s, one "fel: FILE: ..." line
# (after any progress lines), nothing on stdout and no file created.
# Usage: test_hostile_outputs_messages.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
malkedja=$(realpath "$malkedja")
fixtures=$(realpath "$fixtures")
seconds=2
[[ -n "${MK_SANITIZED:-}" ]] && seconds=60
mkdir "$work/inputs" "$work/run"
cd "$work/run" || exit 1
in=$work/inputs
csv=$fixtures/uppfoljning/atagande-2018.csv
plan=$fixtures/malkedja/svenljunga-plan-2026.docx
template=$fixtures/sk/sk-mall-2023-2024.docx
schools=$fixtures/skolor/skolor.csv

if ! /usr/bin/python3 "$here/make_hostile_outputs_messages.py" "$fixtures" "$in"; then
  echo "FAIL: could not make the hostile inputs"
  exit 1
fi

listing() { ls -A "$work/run" "$in"; }

refused() {  # refused EXPECTED ARGS...: malkedja ARGS exits 2 in time, its one "fel:" line (the last) says EXPECTED
  local expected=$1
  shift
  local before status last errors
  before=$(listing)
  timeout "$seconds" "$malkedja" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  last=$(tail -n1 "$work/stderr")
  errors=$(grep -c '^fel: ' "$work/stderr")
  local problems=()
  ((status == 124)) && problems+=("took more than $seconds s")
  ((status != 2 && status != 124)) && problems+=("exit status $status, not 2")
  [[ -s "$work/stdout" ]] && problems+=("wrote to stdout: $(head -c 200 "$work/stdout")")
  ((errors == 1)) || problems+=("$errors lines \"fel:\", not 1: $(head -c 300 "$work/stderr")")
  [[ "$last" == "fel: "*"$expected"* ]] || problems+=("the last line does not say \"$expected\": $last")
  [[ "$(listing)" == "$before" ]] || problems+=("files changed: $(listing | tr '\n' ' ')")
  if ((${#problems[@]} == 0)); then
    echo "ok   ${*:1:3}: ${last#fel: }"
  else
    fail "$*:"
    printf '       %s\n' "${problems[@]}"
  fi
}

# Item 3: a named pipe as any input, or as a file in --previous, is refused at once (no open() that
# waits for a writer).
mkfifo "$in/pipe.csv" "$in/pipe.docx" "$in/pipe.xml"
pipe="det är en namngiven pipe"
refused "pipe.csv: $pipe" cells "$in/pipe.csv"
refused "pipe.docx: $pipe" blocks "$in/pipe.docx"
refused "pipe.csv: $pipe" import "$in/pipe.csv" -o out.xml
refused "pipe.csv: $pipe" import "$csv" --statusord "$in/pipe.csv" -o out.xml
refused "pipe.csv: $pipe" export "$in/pipe.csv" -o out.xlsx
refused "pipe.csv: $pipe" export "$csv" --statusord "$in/pipe.csv" -o out.xlsx
refused "pipe.csv: $pipe" check "$in/pipe.csv"
refused "pipe.csv: $pipe" check "$csv" --statusord "$in/pipe.csv"
refused "pipe.xml: $pipe" check "$csv" --chain "$in/pipe.xml"
refused "pipe.docx: $pipe" sk collect "$in/pipe.docx" -o out.xml
generate=(sk generate --lasar 2024/25 -o .)
refused "pipe.docx: $pipe" "${generate[@]}" --template "$in/pipe.docx" --chain "$plan" --schools "$schools"
refused "pipe.docx: $pipe" "${generate[@]}" --update "$in/pipe.docx" --chain "$plan" --schools "$schools"
refused "pipe.xml: $pipe" "${generate[@]}" --template "$template" --chain "$in/pipe.xml" --schools "$schools"
refused "pipe.csv: $pipe" "${generate[@]}" --template "$template" --chain "$plan" --schools "$in/pipe.csv"
refused "pipe.csv: $pipe" "${generate[@]}" --template "$template" --chain "$plan" --schools "$schools" \
  --results "$in/pipe.csv"
refused "pipe.xml: $pipe" "${generate[@]}" --template "$template" --chain "$plan" --schools "$schools" \
  --previous-chain "$in/pipe.xml"
refused "en mapp, ingen fil" cells "$in"
if [[ -c /dev/zero ]]; then
  refused "/dev/zero: det är en enhetsfil" cells /dev/zero
fi

exit "$failed"
