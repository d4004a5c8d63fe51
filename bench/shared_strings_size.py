#!/usr/bin/env python3
"""The memory `malkedja cells` holds for an .xlsx's shared-string table: each text's UTF-8 bytes
(packed into blocks) and a 16-byte view of it (converters/xlsx/shared_strings.hpp).

Usage: shared_strings_size.py FILE.xlsx... ; prints per file: name, texts, bytes (tab-separated).
Rich text runs are joined and phonetic runs left out, as the reader does.
"""
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
VIEW = 16


def table_size(path):
    texts = size = 0
    with zipfile.ZipFile(path) as package:
        if "xl/sharedStrings.xml" not in package.namelist():
            return 0, 0
        with package.open("xl/sharedStrings.xml") as part:
            for _, element in ET.iterparse(part, events=("end",)):
                if element.tag != MAIN + "si":
                    continue
                phonetic = {id(t) for r in element.iter(MAIN + "rPh") for t in r.iter(MAIN + "t")}
                text = "".join(t.text or "" for t in element.iter(MAIN + "t") if id(t) not in phonetic)
                texts += 1
                size += len(text.encode("utf-8")) + VIEW
                element.clear()
    return texts, size


def main():
    for path in sys.argv[1:]:
        texts, size = table_size(path)
        print(f"{os.path.basename(path)}\t{texts}\t{size}")


if __name__ == "__main__":
    main()
