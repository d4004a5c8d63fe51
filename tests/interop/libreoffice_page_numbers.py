#!/usr/bin/python3
"""Adds page numbers to the footers of a Writer document, as a user of LibreOffice would.

Usage: /usr/bin/python3 libreoffice_page_numbers.py PROFILE_FOLDER INPUT OUTPUT...

Starts its own headless LibreOffice (with the user profile in PROFILE_FOLDER), opens INPUT hidden
and ends the footer of every page style its paragraphs use with " – sida N av M" (the fields Page
Number and Page Count), turning the footer on where it is off. Saves the document as each OUTPUT, in
the format its extension names (.docx or .odt).
"""
import os
import sys

import uno
from com.sun.star.style.NumberingType import ARABIC

from libreoffice_uno import desktop, load_hidden, store_as


def page_styles_in_use(document):
    used = set()
    paragraphs = document.Text.createEnumeration()
    while paragraphs.hasMoreElements():
        block = paragraphs.nextElement()
        if block.supportsService("com.sun.star.text.Paragraph") and block.PageStyleName:
            used.add(block.PageStyleName)
    return sorted(used)


def add_page_numbers(document, style):
    style.FooterIsOn = True
    text = style.FooterText
    text.insertString(text.getEnd(), " – sida ", False)
    number = document.createInstance("com.sun.star.text.textfield.PageNumber")
    number.NumberingType = ARABIC
    number.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
    text.insertTextContent(text.getEnd(), number, False)
    text.insertString(text.getEnd(), " av ", False)
    count = document.createInstance("com.sun.star.text.textfield.PageCount")
    count.NumberingType = ARABIC
    text.insertTextContent(text.getEnd(), count, False)


def main(profile, source, outputs):
    with desktop(profile) as desk:
        document = load_hidden(desk, source)
        styles = document.StyleFamilies.getByName("PageStyles")
        for name in page_styles_in_use(document):
            add_page_numbers(document, styles.getByName(name))
        for output in outputs:
            store_as(document, output)
        document.close(True)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: libreoffice_page_numbers.py PROFILE_FOLDER INPUT OUTPUT...")
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
