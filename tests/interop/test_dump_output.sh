#!/usr/bin/env bash
# `cells` and `blocks` hold their output back until the input has been read, then hand it to
# standard output whole however that is opened: a file, a file opened for appending (which the
# kernel's copy cannot write to, so the output is copied through the program), a pipe. A file
# found bad prints nothing.
# Usage: test_dump_output.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"

same_everywhere() {  # same_everywhere DESCRIPTION ARGUMENT...: malkedja ARGUMENT... prints the same to each
  local what=$1
  shift
  if ! "$malkedja" "$@" >"$work/file" 2>"$work/error" || [[ ! -s $work/file ]]; then
    fail "$what: no output to a file: $(cat "$work/error")"
    return
  fi
  printf 'before\n' >"$work/appended"
  "$malkedja" "$@" >>"$work/appended" 2>/dev/null
  "$malkedja" "$@" 2>/dev/null | cat >"$work/piped"
  if tail -n +2 "$work/appended" | cmp -s - "$work/file" && [[ $(head -n 1 "$work/appended") == before ]]; then
    echo "ok   $what: appended to a file"
  else
    fail "$what: appended to a file differs from what a file gets"
  fi
  if cmp -s "$work/piped" "$work/file"; then
    echo "ok   $what: through a pipe"
  else
    fail "$what: through a pipe differs from what a file gets"
  fi
}

same_everywhere "cells --all-sheets" cells --all-sheets "$fixtures/uppfoljning/verksamhetsplan-2019.xlsx"
same_everywhere "cells of an .ods" cells "$fixtures/uppfoljning/atagande-2018.ods"
same_everywhere "blocks" blocks "$fixtures/malkedja/grundskolenamnden-arbetsplan.docx"

# A damaged package: exit status 2 and not a byte on standard output, however it is opened.
head -c 5000 "$fixtures/uppfoljning/verksamhetsplan-2019.xlsx" >"$work/cut.xlsx"
printf 'before\n' >"$work/appended"
"$malkedja" cells "$work/cut.xlsx" >>"$work/appended" 2>/dev/null
status=$?
if [[ $status == 2 && $(cat "$work/appended") == before ]]; then
  echo "ok   a damaged file prints nothing (exit 2)"
else
  fail "a damaged file: exit $status, output $(wc -c <"$work/appended") bytes"
fi
exit "$failed"
