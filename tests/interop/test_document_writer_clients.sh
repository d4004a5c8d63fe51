#!/usr/bin/env bash
# Our .docx and .odt, written from every fixture document and from a synthetic document with every
# block kind (by the test_docx_write doctest "document writers: client files"), open in real clients:
# - python-docx reads every .docx table with the cell texts we wrote;
# - LibreOffice converts every .docx and .odt to PDF and to text, and the text holds the headings;
# - jing validates content.xml, styles.xml, meta.xml and META-INF/manifest.xml of every .odt
#   against the strict ODF 1.3 schemas.
# Usage: test_document_writer_clients.sh MALKEDJA FIXTURES
source "$(dirname "$0")/common.sh" "$@"
tests=$(dirname "$malkedja")/tests
python=/usr/bin/python3

requires soffice jing -- docx

mkdir -p "$work/out"
client_files='document writers: client files'
if ! MK_INTEROP_OUT=$work/out "$tests/test_docx_write" --test-case="$client_files" >"$work/doctest" 2>&1; then
  echo "FAIL writing the documents: $(cat "$work/doctest")"
  exit 1
fi
mapfile -t written < <(find "$work/out" -name '*.docx' -o -name '*.odt' | sort)
if ((${#written[@]} < 20)); then
  echo "FAIL only ${#written[@]} documents written"
  exit 1
fi

# python-docx: the cell texts of every body table.
for docx in "$work"/out/*.docx; do
  name=$(basename "$docx")
  if ! "$python" "$here/docx_table_cells.py" "$docx" >"$work/cells" 2>"$work/error"; then
    fail "$name: python-docx cannot read it: $(tail -3 "$work/error")"
  elif ! diff -u --label "we wrote" --label "python-docx read" "$docx.cells" "$work/cells" >"$work/diff"; then
    fail "$name: python-docx reads other cell texts:"
    head -20 "$work/diff"
  else
    echo "ok   $name: python-docx reads $(wc -l <"$work/cells") table cells as written"
  fi
done

# LibreOffice: PDF and text for every file, the text holding every heading.
for extension in docx odt; do
  for target in pdf "txt:Text (encoded):UTF8"; do converts "$target" "$work/$extension" "$work"/out/*."$extension"; done
  for file in "$work"/out/*."$extension"; do
    name=$(basename "$file")
    stem=${name%."$extension"}
    pdf=$work/$extension/$stem.pdf
    text=$work/$extension/$stem.txt
    if [[ ! -s $pdf ]] || [[ $(head -c 5 "$pdf") != "%PDF-" ]]; then
      fail "$name: no PDF from LibreOffice"
      continue
    fi
    if [[ ! -s $text ]]; then
      fail "$name: no text from LibreOffice"
      continue
    fi
    missing=0
    while IFS= read -r heading; do
      if ! grep -qF -- "$heading" "$text"; then
        fail "$name: the heading \"$heading\" is not in LibreOffice's text"
        missing=1
      fi
    done <"$file.headings"
    ((missing)) || echo "ok   $name: LibreOffice makes a PDF and text with its $(wc -l <"$file.headings") headings"
  done
done

# jing: strict ODF 1.3, every part of every .odt in one run per schema.
odf_valid content.xml styles.xml meta.xml -- "$work"/out/*.odt
exit $failed
