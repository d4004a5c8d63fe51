#!/usr/bin/python3
"""Writes times.xlsx for test_cells_match_openpyxl.sh: with openpyxl, one sheet of values each
shown with a date or time format, as people type them: a time of day (hh:mm:ss, h:mm, mm:ss,
h:mm AM/PM), durations ([h]:mm:ss, [mm]:ss), a date and time, a date, and a date and time shown
with a time format.

Usage: /usr/bin/python3 make_times.py OUTPUT.xlsx
"""
import datetime
import sys

import openpyxl

CELLS = [
    ("klockslag", datetime.time(12, 0, 0), "hh:mm:ss"),
    ("klockslag utan sekunder", 0.6043402777777778, "h:mm"),
    ("midnatt", datetime.time(0, 0, 0), "hh:mm:ss"),
    ("varaktighet", datetime.timedelta(days=1.5625), "[h]:mm:ss"),
    ("kort varaktighet", datetime.timedelta(minutes=90), "[h]:mm:ss"),
    ("minuter", datetime.timedelta(minutes=95, seconds=30), "[mm]:ss"),
    ("minuter och sekunder", datetime.time(0, 30, 15), "mm:ss"),
    ("datum och tid", datetime.datetime(2019, 3, 31, 14, 30), "yyyy-mm-dd hh:mm:ss"),
    ("datum", datetime.date(2019, 3, 31), "yyyy-mm-dd"),
    ("förmiddag och eftermiddag", datetime.time(14, 30), "h:mm AM/PM"),
    ("datum och tid som klockslag", datetime.datetime(2019, 3, 31, 12, 0), "hh:mm:ss"),
]

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Tider"
for row, (label, value, number_format) in enumerate(CELLS, start=1):
    sheet.cell(row, 1, label)
    sheet.cell(row, 2, value).number_format = number_format
book.save(sys.argv[1])
