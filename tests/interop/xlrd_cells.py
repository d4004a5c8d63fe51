#!/usr/bin/python3
"""Prints an .xls the way `malkedja cells --all-sheets` does, as xlrd reads it.

Usage: /usr/bin/python3 xlrd_cells.py FILE.xls

The same lines as openpyxl_cells.py (cells row-major per sheet, then its merged ranges), with
dates, times and durations written by that script's rules from xlrd's serial and number format.
"""
import datetime
import sys

import xlrd
from openpyxl.utils import get_column_letter

from openpyxl_cells import clock_text, escape, format_date, format_number, is_time_only, merge_line


def is_duration(number_format):
    code = number_format.split(";")[0].lower()
    return any(bracket in code for bracket in ("[h]", "[hh]", "[m]", "[mm]", "[s]", "[ss]"))


def date_text(serial, number_format, datemode):
    if is_duration(number_format):
        return clock_text(round(serial * 86400))
    if serial < 1 and is_time_only(number_format):
        return clock_text(round(serial * 86400))
    if datemode == 1:  # xlrd's arithmetic goes wrong before 1904, which the 1904 system holds too
        value = datetime.datetime(1904, 1, 1) + datetime.timedelta(days=serial)
    else:
        value = xlrd.xldate.xldate_as_datetime(serial, datemode)
    if 0 <= serial < 1:
        value = value.time()
    return format_date(value, number_format)


def cell_line(book, cell):
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return ("s", escape(cell.value)) if cell.value else None
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return "n", format_number(cell.value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        number_format = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
        return "d", date_text(cell.value, number_format, book.datemode)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "b", "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return "e", xlrd.error_text_from_code[cell.value]
    return None


def main(path):
    book = xlrd.open_workbook(path, formatting_info=True)
    out = []
    for sheet in book.sheets():
        name = escape(sheet.name)
        for row in range(sheet.nrows):
            for col, cell in enumerate(sheet.row(row)):
                line = cell_line(book, cell)
                if line:
                    out.append(f"{name}\t{get_column_letter(col + 1)}{row + 1}\t{line[0]}\t{line[1]}")
        for first_row, end_row, first_col, end_col in sheet.merged_cells:
            out.append(merge_line(name, first_row + 1, first_col + 1, end_row, end_col))
    sys.stdout.write("".join(line + "\n" for line in out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: xlrd_cells.py FILE.xls")
    main(sys.argv[1])
