#!/usr/bin/python3
"""Writes the .ods files the ods reader tests use: openpyxl (Debian python3-openpyxl) writes an
.xlsx, LibreOffice (Debian libreoffice-calc-nogui) converts it to .ods.

Run it with /usr/bin/python3 from any folder; it writes beside itself:
- features.xlsx: the openpyxl original; numbers, a percentage, an amount in kronor, booleans,
  dates, a date-time, a time of day, an error, texts with runs of spaces, a tab and line breaks,
  three identical rows of identical neighbouring cells (LibreOffice writes the cells as one
  repeated cell); hidden rows and columns; merges; a hidden sheet.
- features.ods: LibreOffice's conversion of features.xlsx.
- fills.ods: LibreOffice's conversion of ../xlsx/fills.xlsx (openpyxl's cell fills, theme colours
  with a tint among them; run ../xlsx/make.py first).
- styles.ods: written by LibreOffice itself through UNO (Debian python3-uno): a cell with the cell
  style Good and bold text (an automatic style that inherits Good's background), a cell with the
  style Bad, and a column with a background (its default cell style).
"""
import datetime
import os
import shutil
import subprocess
import tempfile

import time

import openpyxl
import uno
from com.sun.star.beans import PropertyValue

HERE = os.path.dirname(os.path.abspath(__file__))

# Label, value and number format (None: General), one per row from row 2 on.
VALUES = [
    ("Tal", 0.1, None),
    ("Heltal", 42, None),
    ("Procent", 0.25, "0%"),
    ("Belopp", 1234.5, '#,##0.00 "kr"'),
    ("Sant", True, None),
    ("Falskt", False, None),
    ("Datum", datetime.datetime(2019, 3, 31), "yyyy-mm-dd"),
    ("Datum och tid", datetime.datetime(2019, 3, 31, 14, 30), "yyyy-mm-dd hh:mm"),
    ("Klockslag", datetime.time(14, 30, 15), "hh:mm:ss"),
    ("Fel", "#N/A", None),
    ("Mellanslag", "  två  rader\nmed   mellanslag  ", None),
    ("Tabb", "före\tefter", None),
    ("Tre rader", "ett\ntvå\ntre", None),
    ("Inledande nolla", "05719246", None),
    ("Kvartal", "Q4", None),
    ("Datum som text", "2018-01-23", None),
]


def write_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet["A1"] = "Vad"
    sheet["B1"] = "Värde"
    sheet["D1"] = "Sammanfogad"
    sheet.merge_cells("D1:E2")
    for row, (label, value, number_format) in enumerate(VALUES, start=2):
        sheet.cell(row=row, column=1, value=label)
        cell = sheet.cell(row=row, column=2, value=value)
        if number_format:
            cell.number_format = number_format
    after = len(VALUES) + 2
    # Identical neighbours: LibreOffice writes each row's four cells with number-columns-repeated
    # (the tests make a row repeat from these rows themselves).
    for row in range(after, after + 3):
        for column in range(1, 5):
            sheet.cell(row=row, column=column, value="Samma")
    sheet.cell(row=after + 4, column=1, value="Sammanfogad rad")
    sheet.merge_cells(start_row=after + 4, start_column=1, end_row=after + 4, end_column=3)
    for row in (3, 5):
        sheet.row_dimensions[row].hidden = True
    sheet.column_dimensions["C"].hidden = True
    hidden = book.create_sheet("Dold")
    hidden["A1"] = "Syns inte"
    hidden.sheet_state = "hidden"
    book.create_sheet("Sist")["B2"] = "Sista bladet"
    book.save(path)


def convert_to_ods(xlsx, folder):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "ods",
             "--outdir", folder, xlsx],
            check=True, stdout=subprocess.DEVNULL)


def office_property(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def write_styles_ods(path):
    with tempfile.TemporaryDirectory() as profile:
        pipe = "malkedja_make_%d" % os.getpid()
        office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                                   f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            for _ in range(150):
                try:
                    context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except Exception:  # LibreOffice is still starting
                    time.sleep(0.2)
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                               (office_property("Hidden", True),))
            sheet = doc.Sheets.getByIndex(0)
            sheet.Name = "Stilar"
            good = sheet.getCellRangeByName("A1")
            good.String = "Bra och fet"
            good.CellStyle = "Good"
            good.CharWeight = 150.0
            bad = sheet.getCellRangeByName("A2")
            bad.String = "Dålig"
            bad.CellStyle = "Bad"
            sheet.Columns.getByIndex(2).CellBackColor = 0xFFC000
            sheet.getCellRangeByName("C2").String = "i gul kolumn"
            doc.storeToURL(uno.systemPathToFileUrl(path), (office_property("FilterName", "calc8"),))
            doc.close(True)
        finally:
            office.terminate()
            office.wait()


def main():
    xlsx = os.path.join(HERE, "features.xlsx")
    write_xlsx(xlsx)
    with tempfile.TemporaryDirectory() as out:
        convert_to_ods(xlsx, out)
        shutil.move(os.path.join(out, "features.ods"), os.path.join(HERE, "features.ods"))
        convert_to_ods(os.path.join(HERE, "..", "xlsx", "fills.xlsx"), out)
        shutil.move(os.path.join(out, "fills.ods"), os.path.join(HERE, "fills.ods"))
    write_styles_ods(os.path.join(HERE, "styles.ods"))


if __name__ == "__main__":
    main()
