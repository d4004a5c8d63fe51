#!/usr/bin/env bash
# Hostile and broken files, made here by make_hostile_inputs.py, through the commands each names
# (`malkedja cells FILE`, `malkedja blocks FILE`, `malkedja import FILE -o out.xml`): each run must
# end with exit status 2 within 2 s and 256 MiB, one line on stderr "fel: FILE: ..." saying what is
# wrong (in Swedish), nothing on stdout, and no file created (out.xml included).
# Usage: test_hostile_inputs.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
mkdir "$work/inputs" "$work/run"

if ! /usr/bin/python3 "$here/make_hostile_inputs.py" "$fixtures" "$work/inputs" >"$work/cases"; then
  echo "FAIL: could not make the hostile inputs"
  exit 1
fi

# Under AddressSanitizer (MK_SANITIZED set, see scripts/test) the build reserves terabytes of address
# space and runs several times slower: there the limits are off and only the answers are checked.
memory_kib=262144 seconds=2
[[ -n "${MK_SANITIZED:-}" ]] && memory_kib=unlimited seconds=60

run_case() {  # run_case NAME EXPECTED COMMAND: one hostile file through one command
  local name=$1 expected=$2 command=$3
  local file="$work/inputs/$name" arguments=()
  [[ $command == import ]] && arguments=(-o out.xml)
  local before
  before=$(ls -A "$work/inputs" | sha256sum)
  # A subshell, so that the memory limit applies to this run only.
  (
    cd "$work/run" || exit 99
    ulimit -v "$memory_kib"
    exec timeout "$seconds" "$malkedja" "$command" "$file" "${arguments[@]}" >"$work/stdout" 2>"$work/stderr"
  )
  local status=$? first
  first=$(head -n1 "$work/stderr")
  refusal_problems "$status" "$expected"
  (($(wc -l <"$work/stderr") == 1)) || problems+=("more than one line on stderr: $(head -c 300 "$work/stderr")")
  [[ "$first" == "fel: $file: "* ]] || problems+=("stderr does not start with \"fel: $file: \": $first")
  [[ -n "$(ls -A "$work/run")" ]] && problems+=("created files: $(ls -A "$work/run")")
  [[ "$(ls -A "$work/inputs" | sha256sum)" == "$before" ]] || problems+=("changed the folder of the input")
  rm -rf "${work:?}/run/"* "$work/run/".[!.]* 2>/dev/null
  report "$name ($command)" "${first#"fel: $file: "}"
}

while IFS=$'\t' read -r name expected commands; do
  for command in $commands; do
    run_case "$name" "$expected" "$command"
  done
done <"$work/cases"

if [[ ! -s "$work/cases" ]]; then
  echo "FAIL: no cases"
  failed=1
fi
exit "$failed"
