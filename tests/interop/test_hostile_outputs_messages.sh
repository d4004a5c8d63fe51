#!/usr/bin/env bash
# Hostile inputs and outputs, round two (issue 15): a named pipe or device as any input option, an
# output that is no regular file, the permissions of a replaced output, a temporary file after a
# signal, `sk generate` that cannot write every document, and messages that name the file in the
# user's language. Each refused run ends with exit status 2 within 2 s, one "fel: FILE: ..." line
# ("error:" with --lang en)
# (after any progress lines), nothing on stdout and no file created.
# Usage: test_hostile_outputs_messages.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
seconds=2
[[ -n "${MK_SANITIZED:-}" ]] && seconds=60
mkdir "$work/inputs" "$work/run"
cd "$work/run" || exit 1
in=$work/inputs
csv=$fixtures/uppfoljning/atagande-2018.csv
plan=$fixtures/malkedja/svenljunga-plan-2026.docx
template=$fixtures/sk/sk-mall-2023-2024.docx
schools=$fixtures/skolor/skolor.csv

if ! "$malkedja" import "$plan" --no-provenance -o "$in/chain.xml" >/dev/null ||
  ! /usr/bin/python3 "$here/make_hostile_outputs_messages.py" "$fixtures" "$in"; then
  echo "FAIL: could not make the hostile inputs"
  exit 1
fi

listing() { ls -A "$work/run" "$in"; }

refused() {  # refused EXPECTED ARGS...: malkedja ARGS exits 2 in time, its one "fel:" line (the last) says EXPECTED
  local expected=$1
  shift
  local before status
  before=$(listing)
  timeout "$seconds" "$malkedja" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  refusal_problems "$status" "$expected"
  [[ "$(tail -n1 "$work/stderr")" == "fel: "* || "$(tail -n1 "$work/stderr")" == "error: "* ]] ||
    problems+=("the last line is no \"fel:\" line")
  [[ "$(listing)" == "$before" ]] || problems+=("files changed: $(listing | tr '\n' ' ')")
  report "${*:1:3}" "$(tail -n1 "$work/stderr")"
}

# Item 3: a named pipe as any input, or as a file in --previous, is refused at once (no open() that
# waits for a writer).
mkfifo "$in/pipe.csv" "$in/pipe.docx" "$in/pipe.xml"
pipe="det är en namngiven pipe"
refused "pipe.csv: $pipe" cells "$in/pipe.csv"
refused "pipe.docx: $pipe" blocks "$in/pipe.docx"
refused "pipe.csv: $pipe" import "$in/pipe.csv" -o out.xml
refused "pipe.csv: $pipe" import "$csv" --statusord "$in/pipe.csv" -o out.xml
refused "pipe.csv: $pipe" export "$in/pipe.csv" -o out.xlsx
refused "pipe.csv: $pipe" export "$csv" --statusord "$in/pipe.csv" -o out.xlsx
refused "pipe.csv: $pipe" check "$in/pipe.csv"
refused "pipe.csv: $pipe" check "$csv" --statusord "$in/pipe.csv"
refused "pipe.xml: $pipe" check "$csv" --chain "$in/pipe.xml"
refused "pipe.docx: $pipe" sk collect "$in/pipe.docx" -o out.xml
generate=(sk generate --lasar 2024/25 -o .)
refused "pipe.docx: $pipe" "${generate[@]}" --template "$in/pipe.docx" --chain "$plan" --schools "$schools"
refused "pipe.docx: $pipe" "${generate[@]}" --update "$in/pipe.docx" --chain "$plan" --schools "$schools"
refused "pipe.xml: $pipe" "${generate[@]}" --template "$template" --chain "$in/pipe.xml" --schools "$schools"
refused "pipe.csv: $pipe" "${generate[@]}" --template "$template" --chain "$plan" --schools "$in/pipe.csv"
refused "pipe.csv: $pipe" "${generate[@]}" --template "$template" --chain "$plan" --schools "$schools" \
  --results "$in/pipe.csv"
refused "pipe.xml: $pipe" "${generate[@]}" --template "$template" --chain "$plan" --schools "$schools" \
  --previous-chain "$in/pipe.xml"
refused "en mapp, ingen fil" cells "$in"
if [[ -c /dev/zero ]]; then
  refused "/dev/zero: det är en enhetsfil" cells /dev/zero
fi

# Item 15: an output that exists and is no regular file (here a named pipe; a device such as
# /dev/null is refused the same way) is left as it is.
mkfifo out-pipe.xml out-pipe.xlsx
not_regular="ingen vanlig fil (en enhetsfil, pipe eller socket) och skrivs inte över"
refused "out-pipe.xml: utfilen finns och är $not_regular" import "$csv" -o out-pipe.xml
refused "out-pipe.xlsx: utfilen finns och är $not_regular" export "$csv" -o out-pipe.xlsx
refused "out-pipe.xml: utfilen finns och är $not_regular" sk collect "$fixtures/sk/exempelskolan-ifylld-2023.docx" \
  -o out-pipe.xml
[[ -p out-pipe.xml && -p out-pipe.xlsx ]] || fail "an output pipe was replaced"
rm -f out-pipe.xml out-pipe.xlsx

# Item 16: a replaced output keeps its permissions; a new one gets the umask's.
"$malkedja" import "$csv" -o private.xml 2>/dev/null && chmod 600 private.xml
"$malkedja" import "$csv" --no-provenance -o private.xml 2>/dev/null || fail "import over private.xml failed"
[[ "$(stat -c %a private.xml)" == 600 ]] || fail "a replaced 0600 output became $(stat -c %a private.xml)"
(umask 027 && exec "$malkedja" export "$csv" -o new.xlsx 2>/dev/null) || fail "export to new.xlsx failed"
[[ "$(stat -c %a new.xlsx)" == 640 ]] || fail "a new output under umask 027 is $(stat -c %a new.xlsx), not 640"
((failed)) || echo "ok   a replaced output keeps 0600, a new one gets the umask (0640)"
rm -f private.xml new.xlsx

# Item 13: `sk generate` checks every document's path before it writes the first: a document that
# would replace the template (here named as the fourth school's document) leaves the folder as it
# was. Issue 14: a name too long for the file system is cut, and two schools with one file name are
# told apart by the second's skolenhetskod; neither is refused.
rm -rf names && mkdir names
"$malkedja" sk generate --lasar 2024/25 -o names --template "$template" --chain "$plan" --schools "$in/long-name.csv" \
  2>/dev/null || fail "a school with a 10,000-byte name was refused"
ls names | LC_ALL=C awk 'length($0) > 205 { exit 1 }' || fail "a file name longer than 205 bytes was written"
rm -rf names && mkdir names
"$malkedja" sk generate --lasar 2024/25 -o names --template "$template" --chain "$plan" --schools "$in/same-name.csv" \
  2>/dev/null || fail "two schools with one file name were refused"
[[ -e "names/Björkskolan.docx" && -e "names/Björkskolan (35092871).docx" ]] || fail "two schools, one file: $(ls names)"
rm -rf names
cp "$template" Lönnskolan.docx
refused "Lönnskolan.docx: utfilen är samma fil som en infil" "${generate[@]}" --template Lönnskolan.docx \
  --chain "$plan" --schools "$schools"
cmp -s "$template" Lönnskolan.docx || fail "the template was overwritten"
rm -f Lönnskolan.docx

# Item 17 (in part): a system error is told in the user's language, not by strerror, and a long
# name is shortened in the error line.
long=$(printf 'n%.0s' $(seq 300)).csv
refused "filen kan inte läsas (för långt filnamn)" cells "$long"
refused "the file cannot be read (file name too long)" --lang en cells "$long"
(($(tail -n1 "$work/stderr" | wc -c) < 200)) || fail "the error line repeats the long name: $(wc -c <"$work/stderr") bytes"

# Item 17: what libzip says is told in the user's language; a compression method it does not read
# is named as such, not as damage.
refused 'delen "xl/worksheets/sheet1.xml" är packad med en metod som inte stöds' cells "$in/lzma-sheet.xlsx"
refused 'the part "xl/worksheets/sheet1.xml" is compressed with a method that is not supported' --lang en \
  cells "$in/lzma-sheet.xlsx"
refused "filen är skadad eller ofullständig (inget zip-paket)" cells "$in/cut-short.xlsx"
refused "the file is damaged or incomplete (not a zip package)" --lang en cells "$in/cut-short.xlsx"

# Item 17: a package with other data in front of it is named as a damaged package; XML that is not
# well-formed or breaks the schema is told in the user's language, naming the element and line; a
# goal below itself is named by its words, not by an internal id.
refused "filen är ett zip-paket (som .xlsx, .ods, .docx och .odt) med 1048576 byte annat innehåll framför" \
  cells "$in/data-in-front.xlsx"
refused 'delen "xl/worksheets/sheet1.xml" är ingen giltig XML (felaktig starttagg vid byte' cells "$in/cut-tag.xlsx"
refused 'the part "xl/worksheets/sheet1.xml" is not valid XML (bad start tag at byte' --lang en cells "$in/cut-tag.xlsx"
schema="dokumentet följer inte schemat för normaliserade malkedja-dokument"
# The work plan's notes come before its goals: the lines are counted from its <goals>.
goals=$(grep -n "<goals>" "$in/chain.xml" | head -1 | cut -d: -f1)
goal=$((goals + 1))
refused "unknown-element.xml: $schema (rad $goals: elementet <comment> hör inte hemma här)" check "$in/unknown-element.xml"
refused "unknown-level.xml: $schema (rad $goal: attributet level i elementet <goal> har värdet \"kommunfullmaktige\", som inte är tillåtet (tillåtna värden: kf, namnd, forvaltning, enhet, medarbetare))" \
  check "$in/unknown-level.xml"
refused "no-level.xml: $schema (rad $goal: elementet <goal> saknar attributet level)" check "$in/no-level.xml"
refused "(line $goal: the element <goal> lacks the attribute level)" --lang en check "$in/no-level.xml"
refused "text-in-goals.xml: $schema (rad $goals: elementet <goals> får inte innehålla text)" check "$in/text-in-goals.xml"
refused "not-well-formed.xml: dokumentet är ingen giltig XML (rad" check "$in/not-well-formed.xml"
grep -q "starttaggen <goals> avslutas med </goal>" "$work/stderr" || fail "not-well-formed.xml: $(cat "$work/stderr")"
refused 'goal-cycle.xml: målet "' export "$in/goal-cycle.xml" -o cycle.html
grep -q 'ligger (via sina överordnade mål) under sig självt' "$work/stderr" && ! grep -q '"i0:' "$work/stderr" ||
  fail "goal-cycle.xml: $(cat "$work/stderr")"

# Item 14: SIGINT, SIGTERM or SIGHUP while the output is written removes the temporary file. strace
# holds the program in fsync() (the temporary file written, not yet renamed) while the signal is sent.
interrupted() {  # interrupted SIGNAL: the signal during export's write leaves no file behind
  local signal=$1 tracer program="" status
  mkdir interrupted
  # Python restores SIGINT, which the shell ignores in a background command.
  /usr/bin/python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp("strace", sys.argv[1:])' \
    strace -f -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=2000000 \
    "$malkedja" export "$csv" -o interrupted/out.xlsx 2>/dev/null &
  tracer=$!
  for _ in $(seq 100); do
    [[ -n "$(ls -A interrupted)" ]] && program=$(cat "/proc/$tracer/task/$tracer/children" 2>/dev/null) && break
    sleep 0.05
  done
  if [[ -z "$program" ]]; then
    fail "export under strace wrote no temporary file"
  else
    kill "-$signal" $program
  fi
  { wait "$tracer"; } 2>/dev/null
  status=$?
  ((status == 128 + $(kill -l "$signal"))) || fail "export after SIG$signal: exit status $status"
  [[ -z "$(ls -A interrupted)" ]] && echo "ok   SIG$signal while writing: no file left" ||
    fail "SIG$signal while writing left: $(ls -A interrupted | tr '\n' ' ')"
  rm -rf interrupted
}
if command -v strace >/dev/null; then
  for signal in INT TERM HUP; do interrupted "$signal"; done
else
  fail "strace is not installed (bash scripts/setup test)"
fi

exit "$failed"
