#!/usr/bin/python3
"""Writes the cells of a rows file (JSON: header and rows, "" = empty) as .xlsx with openpyxl write_only.

Usage: /usr/bin/python3 openpyxl_write.py ROWS.json OUT.xlsx
"""
import json
import sys

import openpyxl

with open(sys.argv[1], encoding="utf-8") as source:
    table = json.load(source)
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("Åtagande")
sheet.append(table["header"])
for row in table["rows"]:
    sheet.append([value if value != "" else None for value in row])
book.save(sys.argv[2])
