#!/usr/bin/env bash
# An input whose content is another format than its name says (a CSV named .xlsx, an .xlsx named
# .ods; made by make_misnamed_inputs.py) is read by its content, and every command that reads inputs
# (cells, import, check, export) says so in exactly one warning line naming the file, what it is and
# what its name claims, in Swedish or with --lang en in English; the output, the rest of what it
# says and the exit status are those of the same file under its true name. An extension malkedja
# does not know (.txt) gets no warning.
# Usage: test_misnamed_inputs.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
requires -- openpyxl
mkdir "$work/control" "$work/misnamed"

if ! /usr/bin/python3 "$here/make_misnamed_inputs.py" "$fixtures" "$work/control" "$work/misnamed" >"$work/cases"; then
  echo "FAIL: could not make the inputs"
  exit 1
fi

run() {  # run FOLDER FILE COMMAND [OPTION...]: malkedja in FOLDER; its status, stdout, stderr and output file
  local folder=$1 file=$2 command=$3
  shift 3
  local arguments=()
  [[ $command == import ]] && arguments=(-o out.xml)
  [[ $command == export ]] && arguments=(-o out.json --date 2019-01-01)
  rm -f "$folder/out.xml" "$folder/out.json"
  (cd "$folder" && exec "$malkedja" "$@" "$command" "$file" "${arguments[@]}" >stdout 2>stderr)
  echo $? >"$folder/status"
  cat "$folder"/out.* >"$folder/written" 2>/dev/null || : >"$folder/written"
}

while IFS=$'\t' read -r name true_name is claims; do
  for lang in sv en; do
    for command in cells import check export; do
      case="$name ($command, $lang)"
      run "$work/control" "$true_name" "$command" --lang "$lang"
      run "$work/misnamed" "$name" "$command" --lang "$lang"
      if [[ -n $is && $lang == sv ]]; then
        expected="varning: $name: filen är $is, inte $claims som namnet säger; den läses som $is"
      elif [[ -n $is ]]; then
        expected="warning: $name: the file is $is, not $claims as its name says; it is read as $is"
      else
        expected=
      fi
      problems=()
      [[ $(cat "$work/misnamed/status") == "$(cat "$work/control/status")" ]] ||
        problems+=("exit status $(cat "$work/misnamed/status"), not $(cat "$work/control/status")")
      warnings=$(grep -c -e '^varning: ' -e '^warning: ' "$work/misnamed/stderr")
      if [[ -n $expected ]]; then
        ((warnings == 1)) || problems+=("$warnings warning lines, not 1")
        grep -qxF -- "$expected" "$work/misnamed/stderr" || problems+=("does not say: $expected")
      else
        ((warnings == 0)) || problems+=("$warnings warning lines, not none")
      fi
      # The rest, with the file's name as the control's: the same.
      for part in stdout stderr written; do
        grep -v -e '^varning: ' -e '^warning: ' "$work/misnamed/$part" | sed "s/$name/$true_name/g" >"$work/got"
        grep -v -e '^varning: ' -e '^warning: ' "$work/control/$part" >"$work/want"
        cmp -s "$work/want" "$work/got" || problems+=("$part differs: $(diff "$work/want" "$work/got" | head -3)")
      done
      if ((${#problems[@]} == 0)); then
        echo "ok   $case: status $(cat "$work/misnamed/status")${expected:+, says: $expected}"
      else
        fail "$case:"
        printf '       %s\n' "${problems[@]}"
        sed 's/^/       | /' "$work/misnamed/stderr" | head -5
      fi
    done
  done
done <"$work/cases"

# A misnamed file that cannot be read (a line of text named .docx) is refused with one error line
# that says what the file is, not only why it is no follow-up, and nothing is written.
printf 'hej\n' >"$work/misnamed/text.docx"
run "$work/misnamed" text.docx import
[[ $(cat "$work/misnamed/status") == 2 ]] || fail "a text named .docx: exit status $(cat "$work/misnamed/status"), not 2"
grep -q '^fel: text.docx: filen är CSV, inte DOCX som namnet säger; den läses som CSV; ingen uppföljningstabell hittades' \
  "$work/misnamed/stderr" || fail "a text named .docx: $(cat "$work/misnamed/stderr")"
[[ -s "$work/misnamed/written" ]] && fail "a text named .docx: something was written"

if [[ ! -s "$work/cases" ]]; then
  fail "no cases"
fi
exit "$failed"
