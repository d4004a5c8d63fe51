#!/usr/bin/env bash
# Real fixtures with one thing changed, made here by make_hostile_readers.py, that a reader must read
# right or refuse clearly, within 2 s: each case runs one command (cells, blocks, import -o out.xml, export.EXT
# as export -o out.EXT) and checks its exit status and pieces of what it printed, the text of an
# exported .csv, .json or .html included.
# Usage: test_hostile_readers.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
requires -- openpyxl
mkdir "$work/inputs" "$work/run"

if ! /usr/bin/python3 "$here/make_hostile_readers.py" "$fixtures" "$work/inputs" >"$work/cases"; then
  echo "FAIL: could not make the inputs"
  exit 1
fi

seconds=2
[[ -n "${MK_SANITIZED:-}" ]] && seconds=60

run_case() {  # run_case NAME COMMAND STATUS EXPECTED: one file through one command
  local name=$1 command=$2 expected_status=$3 expected=$4
  local file="$work/inputs/$name" arguments=()
  [[ $command == import ]] && arguments=(-o out.xml)
  [[ $command == export.* ]] && arguments=(-o "out.${command#export.}")
  (
    cd "$work/run" || exit 99
    exec timeout "$seconds" "$malkedja" "${command%%.*}" "$file" "${arguments[@]}" >"$work/output" 2>&1
  )
  local status=$?
  [[ $command == export.* && -f "$work/run/out.${command#export.}" ]] && cat "$work/run/out.${command#export.}" >>"$work/output"
  local piece
  problems=()
  ((status == expected_status)) || problems+=("exit status $status, not $expected_status")
  local IFS='|'
  for piece in $expected; do
    piece=${piece# }
    piece=${piece% }
    if [[ $piece == '!'* ]]; then
      grep -qF -- "${piece#!}" "$work/output" && problems+=("says \"${piece#!}\"")
    else
      grep -qF -- "$piece" "$work/output" || problems+=("does not say \"$piece\"")
    fi
  done
  unset IFS
  rm -rf "${work:?}/run/"* "$work/run/".[!.]* 2>/dev/null
  report "$name ($command)" "$(head -c 200 "$work/output" | head -n1)"
  ((${#problems[@]} == 0)) || head -c 600 "$work/output" | sed 's/^/       | /'
}

while IFS=$'\t' read -r name command status expected; do
  run_case "$name" "$command" "$status" "$expected"
done <"$work/cases"

if [[ ! -s "$work/cases" ]]; then
  echo "FAIL: no cases"
  failed=1
fi
exit "$failed"
