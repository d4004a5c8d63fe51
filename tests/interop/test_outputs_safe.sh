#!/usr/bin/env bash
# Outputs are safe: `malkedja import ... -o OUT` never writes over an input (same device and inode,
# also through a hard link or a symbolic link), writes atomically (no temporary file left after an
# error, an existing output untouched), and a missing or read-only output folder is a clear error.
# Read-only folder as root: root writes into a folder without write permission, so the root-proof
# case is sysfs (/sys, where nobody may create a regular file); the permission case runs for other
# users only.
# Usage: test_outputs_safe.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
cd "$work" || exit 1
cp "$fixtures/uppfoljning/atagande-2018.csv" in.csv
echo "not a folder" >plain.txt
mkdir folder.xml
"$malkedja" import in.csv -o existing.xml 2>/dev/null || fail "import in.csv -o existing.xml failed"
ln existing.xml hard.xml
ln -s existing.xml soft.xml
printf 'no spreadsheet at all\n' >broken.csv
original=$(sha256sum <in.csv)
existing=$(sha256sum <existing.xml)
listing() { ls -A "$work"; }

refused() {  # refused EXPECTED ARGS...: import ARGS exits 2, one "fel:" line saying EXPECTED, no file changed
  local expected=$1
  shift
  local before status message lines failed_before=$failed
  failed=0
  before=$(listing)
  "$malkedja" import "$@" >/dev/null 2>"$work/.stderr"
  status=$?
  message=$(head -n1 "$work/.stderr")
  lines=$(wc -l <"$work/.stderr")
  rm -f "$work/.stderr"
  ((status == 2)) || fail "import $*: exit status $status, not 2"
  ((lines == 1)) || fail "import $*: $lines lines on stderr, not 1"
  [[ "$message" == "fel: "*"$expected"* ]] || fail "import $*: the message does not say \"$expected\": $message"
  [[ "$(listing)" == "$before" ]] || fail "import $*: files changed: $(listing | tr '\n' ' ')"
  [[ "$(sha256sum <in.csv)" == "$original" ]] || fail "import $*: the input changed"
  [[ "$(sha256sum <existing.xml)" == "$existing" ]] || fail "import $*: the existing output changed"
  ((failed)) || echo "ok   import $*: ${message#fel: }"
  ((failed |= failed_before))
}

# Never over an input: the same file, a hard link to it, a symbolic link to it, as first or later input.
refused "samma fil som en infil" existing.xml -o existing.xml
refused "samma fil som en infil" existing.xml -o hard.xml
refused "samma fil som en infil" existing.xml -o soft.xml
refused "samma fil som en infil" in.csv existing.xml -o hard.xml

# Options before inputs (issue 19): an output import does not write is refused before any input is
# read, even a missing one.
refused "kan inte skrivas som xlsx: ge utfilen ändelsen .xml" missing.csv -o out.xlsx
refused "utfilens ändelse säger inte vilket format" in.csv -o out
refused "missing.csv: filen finns inte" in.csv missing.csv -o new.xml

# Atomic: an input error leaves an existing output as it was and no temporary file.
refused "broken.csv" broken.csv -o existing.xml
refused "broken.csv" in.csv broken.csv -o new.xml

# Missing, read-only or impossible output places.
refused "mappen för utfilen finns inte" in.csv -o missing/out.xml
refused "mappen för utfilen finns inte" in.csv -o plain.txt/out.xml
refused "utfilen är en mapp" in.csv -o folder.xml
if [[ -d /sys ]]; then  # sysfs: nobody, root included, may create a file there
  refused "utfilen kan inte skrivas" in.csv -o /sys/out.xml
fi
if (($(id -u) != 0)); then
  mkdir locked && chmod a-w locked
  refused "utfilen kan inte skrivas" in.csv -o locked/out.xml
  chmod u+w locked && rmdir locked
fi

# A write that fails half-way (a file-size limit, with SIGXFSZ ignored so that write() returns EFBIG,
# which holds for root too) leaves neither the output nor its temporary file.
before=$(listing)
(
  trap '' XFSZ
  ulimit -f 4
  exec "$malkedja" import in.csv -o limited.xml
) >/dev/null 2>"$work/.stderr"
status=$?
((status == 2)) || fail "import under a file-size limit: exit status $status, not 2"
grep -q "^fel: limited.xml: utfilen kan inte skrivas" "$work/.stderr" ||
  fail "import under a file-size limit: $(head -c 300 "$work/.stderr")"
rm -f "$work/.stderr"
[[ "$(listing)" == "$before" ]] || fail "import under a file-size limit left files: $(listing | tr '\n' ' ')"

# And the ordinary case writes the file, with nothing else beside it.
before=$(listing)
"$malkedja" import in.csv -o written.xml 2>/dev/null || fail "import in.csv -o written.xml failed"
[[ -s written.xml ]] || fail "written.xml was not written"
[[ "$(listing | grep -v '^written.xml$')" == "$before" ]] || fail "import left other files: $(listing | tr '\n' ' ')"
exit "$failed"
