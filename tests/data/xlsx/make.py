#!/usr/bin/python3
"""Writes the small .xlsx files the xlsx reader tests use, with openpyxl (Debian python3-openpyxl).

Run it with /usr/bin/python3 from any folder; it writes beside itself:
- features.xlsx: 1900 date system; dates, date-times, times, a custom Swedish date format, an
  elapsed-time format, plain and formatted numbers, booleans, errors, a formula without a cached
  value, text with spaces and line breaks; hidden rows and columns; a merge; a hidden and a very
  hidden sheet.
- date1904.xlsx: the same dates in the 1904 date system.
- fills.xlsx: solid fills as an RGB value, on an empty cell, as theme colours with a tint (as Excel
  writes them), from the indexed palette, a pattern that is not solid, a run of filled cells, and
  the built-in cell styles Good and Bad (tests/data/ods/make.py converts it to .ods with LibreOffice).
- iso_dates.xlsx: dates written as ISO 8601 text (t="d", openpyxl's iso_dates), with fractions of
  a second that round up, into the next year too, a time alone, and negative zero.
"""
import datetime
import os

import openpyxl
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))

DATES = [
    ("Datum", datetime.datetime(2019, 3, 31), "yyyy-mm-dd"),
    ("Datum och tid", datetime.datetime(2019, 3, 31, 14, 30), "yyyy-mm-dd hh:mm"),
    ("Tidigt datum", datetime.datetime(1900, 1, 1), "yyyy-mm-dd"),
    ("Före skottdagen", datetime.datetime(1900, 2, 28), "yyyy-mm-dd"),
    ("Efter skottdagen", datetime.datetime(1900, 3, 1), "yyyy-mm-dd"),
    ("Svenskt format", datetime.datetime(2018, 1, 23), '[$-41D]d mmmm yyyy;@'),
]

# Label, value and number format (None: General) of the rows after the dates.
OTHER_VALUES = [
    ("Klockslag", datetime.time(14, 30, 15), "hh:mm:ss"),
    ("Varaktighet", 1.5, "[h]:mm:ss"),
    ("Tal", 0.1, None),
    ("Procent i rött", 0.25, '[Red]0.00%;"minus"'),
    ("Heltal", 42, None),
    ("Sant", True, None),
    ("Falskt", False, None),
    ("Fel", "#N/A", None),
    ("Formel", "=SUM(B10:B11)", None),
    ("Text", "  två rader\nmed mellanslag  ", None),
]


def fix_properties(wb):
    moment = datetime.datetime(2024, 1, 1)
    wb.properties.created = moment
    wb.properties.modified = moment
    wb.properties.creator = "make.py"


def features():
    wb = openpyxl.Workbook()
    fix_properties(wb)
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "Vad"
    ws["B1"] = "Värde"
    for row, (label, value, fmt) in enumerate(DATES + OTHER_VALUES, start=2):
        ws.cell(row, 1, label)
        cell = ws.cell(row, 2, value)
        if fmt:
            cell.number_format = fmt
    ws["D1"] = "Sammanfogad"
    ws.merge_cells("D1:E2")
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions.group("F", "H", hidden=True)
    hidden = wb.create_sheet("Dold")
    hidden["A1"] = "dold"
    hidden.sheet_state = "hidden"
    very_hidden = wb.create_sheet("Mycket dold")
    very_hidden["A1"] = "mycket dold"
    very_hidden.sheet_state = "veryHidden"
    wb.save(os.path.join(HERE, "features.xlsx"))


def date1904():
    wb = openpyxl.Workbook()
    fix_properties(wb)
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "1904"
    for row, (label, value, fmt) in enumerate(DATES, start=1):
        ws.cell(row, 1, label)
        ws.cell(row, 2, value).number_format = fmt
    wb.save(os.path.join(HERE, "date1904.xlsx"))


def fills():
    wb = openpyxl.Workbook()
    fix_properties(wb)
    ws = wb.active
    ws.title = "Färger"
    rows = [
        ("rgb", "Grön", Color(rgb="FF00B050"), "solid"),
        ("tom cell", None, Color(rgb="FFFF0000"), "solid"),
        # openpyxl's theme: accent6 F79646 lighter 40 %; Background 1 (white) darker 15 %; Text 1.
        ("tema accent6 +40 %", "Gul", Color(theme=9, tint=0.3999755851924192), "solid"),
        ("tema bakgrund 1 -15 %", "Grå", Color(theme=0, tint=-0.1499984740745262), "solid"),
        ("tema text 1", "Svart", Color(theme=1), "solid"),
        ("indexerad 10", "Röd", Color(indexed=10), "solid"),
        ("mönster", "Rutigt", Color(rgb="FFFF0000"), "darkGray"),
        ("ingen", "Vit", None, None),
    ]
    for row, (label, value, colour, pattern) in enumerate(rows, start=1):
        ws.cell(row, 1, label)
        cell = ws.cell(row, 2, value)
        if colour is not None:
            cell.fill = PatternFill(fill_type=pattern, fgColor=colour, bgColor=Color(indexed=64))
    ws["C1"] = "rad"
    for column in ("C", "D", "E"):
        ws[column + "1"].fill = PatternFill(fill_type="solid", fgColor="FF92D050")
    # Excel's built-in cell styles "Good" and "Bad" (openpyxl's named styles).
    ws["B9"] = "Bra"
    ws["B9"].style = "Good"
    ws["B10"] = "Dålig"
    ws["B10"].style = "Bad"
    wb.save(os.path.join(HERE, "fills.xlsx"))


def iso_dates():
    wb = openpyxl.Workbook(iso_dates=True)
    fix_properties(wb)
    ws = wb.active
    ws.title = "Datum"
    ws.append(["Datum", "Tid", "Värde"])
    ws.append([datetime.datetime(2019, 12, 31, 23, 59, 59, 900000), datetime.time(14, 30, 15), 0.1])
    ws.append([datetime.date(2024, 2, 29), datetime.datetime(2019, 3, 31, 14, 30, 15, 500000), -0.0])
    ws.append([datetime.datetime(1900, 1, 1, 6, 0), None, 1e16])
    ws["A2"].number_format = "yyyy-mm-dd"
    ws["B3"].number_format = "yyyy-mm-dd hh:mm:ss"
    wb.save(os.path.join(HERE, "iso_dates.xlsx"))


features()
date1904()
fills()
iso_dates()
