#!/usr/bin/env bash
# The memory budget of a load (issue #15, memory): small files that grow past it when read, made by
# make_memory_bombs.py from real fixtures, must each end with exit status 2, one line on stderr
# "fel: FILE: delen \"PART\" behöver mer än N MiB minne ...", nothing on stdout, no file created
# (out.xml included), and a peak resident size under the budget. --max-minne-mb sets the budget.
# Parts read as a stream (issue #16) must instead be read, with a peak resident size under
# streamed_mib however large the part grows.
# Usage: test_memory_budget.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
mkdir "$work/inputs" "$work/run"

if ! /usr/bin/python3 "$here/make_memory_bombs.py" "$fixtures" "$work/inputs" >"$work/cases"; then
  echo "FAIL: could not make the inputs"
  exit 1
fi

# Under AddressSanitizer (MK_SANITIZED set) shadow memory and quarantine say nothing of the
# program's own use: there the resident size is not checked, only the answers. The unoptimized,
# instrumented build also reads a million paragraphs some twenty times slower (about 50 s on an idle
# machine), so there a run may take five minutes before it counts as hung, not one.
default_mib=256
streamed_mib=100
seconds=60
[[ -n ${MK_SANITIZED:-} ]] && seconds=300

run() {  # run COMMAND ARGUMENT...: malkedja in the run folder, its peak resident size in $work/rss
  (
    cd "$work/run" || exit 99
    exec /usr/bin/time -f %M -o "$work/rss" timeout "$seconds" "$malkedja" "$@" >"$work/stdout" 2>"$work/stderr"
  )
}

read_case() {  # read_case NAME COMMAND OPTIONS: a file whose large part is streamed is read
  local name=$1 command=$2 options=() rss_kib
  [[ $3 != - ]] && read -r -a options <<<"$3"
  run "$command" "$work/inputs/$name" "${options[@]}"
  local status=$?
  problems=()
  ((status == 0)) || problems+=("exit status $status, not 0: $(head -c 300 "$work/stderr")")
  rss_kib=$(tail -n1 "$work/rss")
  if [[ -z ${MK_SANITIZED:-} ]] && ((rss_kib >= streamed_mib * 1024)); then
    problems+=("peak resident size $((rss_kib / 1024)) MiB, not under $streamed_mib MiB")
  fi
  rm -rf "${work:?}/run/"* "$work/run/".[!.]* 2>/dev/null
  report "$name ($command, $((rss_kib / 1024)) MiB)" "read"
}

run_case() {  # run_case NAME PART COMMAND OPTIONS: one file through one command
  local name=$1 part=$2 command=$3 options=() budget=$default_mib
  [[ $4 != - ]] && read -r -a options <<<"$4"
  [[ $4 =~ --max-minne-mb\ ([0-9]+) ]] && budget=${BASH_REMATCH[1]}
  local file="$work/inputs/$name"
  run "$command" "$file" "${options[@]}"
  local status=$? first rss_kib
  first=$(head -n1 "$work/stderr")
  refusal_problems "$status" "fel: $file: delen \"$part"
  (($(wc -l <"$work/stderr") == 1)) || problems+=("more than one line on stderr: $(head -c 300 "$work/stderr")")
  [[ "$first" == "fel: $file: delen \"$part"*"\" behöver mer än $budget MiB minne när den läses"* ]] ||
    problems+=("not the budget's message naming $part and $budget MiB: $first")
  [[ -n "$(ls -A "$work/run")" ]] && problems+=("created files: $(ls -A "$work/run")")
  rss_kib=$(tail -n1 "$work/rss")
  if [[ -z ${MK_SANITIZED:-} ]] && ((rss_kib >= budget * 1024)); then
    problems+=("peak resident size $((rss_kib / 1024)) MiB, not under $budget MiB")
  fi
  rm -rf "${work:?}/run/"* "$work/run/".[!.]* 2>/dev/null

  report "$name ($command, $((rss_kib / 1024)) MiB)" "${first#"fel: $file: "}"
}

while IFS=$'\t' read -r name part command options outcome; do
  if [[ $outcome == read ]]; then
    read_case "$name" "$command" "$options"
  else
    run_case "$name" "$part" "$command" "$options"
  fi
done <"$work/cases"
[[ -s "$work/cases" ]] || fail "no cases"

# A real file reads within a small budget, and a budget too small to mean anything is refused.
run cells "$fixtures/uppfoljning/atagande-2018.xlsx" --max-minne-mb 64
[[ $(wc -l <"$work/stdout") -gt 10 && ! -s "$work/stderr" ]] ||
  fail "atagande-2018.xlsx is not read within 64 MiB: $(head -c 300 "$work/stderr")"
run cells "$fixtures/uppfoljning/atagande-2018.xlsx" --max-minne-mb 32
status=$?
((status == 2)) && grep -q -- '--max-minne-mb' "$work/stderr" ||
  fail "--max-minne-mb 32 gave exit status $status: $(head -c 300 "$work/stderr")"
exit "$failed"
