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

# Item 17: a real package with a megabyte of other bytes in front of it (as a package cut out of a
# mail or a disk image is) is named as a damaged package, not as text to save as CSV.
with open(xlsx, "rb") as f, open(os.path.join(folder, "data-in-front.xlsx"), "wb") as out:
    out.write(bytes(range(256)) * 4096 + f.read())

# Item 17: a sheet part cut in the middle of a tag: pugixml's words never reach the user.
with zipfile.ZipFile(xlsx) as source, zipfile.ZipFile(os.path.join(folder, "cut-tag.xlsx"), "w") as out:
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            data = data[: data.index(b"<row") + 3]
        out.writestr(info, data)

# Item 17: normalized documents (written by malkedja import from a real work plan) that break the
# schema in one way each, and one whose goals lie below themselves.
chain = os.path.join(folder, "chain.xml")
if os.path.exists(chain):
    with open(chain, encoding="utf-8") as f:
        text = f.read()

    def variant(name, old, new):
        assert old in text, old
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(text.replace(old, new, 1))

    first, second = [line.strip() for line in text.splitlines() if line.strip().startswith('<goal id="')][:2]
    variant("unknown-element.xml", "<goals>", "<goals><comment/>")
    variant("unknown-level.xml", 'level="kf"', 'level="kommunfullmaktige"')
    variant("no-level.xml", ' level="kf"', "")
    variant("text-in-goals.xml", "<goals>", "<goals>anteckning")
    variant("not-well-formed.xml", "</goals>", "</goal>")
    first_id, second_id = first.split('"')[1], second.split('"')[1]
    cycle = text.replace(first, first[:-1] + f' parent="{second_id}">', 1)
    cycle = cycle.replace(second, second[:-1] + f' parent="{first_id}">', 1)
    with open(os.path.join(folder, "goal-cycle.xml"), "w", encoding="utf-8") as out:
        out.write(cycle)
