"""Writes follow-ups with a comment column per year or checkpoint, as municipalities lay them out.

Usage: /usr/bin/python3 make_comment_columns.py OUT_DIR

- years.xlsx (openpyxl): Nämndmål | Aktivitet | Status 2022 | Status 2023 | Kommentar 2022 |
  Kommentar 2023;
- checkpoints.xlsx (openpyxl): Mål | Aktivitet | Status delår 1 | Kommentar delår 1 |
  Status bokslut | Kommentar bokslut, one delår 1 comment beside an empty status;
- arbetsplan.docx (python-docx): the same checkpoints in a Word table under "Nämndens mål".
OUT_DIR/expected.json lists, per activity (its text, and its year when it has one: the two years
of years.xlsx are an activity each), its status reports as [label, word, comment].
"""
import json
import os
import sys

import docx
import openpyxl

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

YEARS = [
    ["Nämndmål", "Aktivitet", "Status 2022", "Status 2023", "Kommentar 2022", "Kommentar 2023"],
    ["Alla elever ska nå målen", "Läsfrämjande insatser", "Grön", "Gul", "Bra start", "Tappade fart"],
    [None, "Fortbildning i matematik", "Röd", "Grön", None, "Klar"],
    ["Tryggheten ska öka", "Rastvärdar", "Gul", "Röd", "Delvis", None],
]
CHECKPOINTS = [
    ["Mål", "Aktivitet", "Status delår 1", "Kommentar delår 1", "Status bokslut", "Kommentar bokslut"],
    ["Sund ekonomi", "Budget i balans", "Avviker från plan", "Sent i år", "Klart", "Klart i november"],
    ["Sund ekonomi", "Inköp", "", "Inte påbörjat", "Enligt plan", ""],
]
expected = {
    "years": {
        "Läsfrämjande insatser 2022": [["Status 2022", "Grön", "Bra start"]],
        "Läsfrämjande insatser 2023": [["Status 2023", "Gul", "Tappade fart"]],
        "Fortbildning i matematik 2022": [["Status 2022", "Röd", ""]],
        "Fortbildning i matematik 2023": [["Status 2023", "Grön", "Klar"]],
        "Rastvärdar 2022": [["Status 2022", "Gul", "Delvis"]],
        "Rastvärdar 2023": [["Status 2023", "Röd", ""]],
    },
    "checkpoints": {
        "Budget i balans": [["Status delår 1", "Avviker från plan", "Sent i år"],
                            ["Status bokslut", "Klart", "Klart i november"]],
        "Inköp": [["Status delår 1", "", "Inte påbörjat"], ["Status bokslut", "Enligt plan", ""]],
    },
}
expected["arbetsplan"] = expected["checkpoints"]

for name, rows in (("years", YEARS), ("checkpoints", CHECKPOINTS)):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Uppföljning"
    for row in rows:
        sheet.append([cell or None for cell in row])
    book.save(os.path.join(out, name + ".xlsx"))

document = docx.Document()
document.add_heading("Arbetsplan 2024", 1)
document.add_heading("Nämndens mål", 2)
table = document.add_table(rows=0, cols=len(CHECKPOINTS[0]))
for row in CHECKPOINTS:
    cells = table.add_row().cells
    for cell, text in zip(cells, row):
        cell.text = text
document.save(os.path.join(out, "arbetsplan.docx"))

with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
