#!/usr/bin/env bash
# scripts/demo and scripts/test share build/, so each sets every option the other sets: the demo's
# Release build had inherited the tests' warnings as errors (GCC 12's -Wrestrict false positives at
# -O3 stopped it), and the tests inherited the demo's Release.
# Usage: test_scripts_configure_build.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"

scripts=$here/../../scripts
for script in demo test; do
  line=$(grep -E '^cmake -S \. -B build ' "$scripts/$script" || true)
  if [[ -z $line ]]; then
    fail "scripts/$script configures no build/"
    continue
  fi
  for option in CMAKE_BUILD_TYPE MK_WERROR; do
    if [[ $line == *"-D$option="* ]]; then
      echo "ok   scripts/$script sets $option"
    else
      fail "scripts/$script leaves $option to what build/ held: $line"
    fi
  done
done
exit "$failed"
