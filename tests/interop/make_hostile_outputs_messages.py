#!/usr/bin/python3
"""Writes the inputs of test_hostile_outputs_messages.sh into a folder: real fixtures changed with
Python's zipfile, or the bytes of a real fixture under another name.

Usage: /usr/bin/python3 make_hostile_outputs_messages.py FIXTURES OUTPUT_FOLDER
"""
import os
import sys
import zipfile

fixtures, folder = sys.argv[1], sys.argv[2]


def school_file(name, old, new):
    """The fixture skolor.csv with one school's name replaced."""
    with open(os.path.join(fixtures, "skolor", "skolor.csv"), encoding="utf-8") as f:
        text = f.read()
    assert old in text
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))


# Item 13: a name no file system takes, and two schools that give one file name.
school_file("long-name.csv", "Ekbackens skola", "Ekbackens skola " + "x" * 10000)
school_file("same-name.csv", "Ekbackens skola", "Björkskolan.")


# Item 17: libzip's own words never reach the user. A valid package whose sheet is LZMA-compressed
# (a method Excel and LibreOffice never write), and the first 3,000 bytes of a real package.
xlsx = os.path.join(fixtures, "uppfoljning", "atagande-2018.xlsx")
with zipfile.ZipFile(xlsx) as source, zipfile.ZipFile(os.path.join(folder, "lzma-sheet.xlsx"), "w") as out:
    for info in source.infolist():
        method = zipfile.ZIP_LZMA if info.filename == "xl/worksheets/sheet1.xml" else zipfile.ZIP_DEFLATED
        out.writestr(info.filename, source.read(info.filename), compress_type=method)
with open(xlsx, "rb") as f, open(os.path.join(folder, "cut-short.xlsx"), "wb") as out:
    out.write(f.read()[:3000])
