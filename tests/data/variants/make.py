#!/usr/bin/python3
"""Writes follow-up variants made by real clients, for the recognizer's tests: openpyxl (Debian
python3-openpyxl) writes each .xlsx, LibreOffice (Debian libreoffice-calc-nogui) converts it to .ods.
The texts come from the seed follow-ups (verksamhetsplan 2019, åtaganden 2018).

Run it with /usr/bin/python3 from any folder; it writes beside itself (all variants, or only those
named as arguments: make.py totals-row). What a person reading each
file finds is stated in tests/unit/recognize/variants_test.cpp.

- extra-columns.xlsx/.ods: a title, a line of the title block, a table with three columns malkedja
  has no field for (Resurs: text, Budget (tkr): numbers, Beslutad: dates) among the known ones, a
  goal cell merged over two activities, a row with a goal and a Resurs but no activity, a note two
  columns right of the table, a footnote; a second sheet of instructions with no table.
- percent-columns: columns malkedja has no field for whose numbers are shown as percentages
  (Andel klar "0%", Närvaro "0.0%") beside a plain number column (Antal elever).
- duplicate-columns: two columns each of Ansvarig, Status delår 1 and Utfall, as a table grown by
  copying a column gets them; an indicator per activity.
- explained-headers: a template whose headers each say what to write after their name ("Aktivitet –
  vad gör vi?", "Ansvarig" and "(namn och roll)" on a second line, "Kommentar (högst 200 tecken)").
- unit-column: an Enhet column, three schools with the same two activities each.
- sheet-per-unit: one sheet per school (Skola A, Skola B, Skola C), the same table on each.
- sheet-per-perspective: one sheet per perspective (Samhälle, Medborgare) with goals of its own, no
  perspective column.
- years-stacked: the 2019 table, an empty row, a title "Uppföljning 2018" and the 2018 table
  with the same header below it.
- years-side-by-side: the 2019 and 2018 tables beside each other, an empty column between them,
  each with its title above it.
- years-in-columns: the 2018 and 2019 statuses of one table side by side, "Status 2018 |
  Kommentar 2018 | Status 2019 | Kommentar 2019", a comment in 2019 only.
- title-above-header: a short title right above the header ("Grundskolans åtaganden").
- uppfoljning-2018, uppfoljning-2019: the same follow-up in two files of two years.
- uppfoljning-skola-a, uppfoljning-skola-b: the same follow-up in one file per school.
- unit-and-year-columns: Skola and År columns, two schools with the same activity in two years.
- perspectives-stacked: a table per perspective below each other (Samhälle, Ekonomi), an empty
  row between them, a footnote below the last.
- title-unit-2019: a title block naming the school ("Skola | Skola A") and no year; the year is in
  the file's name.
- unit-sections: one table of three schools, a line of its own above each school's rows naming it
  ("Skola: Skola A", "Skola: Skola B", "Enhet: Skola C").
- unit-above-tables: a table per school below each other, an empty row between them, a line naming
  the school above each header ("Skola: Skola A" above the first, as the title block).
- legend-beside: statuses shown only as fill colours of empty cells, and under the table, after an
  empty row, a heading "Förklaring" and a legend of colours beside their words: A11 green with
  "Klar" in B11, A12 yellow with "Pågår", A13 red with "Avviker".
- legend-right: statuses shown only as fill colours, perspective rows merged across the table
  ("Medborgare", "Samhälle"), and right of the table, after an empty column, a legend whose heading
  "Färgförklaring" stands on the header's row (F3) and whose lines share the first perspective's row
  and the rows below it: F4 green with "Klar" in G4, F5 yellow with "Pågår", F6 red with "Avviker".
- totals-row: a table with a Budget (tkr) column and, under it, a row "Summa" with =SUM(...) and
  =COUNTIF(...)&" klara", and a row "Antal:" with =COUNTA(...) in the Aktivitet column; its .xlsx is
  LibreOffice's, which stores the formulas' results as Excel does (openpyxl stores none).
The .xls of legend-beside and totals-row is LibreOffice's ("MS Excel 97"), as a förvaltning's old
files hold them.
The .csv of unit-column, unit-and-year-columns and perspectives-stacked is LibreOffice's (";",
UTF-8), as a municipality's export to CSV would be.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.styles import PatternFill

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


def percent_columns(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet.append(["Nämndmål", "Aktivitet", "Status", "Andel klar", "Närvaro", "Antal elever"])
    sheet.append(["Likvärdiga möjligheter", "Utveckling av elevhälsan", "Pågående", 0.5, 0.925, 120])
    sheet.append(["Likvärdiga möjligheter", "Följa upp stödbehov", "Genomfört", 1, 0.9, 80])
    sheet.append(["God ekonomisk kontroll", "Budgetuppföljning varje månad", "Kvarstår", 0.125, None, 0.5])
    for row in sheet.iter_rows(min_row=2):
        row[3].number_format = "0%"
        row[4].number_format = "0.0%"
    book.save(path)


def duplicate_columns(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet.append(["Nämndmål", "Aktivitet", "Ansvarig", "Ansvarig", "Status delår 1", "Status delår 1", "Kommentar",
                  "Indikator", "Utfall", "Utfall"])
    sheet.append(["Likvärdiga möjligheter", "Utveckling av elevhälsan", "Rektor", "Biträdande rektor", "Genomfört",
                  "Avviker", "Två besked", "Andel elever med stöd", 10, 20])
    sheet.append(["Likvärdiga möjligheter", "Följa upp stödbehov", "Rektor", "Lärare", "Pågående", "Pågående", None,
                  "Antal uppföljningar", 30, 40])
    book.save(path)


def explained_headers(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet.append(["Mål – vad vill vi uppnå?", "Aktivitet – vad gör vi?", "Ansvarig\n(namn och roll)",
                  "Status delår 1 – grön, gul eller röd", "Kommentar (högst 200 tecken)"])
    sheet.append(["Likvärdiga möjligheter", "Utveckling av elevhälsan", "Rektor", "Grön", "Enligt plan"])
    sheet.append(["Likvärdiga möjligheter", "Följa upp stödbehov", "Specialpedagog", "Röd", "Försenad"])
    sheet.append(["God ekonomisk kontroll", "Budgetuppföljning varje månad", "Controller", "Gul", None])
    book.save(path)


HEADER = ["Nämndmål", "Aktivitet", "Status"]
ROWS_2019 = [
    ["Likvärdiga möjligheter", "Utveckling av elevhälsan", "Pågående"],
    ["Likvärdiga möjligheter", "Följa upp stödbehov", "Genomfört"],
    ["God ekonomisk kontroll", "Budgetuppföljning varje månad", "Kvarstår"],
]
ROWS_2018 = [
    ["Likvärdiga möjligheter", "Utveckling av elevhälsan", "Ej påbörjad"],
    ["Likvärdiga möjligheter", "Följa upp stödbehov", "Pågående"],
    ["God ekonomisk kontroll", "Budgetuppföljning varje månad", "Genomfört"],
]


def put(sheet, top, left, rows):
    """Writes rows (lists of values) with their first cell at row top, column left (1-based)."""
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is not None:
                sheet.cell(row=top + r, column=left + c, value=value)


def unit_column(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    rows = [["Enhet"] + HEADER]
    for school in ["Skola A", "Skola B", "Skola C"]:
        rows += [[school] + row for row in ROWS_2019[:2]]
    put(sheet, 1, 1, rows)
    book.save(path)


def sheet_per(names):
    def make(path):
        book = openpyxl.Workbook()
        book.remove(book.active)
        for name in names:
            put(book.create_sheet(name), 1, 1, [HEADER] + ROWS_2019)
        book.save(path)
    return make


def sheet_per_perspective(path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    put(book.create_sheet("Samhälle"), 1, 1, [HEADER] + ROWS_2019[:2])
    put(book.create_sheet("Medborgare"), 1, 1, [HEADER, ["Maximalt lärande", "Tillgänglig lärmiljö", "Pågående"],
                                                  ["Lust och engagemang", "Elevråd på alla skolor", "Genomfört"]])
    book.save(path)


def two_years(top, left, gap):
    """The 2019 table, and the 2018 table with its title at row top, column left, gap empty rows
    between that title and its header."""
    def make(path):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Uppföljning"
        put(sheet, 1, 1, [["Uppföljning 2019"], [], HEADER] + ROWS_2019)
        put(sheet, top, left, [["Uppföljning 2018"]] + [[]] * gap + [HEADER] + ROWS_2018)
        book.save(path)
    return make


def years_in_columns(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning"
    header = ["Nämndmål", "Aktivitet", "Status 2018", "Kommentar 2018", "Status 2019", "Kommentar 2019"]
    rows = [[goal, activity, before, None, after, None]
            for (goal, activity, before), (_, _, after) in zip(ROWS_2018, ROWS_2019)]
    rows[2][5] = "Nytt ekonomisystem under hösten"
    put(sheet, 1, 1, [["Uppföljning av åtaganden"], [], header] + rows)
    book.save(path)


def title_above_header(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Åtaganden"
    put(sheet, 1, 1, [["Grundskolans åtaganden"], HEADER] + ROWS_2019)
    book.save(path)


def one_file(title, rows):
    def make(path):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Uppföljning"
        put(sheet, 1, 1, [[title], [], HEADER] + rows)
        book.save(path)
    return make


def unit_and_year_columns(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning"
    rows = [["Skola", "År"] + HEADER]
    for school, done in [("Skola A", "Genomfört"), ("Skola B", "Avviker från plan")]:
        rows.append([school, 2018, "Likvärdiga möjligheter", "Utveckling av elevhälsan", "Genomfört"])
        rows.append([school, 2019, "Likvärdiga möjligheter", "Utveckling av elevhälsan", done])
    put(sheet, 1, 1, rows)
    book.save(path)


def perspectives_stacked(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    put(sheet, 1, 1, [["Samhälle"], HEADER] + ROWS_2019[:2] + [[], ["Ekonomi"], HEADER, ROWS_2019[2], [],
                      ["* Status enligt nämndens beslut"]])
    book.save(path)


def title_unit(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning"
    put(sheet, 1, 1, [["Uppföljning av verksamhetsplanen"], ["Skola", "Skola A"], [], HEADER] + ROWS_2019)
    book.save(path)


def unit_sections(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    rows = [HEADER]
    for label, school in [("Skola", "Skola A"), ("Skola", "Skola B"), ("Enhet", "Skola C")]:
        rows += [[label + ": " + school]] + ROWS_2019
    put(sheet, 1, 1, rows)
    book.save(path)


def unit_above_tables(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    rows = []
    for school in ["Skola A", "Skola B", "Skola C"]:
        rows += [["Skola: " + school], HEADER] + ROWS_2019 + [[]]
    put(sheet, 1, 1, rows[:-1])
    book.save(path)


GREEN, YELLOW, RED = "00B050", "FFFF00", "FF0000"


def fill(cell, rgb):
    cell.fill = PatternFill("solid", start_color=rgb, end_color=rgb)


def legend_beside(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet["A1"] = "Uppföljning av verksamhetsplan 2019"
    put(sheet, 3, 1, [
        ["Nämndmål", "Aktivitet", "Status", "Kommentar"],
        ["Maximalt lärande", "Tillgänglig lärmiljö", None, None],
        [None, "Språkutvecklande arbetssätt", None, "Alla skolor med"],
        [None, "Elevråd på alla skolor", None, None],
        ["Goda arbetsplatser", "Medarbetarenkät med handlingsplan", None, "Enkäten flyttad till hösten"],
        [None, "Kompetensutveckling", None, None],
        [],
        ["Förklaring"],
        [None, "Klar"],
        [None, "Pågår"],
        [None, "Avviker"],
    ])
    sheet.merge_cells("A4:A6")
    sheet.merge_cells("A7:A8")
    for ref, rgb in {"C4": GREEN, "C5": YELLOW, "C6": GREEN, "C7": RED, "C8": YELLOW,
                     "A11": GREEN, "A12": YELLOW, "A13": RED}.items():
        fill(sheet[ref], rgb)
    book.save(path)


def legend_right(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    sheet["A1"] = "Uppföljning av verksamhetsplan 2019"
    put(sheet, 3, 1, [
        ["Nämndmål", "Aktivitet", "Status", "Kommentar", None, "Färgförklaring"],
        ["Medborgare", None, None, None, None, None, "Klar"],
        ["Maximalt lärande", "Tillgänglig lärmiljö", None, None, None, None, "Pågår"],
        [None, "Språkutvecklande arbetssätt", None, "Alla skolor med", None, None, "Avviker"],
        ["Samhälle"],
        ["Goda arbetsplatser", "Medarbetarenkät med handlingsplan", None, "Enkäten flyttad till hösten"],
        [None, "Kompetensutveckling", None, None],
    ])
    for merged in ["A4:D4", "A5:A6", "A7:D7", "A8:A9"]:
        sheet.merge_cells(merged)
    for ref, rgb in {"C5": GREEN, "C6": YELLOW, "C8": RED, "C9": YELLOW,
                     "F4": GREEN, "F5": YELLOW, "F6": RED}.items():
        fill(sheet[ref], rgb)
    book.save(path)


def totals_row(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning 2019"
    put(sheet, 1, 1, [
        ["Nämndmål", "Aktivitet", "Budget (tkr)", "Status", "Kommentar"],
        ["Likvärdiga möjligheter", "Utveckling av elevhälsan", 120.5, "Genomfört", None],
        ["Goda arbetsplatser", "Medarbetarenkät med handlingsplan", 15, "Pågående", None],
        ["Goda arbetsplatser", "Kompetensutveckling", 1200, "Genomfört", None],
        ["Summa", None, "=SUM(C2:C4)", '=COUNTIF(D2:D4,"Genomfört")&" klara"', None],
        ["Antal:", "=COUNTA(B2:B4)"],
    ])
    book.save(path)


def convert(xlsx, extension, filter_name):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to",
                        filter_name, "--outdir", out, xlsx], check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(xlsx))[0] + extension
        shutil.copy(os.path.join(out, name), os.path.join(HERE, name))


def main(names):
    for name, make in [("extra-columns", extra_columns), ("percent-columns", percent_columns),
                       ("duplicate-columns", duplicate_columns), ("explained-headers", explained_headers),
                       ("unit-column", unit_column),
                       ("sheet-per-unit", sheet_per(["Skola A", "Skola B", "Skola C"])),
                       ("sheet-per-perspective", sheet_per_perspective),
                       ("years-stacked", two_years(8, 1, 0)), ("years-side-by-side", two_years(1, 5, 1)),
                       ("years-in-columns", years_in_columns),
                       ("title-above-header", title_above_header),
                       ("uppfoljning-2018", one_file("Uppföljning 2018", ROWS_2018)),
                       ("uppfoljning-2019", one_file("Uppföljning 2019", ROWS_2019)),
                       ("uppfoljning-skola-a", one_file("Uppföljning 2019, Skola A", ROWS_2019)),
                       ("uppfoljning-skola-b", one_file("Uppföljning 2019, Skola B", ROWS_2019)),
                       ("unit-and-year-columns", unit_and_year_columns),
                       ("perspectives-stacked", perspectives_stacked), ("title-unit-2019", title_unit),
                       ("unit-sections", unit_sections), ("unit-above-tables", unit_above_tables),
                       ("legend-beside", legend_beside), ("legend-right", legend_right),
                       ("totals-row", totals_row)]:
        if names and name not in names:
            continue
        path = os.path.join(HERE, name + ".xlsx")
        make(path)
        convert(path, ".ods", "ods")
        if name == "totals-row":
            convert(path, ".xlsx", "xlsx:Calc Office Open XML")
        if name in ("legend-beside", "totals-row"):
            convert(path, ".xls", "xls:MS Excel 97")
    for name in ["unit-column", "unit-and-year-columns", "perspectives-stacked"]:
        if names and name not in names:
            continue
        convert(os.path.join(HERE, name + ".xlsx"), ".csv", 'csv:Text - txt - csv (StarCalc):59,34,76')


if __name__ == "__main__":
    main(sys.argv[1:])
