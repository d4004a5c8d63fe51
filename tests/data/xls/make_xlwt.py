#!/usr/bin/python3
"""Writes booleans.xls with xlwt, which stores booleans and error values as BOOLERR records (as
Excel does; LibreOffice writes them as formulas), beside numbers with a percent format, a fill
from the default palette and a merge.

Usage: /usr/bin/python3 make_xlwt.py OUT.xls

What a reader finds is listed in tests/unit/xls/reader_test.cpp.
"""
import sys

import xlwt


def main(out):
    book = xlwt.Workbook()
    sheet = book.add_sheet("Boolerr")
    sheet.write(0, 0, "Sant")
    sheet.write(0, 1, True)
    sheet.write(1, 0, "Falskt")
    sheet.write(1, 1, False)
    # xlwt's table of error names gives #VALUE! the code of #NUM!, so the codes are given (MS-XLS BErr).
    for row, (name, code) in enumerate([("#NULL!", 0x00), ("#DIV/0!", 0x07), ("#VALUE!", 0x0F), ("#REF!", 0x17),
                                        ("#NAME?", 0x1D), ("#NUM!", 0x24), ("#N/A", 0x2A)], start=2):
        sheet.write(row, 0, "Fel " + name)
        sheet.row(row).set_cell_error(1, code)
    sheet.write(9, 0, "Andel")
    sheet.write(9, 1, 0.85, xlwt.easyxf(num_format_str="0%"))
    sheet.write(10, 0, "Grön")
    sheet.write(10, 1, "", xlwt.easyxf("pattern: pattern solid, fore_colour bright_green"))
    sheet.write_merge(11, 12, 0, 0, "Sammanfogad")
    book.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
