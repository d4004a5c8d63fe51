#!/usr/bin/env bash
# `malkedja serve` as a server (serve_client.py): every endpoint, the Host, Origin and token guards,
# every upload limit, the hostile set of make_hostile_inputs.py uploaded and read, odd browser file
# names, 50 concurrent uploads on 127.0.0.1 (none lost, memory bounded), progress, cancelling and the
# bounded queue; and that SIGTERM and SIGINT end it with its work folder removed.
source "$(dirname "$0")/common.sh" "$@"
source "$here/serve_common.sh"
requires curl
samples=$here/../../samples

run_case() {  # run_case CASE [SERVER OPTION...] [-- CLIENT ARGUMENT...]
  local name=$1 options=() extra=()
  shift
  while (($#)) && [[ $1 != -- ]]; do options+=("$1"); shift; done
  (($#)) && shift && extra=("$@")
  echo "== $name"
  start_server "${options[@]}"
  /usr/bin/python3 "$here/serve_client.py" "$name" "$base" "$server_pid" "$server_tmp" "$samples" "${extra[@]}" || failed=1
  stop_server TERM
}

stop_server() {  # stop_server SIGNAL: the server ends with status 0 within 10 s and leaves nothing
  local signal=$1 status
  kill -s "$signal" "$server_pid"
  for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$server_pid" 2>/dev/null; then
    fail "SIG$signal did not end the server within 10 s"
    kill -KILL "$server_pid"
  fi
  wait "$server_pid"
  status=$?
  ((status == 0)) || fail "the server ended with status $status on SIG$signal: $(cat "$work/server.err")"
  local left
  left=$(find "$server_tmp" -mindepth 1 | head -5)
  [[ -z $left ]] && echo "ok   SIG$signal: the server ended and left nothing in its temporary folder" ||
    fail "SIG$signal left files behind: $left"
  rm -rf "$server_tmp"
}

run_case endpoints
run_case guards
run_case limits --max-file-mb 1 --max-request-mb 4 --max-files 3 --max-tab-mb 3 --max-tab-files 4 --max-total-mb 5 \
  --max-tabs 3
mkdir -p "$work/hostile"
/usr/bin/python3 "$here/make_hostile_inputs.py" "$fixtures" "$work/hostile" >"$work/hostile-cases" ||
  fail "could not make the hostile inputs"
run_case hostile -- "$work/hostile" "$work/hostile-cases"
run_case concurrent
run_case progress --max-queue 1

# Ctrl+C while files are kept: the work folder with them goes too.
echo "== shutdown"
start_server
token=$(curl -s "$base/" | grep -o 'content="[0-9a-f]\{64\}"' | cut -d'"' -f2)
tab=$(curl -s -X POST -d '' -H "X-Malkedja-Token: $token" "$base/api/tabs" | grep -o '[0-9a-f]\{32\}')
curl -s -H "X-Malkedja-Token: $token" -F "file=@$samples/skolor/skolor.csv" "$base/api/tabs/$tab/files" >/dev/null
kept=$(find "$server_tmp" -type f | wc -l)
((kept == 1)) && echo "ok   the upload is kept in the work folder while the server runs" || fail "$kept files kept, not 1"
[[ $(stat -c %a "$(find "$server_tmp" -mindepth 1 -maxdepth 1)") == 700 ]] && echo "ok   the work folder is private (0700)" ||
  fail "the work folder is not private"
addresses=$(ss -ltnpH 2>/dev/null | grep "pid=$server_pid," | awk '{print $4}')
[[ -n $addresses && -z $(grep -v '^127\.0\.0\.1:' <<<"$addresses") ]] && echo "ok   it listens on 127.0.0.1 only ($addresses)" ||
  fail "it listens beyond 127.0.0.1: $addresses"
stop_server INT
start_server
stop_server HUP
exit "$failed"
