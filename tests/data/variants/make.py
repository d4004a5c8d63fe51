#!/usr/bin/python3
"""Writes follow-up variants made by real clients, for the recognizer's tests: openpyxl (Debian
python3-openpyxl) writes each .xlsx, LibreOffice (Debian libreoffice-calc-nogui) converts it to .ods.
The texts come from the seed follow-ups (verksamhetsplan 2019, åtaganden 2018).

Run it with /usr/bin/python3 from any folder; it writes beside itself. What a person reading each
file finds is stated in tests/unit/recognize/variants_test.cpp.

- extra-columns.xlsx/.ods: a title, a line of the title block, a table with three columns malkedja
  has no field for (Resurs: text, Budget (tkr): numbers, Beslutad: dates) among the known ones, a
  goal cell merged over two activities, a row with a goal and a Resurs but no activity, a note two
  columns right of the table, a footnote; a second sheet of instructions with no table.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def extra_columns(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet["A1"] = "Uppföljning av verksamhetsplan 2019"
    sheet["A2"] = "Förvaltning: Utbildningsförvaltningen"
    header = ["Nämndmål", "Aktivitet", "Resurs", "Budget (tkr)", "Beslutad", "Status", "Kommentar"]
    for col, text in enumerate(header, start=1):
        sheet.cell(row=4, column=col, value=text)
    rows = [
        (5, ["Likvärdiga möjligheter", "Utveckling av elevhälsan från åtgärdande till förebyggande", "Elevhälsan",
             120.5, datetime.datetime(2019, 3, 31), "Pågående", "Startat i februari"]),
        (6, [None, "Följa upp och identifiera stödbehov", "Skolområde Öst", 80, None, "Genomfört", None]),
        (7, ["God ekonomisk kontroll", None, "Ekonomienheten", None, None, None, None]),
        (8, ["God ekonomisk kontroll", "Budgetuppföljning varje månad", "Ekonomienheten", 0, None, "Pågående", None]),
        (9, ["Goda arbetsplatser", "Medarbetarenkät med handlingsplan", "HR", 15, datetime.datetime(2019, 6, 30),
             "Kvarstår", "Försenad"]),
    ]
    for row, values in rows:
        for col, value in enumerate(values, start=1):
            if value is not None:
                cell = sheet.cell(row=row, column=col, value=value)
                if isinstance(value, datetime.datetime):
                    cell.number_format = "yyyy-mm-dd"
    sheet.merge_cells("A5:A6")
    sheet["I8"] = "Anteckning: se bilaga"
    sheet["A11"] = "* Status enligt nämndens beslut 2019-02-12"
    notes = book.create_sheet("Instruktioner")
    notes["A1"] = "Fyll i status per aktivitet"
    notes["A2"] = "Kontakt: controller@exempel.se"
    book.save(path)


def to_ods(xlsx):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "ods",
                        "--outdir", out, xlsx], check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(xlsx))[0] + ".ods"
        shutil.copy(os.path.join(out, name), os.path.join(HERE, name))


def main():
    for name, make in [("extra-columns", extra_columns)]:
        path = os.path.join(HERE, name + ".xlsx")
        make(path)
        to_ods(path)


if __name__ == "__main__":
    main()
