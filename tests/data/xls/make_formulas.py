#!/usr/bin/python3
"""Writes formulas.xlsx and long-text.xlsx with openpyxl, for make.sh to save as .xls with
LibreOffice (which works the formulas' results out and stores them):
- formulas.xlsx: formulas of every result kind, fills, a merge and a hidden sheet;
- long-text.xlsx: formulas whose text is longer than one record holds (8-bit and 16-bit
  characters), which LibreOffice continues in CONTINUE records, and one with a character outside
  the Basic Multilingual Plane (a surrogate pair).

Usage: /usr/bin/python3 make_formulas.py OUTDIR

On sheet "Formler", column A names each row and column B holds its formula; the results
LibreOffice stores are listed in tests/unit/xls/reader_test.cpp.
"""
import sys

import openpyxl
from openpyxl.styles import PatternFill

ROWS = [
    ("Tal", "=2*21", None),
    ("Procent", "=17/20", "0%"),
    ("Datum", "=DATE(2019,3,31)", "yyyy-mm-dd"),
    ("Datum och tid", "=DATE(2019,3,31)+TIME(14,30,0)", "yyyy-mm-dd hh:mm"),
    ("Varaktighet", "=1.5", "[h]:mm:ss"),
    ("Sant", "=1=1", None),
    ("Falskt", "=1=2", None),
    ("Text", '="Målet är "&"nått"', None),
    ("Utanför Latin-1", '="Ω ≥ 80 % —"', None),
    ("Tom text", '=""', None),
    ("Division med noll", "=1/0", None),
    ("Saknas", "=NA()", None),
    ("Fel värde", '="a"+1', None),
    ("Okänt namn", "=finnsinte()", None),
    ("Ogiltig referens", '=INDIRECT("A0")', None),
]

LONG_ROWS = [
    ("Lång text", '=REPT("åäö ",3000)', None),
    ("Lång bred text", '=REPT("Ω",5000)', None),
    ("Utanför BMP", '="Glad 😀"', None),
]

FILLS = {"C2": "C6EFCE", "C3": "FFEB9C", "C4": "FFC7CE", "C5": "123456"}


def formula_sheet(rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Formler"
    for row, (name, formula, number_format) in enumerate(rows, start=1):
        sheet.cell(row, 1, name)
        cell = sheet.cell(row, 2, formula)
        if number_format:
            cell.number_format = number_format
    return book, sheet


def main(outdir):
    formula_sheet(LONG_ROWS)[0].save(f"{outdir}/long-text.xlsx")
    book, sheet = formula_sheet(ROWS)
    for ref, rgb in FILLS.items():
        sheet[ref].fill = PatternFill("solid", start_color=rgb, end_color=rgb)
    sheet["C2"] = "grön"
    sheet["D1"] = "Sammanfogad"
    sheet.merge_cells("D1:E2")
    hidden = book.create_sheet("Dold")
    hidden["A1"] = "dold"
    hidden.sheet_state = "hidden"
    book.save(f"{outdir}/formulas.xlsx")


if __name__ == "__main__":
    main(sys.argv[1])
