#!/usr/bin/python3
"""Writes pictures.docx and pictures.odt beside itself: a work plan with a picture that has a
description and a title in a paragraph, one with only a name in a table cell, an embedded Calc
workbook with a description in a paragraph, and a logo beside the page header's text, made by LibreOffice Writer
through UNO (Debian's python3-uno), so that the drawings and objects are LibreOffice's own. Run it
with /usr/bin/python3 from any folder.
"""
import os
import sys
import tempfile

import uno  # noqa: F401 (makes the com.sun.star modules importable)
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "interop"))
from libreoffice_uno import add_paragraph, desktop, grey_picture, insert_picture, load_hidden, store  # noqa: E402

CALC_CLSID = "47BBB4CB-CE4C-4E80-A591-42D9AE74950F"


def main():
    with tempfile.TemporaryDirectory() as profile, desktop(profile) as desk:
        graphic = grey_picture(profile)
        document = load_hidden(desk, "private:factory/swriter")
        page_style = document.StyleFamilies.getByName("PageStyles").getByName("Standard")
        page_style.HeaderIsOn = True
        header = page_style.HeaderText
        header.setString("Barn- och utbildningsnämnden")
        insert_picture(document, graphic, header, header.getEnd(), "Kommunens logotyp", "Logotyp")
        text = document.Text
        cursor = text.createTextCursor()
        add_paragraph(text, cursor, "Nämndens mål", "Heading 1")
        add_paragraph(text, cursor, "Alla elever ska nå kunskapskraven", "Heading 2")
        text.insertString(cursor, "Elevernas resultat:", False)
        insert_picture(document, graphic, text, cursor, "Bild 1", "Resultat 2023",
                       "Stapeldiagram: andel elever med minst E, 2021 till 2023")
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        table = document.createInstance("com.sun.star.text.TextTable")
        table.initialize(1, 2)
        text.insertTextContent(cursor, table, False)
        table.getCellByName("A1").setString("Skolans bild")
        cell = table.getCellByName("B1")
        insert_picture(document, graphic, cell, cell.getEnd(), "Skolgården")
        text.insertString(cursor, "Budget:", False)
        workbook = document.createInstance("com.sun.star.text.TextEmbeddedObject")
        workbook.CLSID = CALC_CLSID
        text.insertTextContent(cursor, workbook, False)
        workbook.Name = "Budget 2024"
        workbook.Description = "Budget för läromedel 2024"
        sheet = workbook.getEmbeddedObject().Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1").setString("Läromedel")
        sheet.getCellRangeByName("B1").setValue(120000)
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        add_paragraph(text, cursor, "Slut.")
        store(document, os.path.join(HERE, "pictures.docx"), "MS Word 2007 XML")
        store(document, os.path.join(HERE, "pictures.odt"), "writer8")
        document.close(True)


if __name__ == "__main__":
    main()
