#!/usr/bin/env bash
# Our .xlsx and .ods, written from every spreadsheet fixture and from a synthetic workbook with every
# cell type, look and sheet setting (by the doctests "xlsx writer: files for the client tests" and
# "ods writer: files for the client tests"), open in real clients:
# - openpyxl reads every .xlsx with the values and merged ranges `malkedja cells` prints for its
#   source, and the synthetic one with the fills, bold, wrapping and borders we wrote;
# - LibreOffice converts every .xlsx and .ods to PDF and to CSV, and opens the synthetic ones with
#   the header rows frozen;
# - jing validates content.xml, styles.xml, meta.xml, settings.xml and META-INF/manifest.xml of
#   every .ods against the strict ODF 1.3 schemas.
# Usage: test_sheet_writer_clients.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
tests=$(dirname "$malkedja")/tests
python=/usr/bin/python3

skip_when_sanitized
requires soffice jing -- openpyxl uno

mkdir -p "$work/out"
for format in xlsx ods; do
  case="$format writer: files for the client tests"
  if ! MK_INTEROP_OUT=$work/out "$tests/test_${format}_write" --test-case="$case" >"$work/doctest" 2>&1; then
    echo "FAIL writing the .$format files: $(cat "$work/doctest")"
    exit 1
  fi
done
mapfile -t xlsx < <(find "$work/out" -name '*.xlsx' | sort)
mapfile -t ods < <(find "$work/out" -name '*.ods' | sort)
if ((${#xlsx[@]} < 5 || ${#ods[@]} < 5)); then
  echo "FAIL only ${#xlsx[@]} .xlsx and ${#ods[@]} .ods written"
  exit 1
fi

# openpyxl: values and merged ranges as `malkedja cells` reads the source; the synthetic file's looks.
for file in "${xlsx[@]}"; do
  name=$(basename "$file")
  source=$file
  [[ -f $file.source ]] && source=$(cat "$file.source")
  if ! "$malkedja" cells --all-sheets "$source" >"$work/ours" 2>"$work/error"; then
    fail "$name: malkedja cannot read its source: $(cat "$work/error")"
  elif ! "$python" "$here/openpyxl_cells.py" "$file" >"$work/openpyxl" 2>"$work/error"; then
    fail "$name: openpyxl cannot read it: $(tail -3 "$work/error")"
  elif ! diff -u --label "malkedja $(basename "$source")" --label "openpyxl $name" "$work/ours" "$work/openpyxl" \
    >"$work/diff"; then
    fail "$name: openpyxl reads other cells:"
    head -20 "$work/diff"
  else
    echo "ok   $name: openpyxl reads the $(wc -l <"$work/ours") cells and merges of $(basename "$source")"
  fi
done
if ! "$python" "$here/openpyxl_looks.py" "$work/out/synthetic.xlsx" >"$work/looks" 2>"$work/error"; then
  fail "synthetic.xlsx: openpyxl cannot read its looks: $(tail -3 "$work/error")"
elif ! diff -u --label "we wrote" --label "openpyxl read" "$work/out/synthetic.xlsx.looks" "$work/looks"; then
  fail "synthetic.xlsx: openpyxl reads other looks (above)"
else
  echo "ok   synthetic.xlsx: openpyxl reads the fills, bold, wrapping and borders of $(wc -l <"$work/looks") cells"
fi

# LibreOffice: PDF and CSV (the first sheet) for every file.
for extension in xlsx ods; do
  for target in pdf csv; do converts "$target" "$work/$extension" "$work"/out/*."$extension"; done
  for file in "$work"/out/*."$extension"; do
    name=$(basename "$file")
    stem=$work/$extension/${name%."$extension"}
    if [[ ! -s $stem.pdf ]] || [[ $(head -c 5 "$stem.pdf") != "%PDF-" ]]; then
      fail "$name: no PDF from LibreOffice"
    elif [[ ! -s $stem.csv ]]; then
      fail "$name: no CSV from LibreOffice"
    else
      echo "ok   $name: LibreOffice makes a PDF and a CSV of $(wc -l <"$stem.csv") lines"
    fi
  done
done

# LibreOffice: the synthetic files open with their header rows frozen.
for file in "$work/out/synthetic.xlsx" "$work/out/synthetic.ods"; do
  name=$(basename "$file")
  sed "s/^/$name\t/" "$file.frozen" >"$work/frozen_expected"
  if ! timeout 120 "$python" "$here/libreoffice_frozen_rows.py" "$work/uno_profile" "$file" >"$work/frozen" \
    2>"$work/error"; then
    fail "$name: LibreOffice did not open it: $(tail -3 "$work/error")"
  elif ! diff -u --label "we wrote" --label "LibreOffice shows" "$work/frozen_expected" "$work/frozen"; then
    fail "$name: LibreOffice shows other frozen rows (above)"
  else
    echo "ok   $name: LibreOffice shows the frozen rows of $(wc -l <"$work/frozen") sheet(s)"
  fi
done

# jing: strict ODF 1.3, every part of every .ods.
odf_valid content.xml styles.xml meta.xml settings.xml -- "${ods[@]}"
exit "$failed"
