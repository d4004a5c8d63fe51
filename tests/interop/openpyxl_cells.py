#!/usr/bin/python3
"""Prints an .xlsx the way `malkedja cells --all-sheets` does, as openpyxl reads it.

Usage: /usr/bin/python3 openpyxl_cells.py FILE.xlsx

One line per non-empty cell, row-major per sheet in workbook order:
    SHEET<TAB>A1<TAB>TYPE<TAB>VALUE        (TYPE: s n b d e)
then one line per merged range:
    SHEET<TAB>merge<TAB>A1:B3
"""
import datetime
import decimal
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter

TIME_EPOCH = datetime.date(1899, 12, 30)
ESCAPES = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", "\r": "\\r"}


def escape(text):
    return "".join(ESCAPES.get(c, c) for c in text)


def format_number(value):
    """The shortest round-trip digits (Python's repr), laid out as C++ std::to_chars does:
    fixed or scientific, whichever is shorter, fixed on a tie; large whole numbers in fixed
    notation show the double's exact value."""
    value = float(value)
    if value == 0:
        return "-0" if str(value).startswith("-") else "0"
    sign, digits, exponent = decimal.Decimal(repr(value)).normalize().as_tuple()
    mantissa = "".join(map(str, digits))
    point = len(mantissa) + exponent  # position of the decimal point in mantissa
    if point <= 0:
        fixed = "0." + "0" * -point + mantissa
    elif point >= len(mantissa):
        fixed = str(abs(int(value)))
    else:
        fixed = mantissa[:point] + "." + mantissa[point:]
    power = point - 1
    scientific = mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
    scientific += "e" + ("-" if power < 0 else "+") + "%02d" % abs(power)
    text = fixed if len(fixed) <= len(scientific) else scientific
    return ("-" if sign else "") + text


def format_has_time(number_format):
    """Whether a number format shows a time of day: h or s outside quotes, escapes and
    [colour]/[condition] brackets ([h], [mm], [ss] elapsed-time brackets do count)."""
    code = number_format.split(";")[0]
    code = re.sub(r'"[^"]*"', "", code)
    code = re.sub(r"\\.", "", code)
    code = re.sub(r"\[(?![hms]+\])[^\]]*\]", "", code, flags=re.IGNORECASE)
    return re.search(r"[hs]", code, re.IGNORECASE) is not None


def is_time_only(number_format):
    """Whether a number format shows a time of day and no date: no d, y or month letters (an m
    right after h or right before s counts minutes), AM/PM aside."""
    code = number_format.split(";")[0]
    code = re.sub(r'"[^"]*"', "", code)
    code = re.sub(r"\\.", "", code)
    code = re.sub(r"\[[^\]]*\]", "", code)
    code = re.sub(r"am/pm|a/p", "", code, flags=re.IGNORECASE)
    runs = [m.group(0)[0].lower() for m in re.finditer(r"([dmyhs])\1*", code, re.IGNORECASE)]
    dated = False
    for i, letter in enumerate(runs):
        minutes = letter == "m" and ((i > 0 and runs[i - 1] == "h") or (i + 1 < len(runs) and runs[i + 1] == "s"))
        dated = dated or letter in "dy" or (letter == "m" and not minutes)
    return not dated and any(letter in "hs" for letter in runs)


def round_to_second(value):
    """The reader rounds to whole seconds; openpyxl keeps milliseconds."""
    return value.replace(microsecond=0) + datetime.timedelta(seconds=1 if value.microsecond >= 500_000 else 0)


def clock_text(seconds):
    """A time alone or a duration as the reader writes it: hours (at least two digits, all of
    them for a duration), minutes, seconds; "-" first when negative."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def format_date(value, number_format):
    # A time of day (a serial below 1) is shown alone, unless its format shows a date too: then,
    # as a date and time on 1899-12-30, openpyxl's epoch for times, in either date system.
    # A duration ([h]:mm:ss) is its hours, minutes and seconds.
    if isinstance(value, datetime.timedelta):
        return clock_text(round(value.total_seconds()))
    if isinstance(value, datetime.time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + (value.microsecond >= 500_000)
        if is_time_only(number_format) and seconds < 86400:
            return clock_text(seconds)
        value = datetime.datetime.combine(TIME_EPOCH, value)
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    value = round_to_second(value)
    if value.time() == datetime.time() and not format_has_time(number_format):
        return value.date().isoformat()
    return value.isoformat()


def cell_line(cell, formula):
    """formula: the same cell read with its formulas (not data_only)."""
    value = cell.value
    if value is None and cell.data_type == "n" and formula.data_type == "f":
        # A formula without a cached value: the reader keeps its text.
        return f"{get_column_letter(cell.column)}{cell.row}\ts\t{escape(formula.value)}"
    if value is None or value == "":
        return None
    if cell.data_type == "e":
        kind, text = "e", str(value)
    elif isinstance(value, bool):
        kind, text = "b", "TRUE" if value else "FALSE"
    elif isinstance(value, (int, float)):
        kind, text = "n", format_number(value)
    elif isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        kind, text = "d", format_date(value, cell.number_format)
    else:
        kind, text = "s", escape(str(value))
    return f"{get_column_letter(cell.column)}{cell.row}\t{kind}\t{text}"


def merge_line(sheet_name, first_row, first_col, last_row, last_col):
    """The line of a merged range; rows and columns counted from 1, both ends included."""
    first = f"{get_column_letter(first_col)}{first_row}"
    last = f"{get_column_letter(last_col)}{last_row}"
    return f"{sheet_name}\tmerge\t{first}:{last}"


def main(path):
    book = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path)
    out = []
    for sheet, formula_sheet in zip(book.worksheets, formulas.worksheets):
        name = escape(sheet.title)
        for key in sorted(sheet._cells):
            line = cell_line(sheet._cells[key], formula_sheet._cells[key])
            if line is not None:
                out.append(f"{name}\t{line}")
        for merged in sheet.merged_cells.ranges:
            out.append(merge_line(name, merged.min_row, merged.min_col, merged.max_row, merged.max_col))
    sys.stdout.write("".join(line + "\n" for line in out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: openpyxl_cells.py FILE.xlsx")
    main(sys.argv[1])
