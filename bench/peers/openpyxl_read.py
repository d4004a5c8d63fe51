#!/usr/bin/python3
"""Reads every value of every sheet with openpyxl read_only and prints how many are non-empty.

Usage: /usr/bin/python3 openpyxl_read.py FILE.xlsx
"""
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
count = sum(value is not None for sheet in book for row in sheet.iter_rows(values_only=True) for value in row)
print(count)
