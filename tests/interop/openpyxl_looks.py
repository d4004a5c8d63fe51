#!/usr/bin/python3
"""Prints the look of every cell of an .xlsx that has one, as openpyxl reads it.

Usage: /usr/bin/python3 openpyxl_looks.py FILE.xlsx

One line per cell with a solid fill, bold text, wrapped text or thin borders on all four sides,
row-major per sheet in workbook order:
    SHEET<TAB>A1<TAB>FILL=RRGGBB BOLD WRAP BORDER    (only the parts the cell has)
"""
import sys

import openpyxl


def look(cell):
    parts = []
    if cell.fill.fill_type == "solid":
        parts.append("FILL=" + str(cell.fill.fgColor.rgb)[-6:].upper())
    if cell.font.b:
        parts.append("BOLD")
    if cell.alignment.wrap_text:
        parts.append("WRAP")
    sides = (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom)
    if all(side is not None and side.style == "thin" for side in sides):
        parts.append("BORDER")
    return " ".join(parts)


def main(path):
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for key in sorted(sheet._cells):
            cell = sheet._cells[key]
            text = look(cell)
            if text:
                print(f"{sheet.title}\t{cell.coordinate}\t{text}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: openpyxl_looks.py FILE.xlsx")
    main(sys.argv[1])
