#!/usr/bin/python3
"""Puts pictures into a Writer document, as a user of LibreOffice would.

Usage: /usr/bin/python3 libreoffice_add_pictures.py PROFILE_FOLDER INPUT OUTPUT... -- EDIT...

Starts its own headless LibreOffice (with the user profile in PROFILE_FOLDER) and opens INPUT hidden.
Each EDIT is "PARAGRAPH|OFFSET|WORDS|NAME": in the paragraph OFFSET paragraphs after the first whose
text is PARAGRAPH, WORDS are typed at its end and then a small picture is put in as a character, with
NAME as its name and description (alt text). Saves the document as each OUTPUT, in the format its
extension names (.docx or .odt).
"""
import os
import sys

from libreoffice_uno import desktop, grey_picture, insert_picture, load_hidden, store_as


def paragraph_after(document, text, offset):
    paragraphs = document.Text.createEnumeration()
    found = None
    while paragraphs.hasMoreElements():
        block = paragraphs.nextElement()
        if not block.supportsService("com.sun.star.text.Paragraph"):
            continue
        if found is None and block.getString() == text:
            found = 0
        if found is not None:
            if found == offset:
                return block
            found += 1
    raise SystemExit(f"no paragraph {offset} after {text!r}")


def add_picture(document, graphic, text, offset, words, name):
    target = paragraph_after(document, text, offset)
    document.Text.insertString(target.getEnd(), words, False)
    insert_picture(document, graphic, document.Text, target.getEnd(), name, description=name)


def main(profile, source, outputs, edits):
    with desktop(profile) as desk:
        graphic = grey_picture(profile)
        document = load_hidden(desk, source)
        for edit in edits:
            text, offset, words, name = edit.split("|")
            add_picture(document, graphic, text, int(offset), words, name)
        for output in outputs:
            store_as(document, output)
        document.close(True)


if __name__ == "__main__":
    if "--" not in sys.argv or sys.argv.index("--") < 4:
        sys.exit("usage: libreoffice_add_pictures.py PROFILE_FOLDER INPUT OUTPUT... -- EDIT...")
    split = sys.argv.index("--")
    main(sys.argv[1], sys.argv[2], sys.argv[3:split], sys.argv[split + 1:])
