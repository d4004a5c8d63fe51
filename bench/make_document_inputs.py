#!/usr/bin/python3
"""Writes the document input of the bench into a folder.

Usage: /usr/bin/python3 make_document_inputs.py FIXTURES OUT_DIR

- paragraphs-1M.docx: FIXTURES/malkedja/svenljunga-plan-2026.docx (Word's own file) with a million
  short paragraphs put at the start of its body (zipfile, the other parts unchanged): the document
  of the memory target of `malkedja blocks`, as tests/interop/make_memory_bombs.py makes it.
Files that already exist are kept.
"""
import os
import random
import sys
import zipfile

SEED = 20260103
PARAGRAPHS = 1_000_000


def main():
    fixtures, out_dir = sys.argv[1], sys.argv[2]
    target = os.path.join(out_dir, "paragraphs-1M.docx")
    if os.path.exists(target):
        return
    print("make_document_inputs: writing paragraphs-1M.docx", flush=True)
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    paragraphs = "".join(f"<w:p><w:r><w:t>{rng.getrandbits(40):010x}</w:t></w:r></w:p>"
                         for _ in range(PARAGRAPHS)).encode()
    source = os.path.join(fixtures, "malkedja", "svenljunga-plan-2026.docx")
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target + ".tmp", "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                at = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:at] + paragraphs + data[at:]
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    os.replace(target + ".tmp", target)


if __name__ == "__main__":
    main()
