"""Prints every float cell of the sheet "Sammanfattning" of an .xlsx as openpyxl reads it:
COORDINATE<TAB>VALUE<TAB>NUMBER_FORMAT, one line per cell.
Usage: openpyxl_shares.py FILE.xlsx"""
import sys

import openpyxl

sheet = openpyxl.load_workbook(sys.argv[1])["Sammanfattning"]
for row in sheet.iter_rows():
    for cell in row:
        if isinstance(cell.value, float):
            print(f"{cell.coordinate}\t{cell.value!r}\t{cell.number_format}")
