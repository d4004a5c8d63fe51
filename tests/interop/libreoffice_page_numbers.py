#!/usr/bin/python3
"""Adds page numbers to the footers of a Writer document, as a user of LibreOffice would.

Usage: /usr/bin/python3 libreoffice_page_numbers.py PROFILE_FOLDER INPUT OUTPUT...

Starts its own headless LibreOffice (with the user profile in PROFILE_FOLDER), opens INPUT hidden
and ends the footer of every page style its paragraphs use with " – sida N av M" (the fields Page
Number and Page Count), turning the footer on where it is off. Saves the document as each OUTPUT, in
the format its extension names (.docx or .odt).
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.style.NumberingType import ARABIC

FILTERS = {".docx": "MS Word 2007 XML", ".odt": "writer8"}


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice is still starting
            time.sleep(0.3)
    sys.exit("LibreOffice did not start")


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
    pipe = f"malkedja_pages_{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
                               "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                                (prop("Hidden", True),))
        styles = document.StyleFamilies.getByName("PageStyles")
        for name in page_styles_in_use(document):
            add_page_numbers(document, styles.getByName(name))
        for output in outputs:
            extension = os.path.splitext(output)[1].lower()
            document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(output)),
                                (prop("FilterName", FILTERS[extension]), prop("Overwrite", True)))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: libreoffice_page_numbers.py PROFILE_FOLDER INPUT OUTPUT...")
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
