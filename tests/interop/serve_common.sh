# shellcheck shell=bash
# What the tests of `malkedja serve` share; source it after common.sh.
# start_server [OPTION...]: starts `malkedja serve --port 0 --no-browser` with a work folder of its
# own under $work/tmp and sets server_pid, base (http://127.0.0.1:PORT) and server_tmp; the server
# is stopped at exit.

start_server() {
  server_tmp=$work/tmp
  mkdir -p "$server_tmp"
  # The last server's output goes first, so that its address is never read for this one.
  rm -f "$work/server.out" "$work/server.err"
  TMPDIR=$server_tmp "$malkedja" serve --port 0 --no-browser "$@" >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
  local i
  for i in $(seq 100); do
    base=$(grep -so 'http://127\.0\.0\.1:[0-9]*' "$work/server.out" | head -1)
    [[ -n $base ]] && return 0
    sleep 0.1
  done
  echo "FAIL the server printed no address: $(cat "$work/server.out" "$work/server.err")"
  exit 1
}
