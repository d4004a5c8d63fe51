#!/usr/bin/python3
"""Writes the follow-up with indicators the indicator tests read: openpyxl (Debian python3-openpyxl)
adds the columns Indikator, Målvärde, Utfall föregående år, Utfall delår 1, Utfall 2019 and Trend
beside the first table of the seed follow-up verksamhetsplan-2019.xlsx (from the fixtures beside
the repository, or MK_FIXTURES), and LibreOffice (Debian libreoffice-calc-nogui) converts the
result to .ods.

Run it with /usr/bin/python3 from any folder; it writes beside itself:
- indikatorer-2019.xlsx: the values in every form a person writes them: a percentage as text
  ("≥ 75 %", "72%", "85 %") and as a number with a percent format (0.81 shown "81%", 0.9 shown
  "90 %"), a decimal comma ("3,5"), comparisons ("minst 4", ">= 85", "< 10"), text ("Ej mätt"),
  a target that is no value ("85 %%") and words among numbers ("abc"), and a target without an
  outcome.
- indikatorer-2019.ods: LibreOffice's conversion of indikatorer-2019.xlsx.
"""
import datetime
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ods"))
from make import convert_to_ods  # noqa: E402  (the ods tests' LibreOffice conversion)
FIXTURES = os.environ.get("MK_FIXTURES", os.path.join(HERE, "..", "..", "..", "..", "shared", "fixtures"))

HEADERS = ["Indikator", "Målvärde", "Utfall föregående år", "Utfall delår 1", "Utfall 2019", "Trend"]

# Per data row of the first table (rows 6-13): the indicator, its target, last year's outcome,
# delår 1, the year's outcome and the trend; a tuple (number, format) is a number cell with that
# number format, None an empty cell.
ROWS = {
    6: ["Andel elever i samverkansprojekt", "≥ 75 %", "70 %", "72%", (0.81, "0%"), "↑"],
    7: ["Antal samarbetsavtal", "minst 4", 2, "3", 3, "→"],
    8: ["Andel elever som känner sig trygga", (0.9, "0 %"), "88 %", None, "85 %", "↓"],
    9: ["Andel behöriga till yrkesprogram", ">= 85", 84, None, "Ej mätt", None],
    10: ["Matsvinn (gram per portion)", "< 10", "12", "8", "3,5", "↑"],
    11: ["Andel resor med cykel", "85 %%", None, None, "40 %", None],
    12: ["Deltagare i grön resplan", "abc", None, None, "120", None],
    13: ["Digitala möten per månad", "12", None, None, None, None],
}


def fix_properties(wb):
    moment = datetime.datetime(2024, 1, 1)
    wb.properties.created = moment
    wb.properties.modified = moment
    wb.properties.creator = "make.py"


def write_xlsx(path):
    wb = openpyxl.load_workbook(os.path.join(FIXTURES, "uppfoljning", "verksamhetsplan-2019.xlsx"))
    fix_properties(wb)
    ws = wb["Uppföljning 2019"]
    first = 6  # column F, after Ev kommentar
    for offset, header in enumerate(HEADERS):
        cell = ws.cell(row=5, column=first + offset, value=header)
        cell.font = openpyxl.styles.Font(bold=True)
    for row, values in ROWS.items():
        for offset, value in enumerate(values):
            if value is None:
                continue
            cell = ws.cell(row=row, column=first + offset)
            if isinstance(value, tuple):
                cell.value, cell.number_format = value
            else:
                cell.value = value
    wb.save(path)


def main():
    xlsx = os.path.join(HERE, "indikatorer-2019.xlsx")
    write_xlsx(xlsx)
    convert_to_ods(xlsx, HERE)


if __name__ == "__main__":
    main()
