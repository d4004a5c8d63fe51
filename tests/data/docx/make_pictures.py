#!/usr/bin/python3
"""Writes pictures.docx and pictures.odt beside itself: a work plan with a picture that has a
description and a title in a paragraph, one with only a name in a table cell, an embedded Calc
workbook with a description in a paragraph, and a logo beside the page header's text; and
note-pictures.docx and .odt: a work plan whose footnote holds a picture with a description and whose
endnote holds an embedded Calc workbook. Made by LibreOffice Writer through UNO (Debian's
python3-uno), so that the drawings, objects and notes are LibreOffice's own. Run it with
/usr/bin/python3 from any folder.
"""
import os
import sys
import tempfile

import uno  # noqa: F401 (makes the com.sun.star modules importable)
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "interop"))
from libreoffice_uno import (add_paragraph, desktop, grey_picture, insert_picture, insert_workbook,  # noqa: E402
                             load_hidden, store_twins)


def note_pictures(desk, graphic):
    """note-pictures.docx and .odt."""
    document = load_hidden(desk, "private:factory/swriter")
    text = document.Text
    cursor = text.createTextCursor()
    add_paragraph(text, cursor, "Nämndens mål", "Heading 1")
    add_paragraph(text, cursor, "Alla elever ska nå kunskapskraven", "Heading 2")
    text.insertString(cursor, "Skolområdena samarbetar.", False)
    footnote = document.createInstance("com.sun.star.text.Footnote")
    text.insertTextContent(cursor, footnote, False)
    footnote.setString("Se kartan: ")
    insert_picture(document, graphic, footnote, footnote.getEnd(), "Bild 1", "Karta",
                   "Karta över skolområdena")
    text.insertString(cursor, " Budgeten räcker.", False)
    endnote = document.createInstance("com.sun.star.text.Endnote")
    text.insertTextContent(cursor, endnote, False)
    endnote.setString("Budget: ")
    insert_workbook(document, endnote, endnote.getEnd(), "Budget 2024", {"A1": "Läromedel", "B1": 120000})
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    add_paragraph(text, cursor, "Slut.")
    store_twins(document, HERE, "note-pictures")


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
        insert_workbook(document, text, cursor, "Budget 2024", {"A1": "Läromedel", "B1": 120000},
                        "Budget för läromedel 2024")
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        add_paragraph(text, cursor, "Slut.")
        store_twins(document, HERE, "pictures")
        note_pictures(desk, graphic)


if __name__ == "__main__":
    main()
