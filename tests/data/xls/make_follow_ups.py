#!/usr/bin/python3
"""Writes follow-up spreadsheets as a förvaltning's old .xls would hold them, with openpyxl, for
make.sh to save as .xls with LibreOffice (which works the formulas' results out and stores them):
- traffic-lights.xlsx: statuses shown only as solid fill colours of empty cells (green, yellow,
  red), a legend of coloured cells (each holding its word) under the table, goals merged down over
  their activities;
- indicators.xlsx: Aktivitet, Indikator, Målvärde ("≥ 80 %" as text, 0.8 in a percent format), Utfall as
  fractions in a 0% format (one computed by =17/20), Utfall föregående år, Klart datum in a
  yyyy-mm-dd format (one computed by =DATE(...));
- schools.xlsx: one sheet per school (Skola A, Skola B), a hidden instructions sheet, and a Klar
  column of booleans;
- long-comments.xlsx: long comments with line breaks, a title merged across the table, and a row
  of totals computed by formulas under it.

Usage: /usr/bin/python3 make_follow_ups.py OUTDIR
(make.sh writes them beside itself, where the tests read them as the .xls files' twins.)

What each file must read as is stated in tests/unit/xls/reader_test.cpp, and
tests/interop/test_xls_follow_ups.sh imports each .xls beside its .xlsx twins.
"""
import datetime
import os
import sys

import openpyxl
from openpyxl.styles import Alignment

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "variants"))
from make import GREEN, RED, YELLOW, fill, put  # noqa: E402  (the variants' cell writers and colours)


def traffic_lights(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet["A1"] = "Uppföljning av verksamhetsplan 2019"
    put(sheet, 3, 1, [
        ["Nämndmål", "Aktivitet", "Status", "Kommentar"],
        ["Likvärdiga möjligheter", "Utveckling av elevhälsan", None, "Startat i februari"],
        [None, "Följa upp stödbehov", None, None],
        [None, "Läsfrämjande insatser", None, None],
        ["God ekonomisk kontroll", "Budgetuppföljning varje månad", None, "Försenad"],
        [None, "Avtalstrohet vid inköp", None, None],
    ])
    sheet.merge_cells("A4:A6")
    sheet.merge_cells("A7:A8")
    for ref, rgb in {"C4": GREEN, "C5": YELLOW, "C6": GREEN, "C7": RED, "C8": YELLOW}.items():
        fill(sheet[ref], rgb)
    put(sheet, 10, 1, [["Förklaring"], ["Enligt plan"], ["Ej påbörjad"], ["Avviker från plan"]])
    for ref, rgb in {"A11": GREEN, "A12": YELLOW, "A13": RED}.items():
        fill(sheet[ref], rgb)
    book.save(path)


def indicators(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Indikatorer 2019"
    put(sheet, 1, 1, [
        ["Nämndmål", "Aktivitet", "Indikator", "Målvärde", "Utfall", "Utfall föregående år", "Klart datum",
         "Status"],
        ["Maximalt lärande", "Läsprojekt i åk 4-6", "Andel elever med godkänt i alla ämnen", "≥ 80 %", 0.78, 0.74,
         datetime.datetime(2019, 6, 14), "Avviker från plan"],
        ["Maximalt lärande", "Studievägledning i åk 8", "Andel behöriga till gymnasiet", 0.8, "=17/20", 0.82,
         "=DATE(2019,12,20)", "Enligt plan"],
        ["Lust och engagemang", "Trygghetsvandringar", "Andel elever som känner sig trygga", 0.9, 0.93, None, None,
         "Genomfört"],
    ])
    for row in range(2, 5):
        sheet.cell(row=row, column=5).number_format = "0%"
        sheet.cell(row=row, column=6).number_format = "0%"
        sheet.cell(row=row, column=7).number_format = "yyyy-mm-dd"
    for row in (3, 4):
        sheet.cell(row=row, column=4).number_format = "0%"
    book.save(path)


def schools(path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    rows = {
        "Skola A": [["Likvärdiga möjligheter", "Utveckling av elevhälsan", True, "Genomfört"],
                    ["God ekonomisk kontroll", "Budgetuppföljning varje månad", False, "Pågående"]],
        "Skola B": [["Likvärdiga möjligheter", "Utveckling av elevhälsan", False, "Kvarstår"],
                    ["God ekonomisk kontroll", "Budgetuppföljning varje månad", True, "Klart"]],
    }
    for name, body in rows.items():
        sheet = book.create_sheet(name)
        put(sheet, 1, 1, [["Nämndmål", "Aktivitet", "Klar", "Status"]] + body)
    notes = book.create_sheet("Instruktioner")
    notes["A1"] = "Fyll i status per aktivitet och skola"
    notes["A2"] = "Klar: SANT när aktiviteten är genomförd"
    notes.sheet_state = "hidden"
    book.save(path)


LONG_COMMENT = ("Arbetet har pågått hela året i samtliga skolor.\n"
                "Under hösten genomfördes fortbildning för all personal; uppföljningen visar att "
                "insatserna har gett effekt men att tre skolor behöver mer stöd.\n\n"
                "Fortsätter 2020. " + "Se bilaga 2 för detaljer. " * 20).strip()


def long_comments(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning"
    sheet["A1"] = "Uppföljning av åtaganden 2019\nGrundskolenämnden"
    sheet.merge_cells("A1:E1")
    put(sheet, 3, 1, [
        ["Nämndmål", "Aktivitet", "Budget (tkr)", "Status", "Kommentar"],
        ["Likvärdiga möjligheter - Skolan är en mötesplats\nsom bidrar till likvärdighet",
         "Utveckling av elevhälsan från åtgärdande till förebyggande och hälsofrämjande", 120.5,
         "Pågående", LONG_COMMENT],
        ["Goda arbetsplatser", "Medarbetarenkät med handlingsplan", 15, "Kvarstår", "Försenad\nny tid i mars"],
        ["Goda arbetsplatser", "Kompetensutveckling", 1200, "Genomfört", None],
        ["Summa", None, "=SUM(C4:C6)", '=COUNTIF(D4:D6,"Genomfört")&" av "&COUNTA(D4:D6)&" genomförda"', None],
    ])
    for row in range(4, 8):
        for col in range(1, 6):
            sheet.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def main(outdir):
    traffic_lights(f"{outdir}/traffic-lights.xlsx")
    indicators(f"{outdir}/indicators.xlsx")
    schools(f"{outdir}/schools.xlsx")
    long_comments(f"{outdir}/long-comments.xlsx")


if __name__ == "__main__":
    main(sys.argv[1])
