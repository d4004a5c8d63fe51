"""Prints the cell texts of the body tables of a .docx as python-docx reads them.

One line a grid position: "table T row R cell C: TEXT", 1-based, TEXT the cell's paragraphs one a
line with \\ as \\\\, line ends as \\n and tabs as \\t (python-docx repeats a spanning cell over
the positions it covers).
Usage: /usr/bin/python3 docx_table_cells.py FILE.docx
"""
import sys

import docx


def escaped(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main(path):
    document = docx.Document(path)
    out = []
    for t, table in enumerate(document.tables, 1):
        for r, row in enumerate(table.rows, 1):
            for c, cell in enumerate(row.cells, 1):
                out.append(f"table {t} row {r} cell {c}: {escaped(cell.text)}\n")
    sys.stdout.buffer.write("".join(out).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1])
