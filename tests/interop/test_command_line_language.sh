#!/usr/bin/env bash
# Issue 19 §6: every command's and subcommand's --help, and its messages for an unknown option, a
# missing or bad value and missing arguments, are wholly Swedish, or wholly English with --lang en
# (CLI11's own usage lines and errors included).
source "$(dirname "$0")/common.sh" "$@"
/usr/bin/python3 "$here/command_line_language.py" "$malkedja" || failed=1
exit "$failed"
