# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this
# What the interop tests share; source it first: source "$(dirname "$0")/common.sh" "$@"
# Sets malkedja and fixtures from the arguments, as absolute paths (a test may change folders),
# here (the tests' folder), schema (the XSD), work (a folder removed at exit) and failed (0 until
# fail is called).
set -uo pipefail
malkedja=$(realpath -m "$1")
fixtures=$(realpath -m "$2")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
schema=$here/../../schema/malkedja.xsd
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {  # fail TEXT: prints a failure note and makes the test fail
  echo "FAIL $*"
  failed=1
}

validates() {  # validates XML [WHAT]: XML validates against the schema (xmllint)
  xmllint --noout --schema "$schema" "$1" 2>"$work/xmllint" ||
    fail "${2:-$(basename "$1")} does not validate: $(cat "$work/xmllint")"
}

skip_when_sanitized() {  # ends the test here in a sanitized build, which writes the bytes the plain build's run checks
  [[ -z ${MK_SANITIZED:-} ]] && return
  echo "skipped in the sanitized build"
  exit 0
}

requires() {  # requires TOOL... [-- PYTHON_MODULE...]: ends the test as failed unless each is installed
  local modules=false name
  for name in "$@"; do
    if [[ $name == -- ]]; then
      modules=true
      continue
    fi
    if $modules; then
      /usr/bin/python3 -c "import $name" 2>/dev/null && continue
    else
      command -v "$name" >/dev/null && continue
    fi
    echo "FAIL $name is not installed (bash scripts/setup test)"
    exit 1
  done
}

find_files() {  # find_files PATTERN FOLDER...: sets files to the files named PATTERN in the folders,
  # sorted; ends the test as failed when there is none
  local pattern=$1
  shift
  mapfile -d '' files < <(find "$@" -name "$pattern" -type f -print0 2>/dev/null | sort -z)
  if ((${#files[@]} == 0)); then
    echo "FAIL no $pattern found under $*"
    exit 1
  fi
}

converts() {  # converts TARGET OUTDIR FILE...: LibreOffice converts the files to TARGET (pdf, csv,
  # "txt:Text (encoded):UTF8", ...) into OUTDIR, with a profile of this test's own; fails otherwise
  local target=$1 outdir=$2
  shift 2
  mkdir -p "$outdir"
  if ! timeout 120 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to "$target" \
    --outdir "$outdir" "$@" >"$work/soffice" 2>&1; then
    fail "LibreOffice did not convert $# files to $target: $(tail -3 "$work/soffice")"
    return 1
  fi
}

odf_valid() {  # odf_valid PART... -- PACKAGE...: jing finds the named XML parts and the manifest of
  # every ODF package valid strict ODF 1.3 (the schemas beside the fixtures); fails otherwise
  local parts=() packages=() files=() manifests=() package folder part
  while (($#)) && [[ $1 != -- ]]; do parts+=("$1"); shift; done
  shift
  packages=("$@")
  for package in "${packages[@]}"; do
    folder=$work/odf_valid/$(basename "$package")
    mkdir -p "$folder"
    if ! unzip -qo "$package" "${parts[@]}" META-INF/manifest.xml -d "$folder"; then
      fail "$(basename "$package"): unzip failed"
      continue
    fi
    for part in "${parts[@]}"; do files+=("$folder/$part"); done
    manifests+=("$folder/META-INF/manifest.xml")
  done
  local schemas=$fixtures/../schemas/odf1.3
  if ! jing -i "$schemas/OpenDocument-v1.3-schema.rng" "${files[@]}" >"$work/jing" 2>/dev/null ||
    ! jing -i "$schemas/OpenDocument-v1.3-manifest-schema.rng" "${manifests[@]}" >>"$work/jing" 2>/dev/null; then
    fail "not valid ODF 1.3:"
    sed "s|$work/odf_valid/||" "$work/jing" | head -20
    return
  fi
  echo "ok   ${#manifests[@]} packages: ${parts[*]} and the manifest are valid ODF 1.3"
}

refusal_problems() {  # refusal_problems STATUS EXPECTED: sets problems to how the last run (its output
  # in $work/stdout and $work/stderr, its exit STATUS) breaks the contract of a refusal: exit status 2
  # (124: out of time), nothing on stdout, one "fel:" ("error:") line, the last, saying EXPECTED
  local status=$1 expected=$2 errors last
  problems=()
  ((status == 124)) && problems+=("took too long")
  ((status != 2 && status != 124)) && problems+=("exit status $status, not 2")
  [[ -s "$work/stdout" ]] && problems+=("wrote to stdout: $(head -c 200 "$work/stdout")")
  errors=$(grep -cE '^(fel|error): ' "$work/stderr")
  ((errors == 1)) || problems+=("$errors lines \"fel:\", not 1: $(head -c 300 "$work/stderr")")
  last=$(tail -n1 "$work/stderr")
  [[ "$last" == *"$expected"* ]] || problems+=("the last line does not say \"$expected\": $last")
}

report() {  # report LABEL SUMMARY: "ok   LABEL: SUMMARY" when problems is empty, else a failure listing them
  if ((${#problems[@]} == 0)); then
    echo "ok   $1: $2"
  else
    fail "$1:"
    printf '       %s\n' "${problems[@]}"
  fi
}
