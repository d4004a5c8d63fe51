#!/usr/bin/env bash
# Every interop test takes its setup from common.sh (issue 19): it sources it, and neither makes its
# own work folder nor runs LibreOffice itself (converts does).
# Usage: test_scripts_share_setup.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"

for script in "$here"/test_*.sh; do
  name=$(basename "$script")
  [[ $script -ef $0 ]] && continue
  if ! grep -qx 'source "$(dirname "$0")/common.sh" "$@"' "$script"; then
    fail "$name does not source common.sh"
  elif grep -qF 'work=$(mktemp -d)' "$script"; then
    fail "$name makes its own work folder (common.sh has \$work)"
  elif grep -q -- '--convert-to' "$script"; then
    fail "$name runs LibreOffice's conversion itself (common.sh has converts)"
  else
    echo "ok   $name"
  fi
done
exit "$failed"
