#!/usr/bin/python3
"""Writes variants of the follow-up fixtures that hold the same content in another layout.

Usage: /usr/bin/python3 make_follow_up_variants.py FIXTURES OUT_DIR

Each fixture of FIXTURES/uppfoljning (verksamhetsplan-2019.xlsx, atagande-2018.xlsx) is read with
openpyxl and written again, changed, as OUT_DIR/<fixture>.<variant>.xlsx:
- columns-reordered: the table's columns in another order (status columns too); rows of one cell
  (perspectives, footnotes) stay in column A, as a person would keep them;
- header-lower: three more rows (one of prose) between the title block and the first table;
- goals-repeated: every goal cell holds its goal's text (no merged goal cells; atagande-2018 is
  written so already);
- goals-once: a goal is written on its first row only, with blank cells below (no merge);
- goals-merged: a goal cell is merged down over its activities;
- instructions-sheet: an instructions sheet of prose before the table's sheet;
- empty-row-between-groups: an empty row before each new goal's first row.
When LibreOffice (soffice) is on PATH, every variant is also converted to .ods, and the fixtures
and the one-sheet variants to .csv (';', UTF-8), as <name>.libreoffice.ods and <name>.libreoffice.csv;
otherwise it says why it leaves that out.
Every file's name starts with its fixture's name up to the first dot.
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

FIXTURES = ["verksamhetsplan-2019.xlsx", "atagande-2018.xlsx"]
ACTIVITY_HEADERS = {"Aktivitet", "Åtagande 2018"}
GOAL_HEADERS = ["Mål", "Nämndmål", "Delmål"]
# New column order per fixture, as the 1-based original columns.
COLUMN_ORDERS = {
    "verksamhetsplan-2019": [4, 2, 5, 1, 3],
    "atagande-2018": [4, 7, 5, 8, 2, 1, 6, 3],
}
PROSE_ROW = "Tabellen nedan visar läget för varje aktivitet; kommentera alla avvikelser och förseningar."
INSTRUCTIONS = [
    "Instruktioner",
    "Fyll i status för varje aktivitet vid varje uppföljning.",
    "Använd orden i förklaringen nedan och skriv en kommentar när en aktivitet avviker från plan.",
    None,
    ("Status", "Betydelse"),
    ("Pågående", "Arbetet pågår och följer planen."),
    ("Genomfört", "Aktiviteten är klar."),
]


class Sheet:
    """A sheet as values: cells {(row, col): (value, number_format)} and merges (r1, c1, r2, c2)."""

    def __init__(self, title):
        self.title = title
        self.cells = {}
        self.merges = []

    def value(self, row, col):
        cell = self.cells.get((row, col))
        return None if cell is None else cell[0]

    def max_col(self):
        return max(c for _, c in self.cells)

    def header_rows(self):
        return sorted({r for (r, c), (v, _) in self.cells.items() if v in ACTIVITY_HEADERS})

    def activity_col(self):
        row = self.header_rows()[0]
        return next(c for c in range(1, self.max_col() + 1) if self.value(row, c) in ACTIVITY_HEADERS)

    def goal_cols(self):
        """The goal columns, top level first."""
        row = self.header_rows()[0]
        cols = [c for c in range(1, self.max_col() + 1) if self.value(row, c) in GOAL_HEADERS]
        return sorted(cols, key=lambda c: GOAL_HEADERS.index(self.value(row, c)))

    def data_rows(self):
        """The rows with an activity, below the first header."""
        headers = self.header_rows()
        col = self.activity_col()
        return sorted(r for (r, c) in self.cells if c == col and r > headers[0] and r not in headers)

    def goal_path(self, row):
        """The goal texts of a row, top level first, merged cells read from their top cell."""
        path = []
        for col in self.goal_cols():
            top = next((m[0] for m in self.merges if m[1] == col and m[0] <= row <= m[2]), row)
            path.append(self.value(top, col))
        return tuple(path)


def read(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        sheet = Sheet(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    sheet.cells[(cell.row, cell.column)] = (cell.value, cell.number_format)
        sheet.merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        sheets.append(sheet)
    return sheets


def write(sheets, path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.title)
        for (row, col), (value, number_format) in sorted(sheet.cells.items()):
            cell = ws.cell(row=row, column=col, value=value)
            cell.number_format = number_format
            cell.alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    book.save(path)


def table_sheet(sheets):
    return next(s for s in sheets if s.header_rows())


def reorder_columns(sheet, order):
    """Moves the table's columns (rows from the first header on) to the given order; one-cell rows
    outside merged areas stay where they are."""
    first = sheet.header_rows()[0]
    merged_cells = {(r, m[1]) for m in sheet.merges for r in range(m[0], m[2] + 1)}
    rows = {}
    for (r, c) in sheet.cells:
        rows.setdefault(r, []).append(c)
    moved = {}
    for (r, c), cell in sheet.cells.items():
        keep = r < first or (len(rows[r]) == 1 and (r, c) not in merged_cells)
        moved[(r, c if keep else order.index(c) + 1)] = cell
    sheet.cells = moved
    merges = []
    for r1, c1, r2, c2 in sheet.merges:
        if r1 >= first:
            assert c1 == c2, "only vertical merges inside the table"
            c1 = c2 = order.index(c1) + 1
        merges.append((r1, c1, r2, c2))
    sheet.merges = merges


def insert_rows(sheet, before, count, texts=()):
    """Inserts count rows before row `before`, the first ones holding texts in column A."""
    assert not any(r1 < before <= r2 for r1, _, r2, _ in sheet.merges), "no merge may cross the insertion"
    sheet.cells = {(r + count if r >= before else r, c): cell for (r, c), cell in sheet.cells.items()}
    for i, text in enumerate(texts):
        sheet.cells[(before + i, 1)] = (text, "General")
    sheet.merges = [(r1 + count, c1, r2 + count, c2) if r1 >= before else (r1, c1, r2, c2)
                    for r1, c1, r2, c2 in sheet.merges]


def repeat_goals(sheet):
    """Removes the merges of goal cells and writes the goal's text into every row."""
    goal_cols = set(sheet.goal_cols())
    first = sheet.header_rows()[0]
    for r1, c1, r2, c2 in [m for m in sheet.merges if m[1] in goal_cols and m[0] > first]:
        for row in range(r1 + 1, r2 + 1):
            sheet.cells[(row, c1)] = sheet.cells[(r1, c1)]
        sheet.merges.remove((r1, c1, r2, c2))


def goal_runs(sheet):
    """Runs of consecutive data rows with the same goal path: (column, first row, last row) for
    every goal column, top level first."""
    runs = []
    rows = sheet.data_rows()
    for level, col in enumerate(sheet.goal_cols()):
        start = None
        for i, row in enumerate(rows):
            path = sheet.goal_path(row)[: level + 1]
            same = i > 0 and rows[i - 1] == row - 1 and sheet.goal_path(rows[i - 1])[: level + 1] == path
            if not same:
                if start is not None:
                    runs.append((col, start, rows[i - 1]))
                start = row
        runs.append((col, start, rows[-1]))
    return runs


def goals_once(sheet):
    """Writes each goal on its first row only, blank below, without merges."""
    repeat_goals(sheet)
    for col, first, last in goal_runs(sheet):
        for row in range(first + 1, last + 1):
            sheet.cells.pop((row, col), None)


def merge_goals(sheet):
    """Merges each goal cell down over its run of rows."""
    repeat_goals(sheet)
    for col, first, last in goal_runs(sheet):
        if last > first:
            for row in range(first + 1, last + 1):
                sheet.cells.pop((row, col), None)
            sheet.merges.append((first, col, last, col))


def empty_row_between_groups(sheet):
    """Inserts an empty row before the first row of each new top-level goal that follows directly
    on another goal's row."""
    rows = sheet.data_rows()
    starts = [row for prev, row in zip(rows, rows[1:])
              if prev == row - 1 and sheet.goal_path(prev)[:1] != sheet.goal_path(row)[:1]]
    for row in reversed(starts):
        insert_rows(sheet, row, 1)


def add_instructions_sheet(sheets):
    sheet = Sheet("Instruktioner")
    for row, line in enumerate(INSTRUCTIONS, start=1):
        for col, text in enumerate(line if isinstance(line, tuple) else (line,), start=1):
            if text is not None:
                sheet.cells[(row, col)] = (text, "General")
    sheets.insert(0, sheet)


def header_lower(sheet):
    first = sheet.header_rows()[0]
    # Before the rows that introduce the first table: the perspective row or the empty row above it.
    before = first - 1 if sheet.value(first - 1, 1) is None else first - 2
    insert_rows(sheet, before, 3, [None, PROSE_ROW])


def variants(stem):
    """(name, function changing the list of sheets) for every variant of a fixture."""
    on_table = lambda change: lambda sheets: change(table_sheet(sheets))
    return [
        ("columns-reordered", on_table(lambda s: reorder_columns(s, COLUMN_ORDERS[stem]))),
        ("header-lower", on_table(header_lower)),
        ("goals-repeated", on_table(repeat_goals)),
        ("goals-once", on_table(goals_once)),
        ("goals-merged", on_table(merge_goals)),
        ("instructions-sheet", add_instructions_sheet),
        ("empty-row-between-groups", on_table(empty_row_between_groups)),
    ]


def convert(files, target, out_dir):
    """Converts files with LibreOffice to target ("ods" or a csv filter), named <name>.libreoffice.<ext>."""
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    staging = tempfile.mkdtemp(prefix="lo-out-")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
                        target, "--outdir", staging] + files, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
        ext = target.split(":")[0]
        for f in files:
            base = os.path.splitext(os.path.basename(f))[0]
            shutil.move(os.path.join(staging, base + "." + ext), os.path.join(out_dir, base + ".libreoffice." + ext))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    fixtures, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    written, one_sheet = [], []
    for fixture in FIXTURES:
        source = os.path.join(fixtures, "uppfoljning", fixture)
        stem = fixture[: -len(".xlsx")]
        original = read(source)
        one_sheet.append(source)
        for name, change in variants(stem):
            sheets = copy.deepcopy(original)
            change(sheets)
            path = os.path.join(out_dir, f"{stem}.{name}.xlsx")
            write(sheets, path)
            written.append(path)
            if len(sheets) == 1:
                one_sheet.append(path)
    print(f"wrote {len(written)} variants with openpyxl")
    if shutil.which("soffice") is None:
        print("soffice is not on PATH: no LibreOffice .ods and .csv conversions")
        return
    convert(written, "ods", out_dir)
    # Swedish CSV: ';' as separator, '"' as quote, UTF-8 (76), from line 1.
    convert(one_sheet, "csv:Text - txt - csv (StarCalc):59,34,76,1", out_dir)
    print(f"converted {len(written)} variants to .ods and {len(one_sheet)} files to .csv with LibreOffice")


if __name__ == "__main__":
    main()
