#!/usr/bin/python3
"""Checks that every date or time cell `malkedja cells` printed, shown with the cell's number
format, is the text LibreOffice shows for it (its CSV export of the formatted text).

Usage: /usr/bin/python3 times_as_shown.py CELLS_OUTPUT FORMATS.xlsx LIBREOFFICE.csv

CELLS_OUTPUT is malkedja's output for any twin of FORMATS.xlsx (the openpyxl file whose number
formats are used); the CSV is LibreOffice's export of the same sheet. Prints one line per cell and
exits 1 when one differs.
"""
import csv
import datetime
import re
import sys

import openpyxl

EPOCH = datetime.datetime(1899, 12, 30)


def moment(value):
    """malkedja's value as (seconds since 1899-12-30, whether it is a time alone or a duration)."""
    clock = re.fullmatch(r"(-?)(\d{2,}):(\d{2}):(\d{2})", value)
    if clock:
        seconds = int(clock[2]) * 3600 + int(clock[3]) * 60 + int(clock[4])
        return (-seconds if clock[1] else seconds), True
    parsed = datetime.datetime.fromisoformat(value)
    return int((parsed - EPOCH).total_seconds()), False


def shown(value, number_format):
    """value shown with number_format, for the tokens times and dates use."""
    seconds, _ = moment(value)
    day = EPOCH + datetime.timedelta(seconds=seconds)
    of_day = seconds % 86400
    tokens = re.findall(r"\[h+\]|\[m+\]|\[s+\]|AM/PM|y+|m+|d+|h+|s+|.", number_format, re.IGNORECASE)
    out = []
    for i, token in enumerate(tokens):
        lower = token.lower()
        before = next((t.lower() for t in reversed(tokens[:i]) if t.isalpha()), "")
        after = next((t.lower() for t in tokens[i + 1:] if t.isalpha()), "")
        twelve = any(t.upper() == "AM/PM" for t in tokens)
        if lower.startswith("[h"):
            out.append(str(seconds // 3600))
        elif lower.startswith("[m"):
            out.append(str(seconds // 60))
        elif token.upper() == "AM/PM":
            out.append("AM" if of_day < 43200 else "PM")
        elif lower.startswith("y"):
            out.append(f"{day.year:04d}")
        elif lower.startswith("d"):
            out.append(f"{day.day:02d}")
        elif lower.startswith("h"):
            hours = of_day // 3600
            if twelve:
                hours = hours % 12 or 12
            out.append(f"{hours:0{len(token)}d}")
        elif lower.startswith("m") and (before.startswith("h") or after.startswith("s")):
            out.append(f"{of_day // 60 % 60:0{len(token)}d}")
        elif lower.startswith("m"):
            out.append(f"{day.month:02d}")
        elif lower.startswith("s"):
            out.append(f"{of_day % 60:02d}")
        else:
            out.append(token)
    return "".join(out)


def main(cells_output, formats_path, csv_path):
    sheet = openpyxl.load_workbook(formats_path).worksheets[0]
    with open(csv_path, newline="", encoding="utf-8") as f:
        texts = list(csv.reader(f))
    failed = False
    checked = 0
    for line in open(cells_output, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 4 or fields[2] != "d":
            continue
        reference, value = fields[1], fields[3]
        cell = sheet[reference]
        expected = texts[cell.row - 1][cell.column - 1]
        ours = shown(value, cell.number_format)
        checked += 1
        if ours == expected:
            print(f"ok   {reference} {value!r} shown as {cell.number_format!r}: {ours!r}")
        else:
            print(f"FAIL {reference} {value!r} shown as {cell.number_format!r} is {ours!r}; LibreOffice shows {expected!r}")
            failed = True
    if checked == 0:
        print("FAIL no date or time cell")
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: times_as_shown.py CELLS_OUTPUT FORMATS.xlsx LIBREOFFICE.csv")
    main(*sys.argv[1:])
