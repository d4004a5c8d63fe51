# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this
# What the interop tests share; source it first: source "$(dirname "$0")/common.sh" "$@"
# Sets malkedja and fixtures from the arguments, here (the tests' folder), schema (the XSD), work
# (a folder removed at exit) and failed (0 until fail is called).
set -uo pipefail
malkedja=$1
fixtures=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
schema=$here/../../schema/malkedja.xsd
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {  # fail TEXT: prints a failure note and makes the test fail
  echo "FAIL $*"
  failed=1
}

validates() {  # validates XML [WHAT]: XML validates against the schema (with xmllint, when installed)
  command -v xmllint >/dev/null || return 0
  xmllint --noout --schema "$schema" "$1" 2>"$work/xmllint" ||
    fail "${2:-$(basename "$1")} does not validate: $(cat "$work/xmllint")"
}
