#!/usr/bin/env bash
# Hostile and broken files, made here by make_hostile_inputs.py, through `malkedja cells FILE`:
# each must end with exit status 2 within 2 s and 256 MiB, one line on stderr "fel: FILE: ..."
# saying what is wrong (in Swedish), nothing on stdout, and no file created.
# Usage: test_hostile_inputs.sh MALKEDJA FIXTURES
set -uo pipefail
malkedja=$(realpath "$1")
fixtures=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/inputs" "$work/run"

if ! /usr/bin/python3 "$here/make_hostile_inputs.py" "$fixtures" "$work/inputs" >"$work/cases"; then
  echo "FAIL: could not make the hostile inputs"
  exit 1
fi

failed=0
while IFS=$'\t' read -r name expected; do
  file="$work/inputs/$name"
  before=$(ls -A "$work/inputs" | sha256sum)
  # A subshell, so that the memory limit applies to this run only.
  (
    cd "$work/run" || exit 99
    ulimit -v 262144
    exec timeout 2 "$malkedja" cells "$file" >"$work/stdout" 2>"$work/stderr"
  )
  status=$?
  problems=()
  ((status == 124)) && problems+=("took more than 2 s")
  ((status != 2 && status != 124)) && problems+=("exit status $status, not 2")
  [[ -s "$work/stdout" ]] && problems+=("wrote to stdout: $(head -c 200 "$work/stdout")")
  lines=$(wc -l <"$work/stderr")
  first=$(head -n1 "$work/stderr")
  ((lines != 1)) && problems+=("$lines lines on stderr, not 1: $(head -c 300 "$work/stderr")")
  [[ "$first" == "fel: $file: "* ]] || problems+=("stderr does not start with \"fel: $file: \": $first")
  [[ "$first" == *"$expected"* ]] || problems+=("the message does not say \"$expected\": $first")
  [[ -n "$(ls -A "$work/run")" ]] && problems+=("created files: $(ls -A "$work/run")")
  [[ "$(ls -A "$work/inputs" | sha256sum)" == "$before" ]] || problems+=("changed the folder of the input")
  rm -rf "${work:?}/run/"* "$work/run/".[!.]* 2>/dev/null

  if ((${#problems[@]} == 0)); then
    echo "ok   $name: ${first#"fel: $file: "}"
  else
    failed=1
    echo "FAIL $name:"
    printf '       %s\n' "${problems[@]}"
  fi
done <"$work/cases"

if [[ ! -s "$work/cases" ]]; then
  echo "FAIL: no cases"
  failed=1
fi
exit "$failed"
