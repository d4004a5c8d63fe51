"""Prints the school's value (SKOLAN column) of a row of the first survey table of an SK .docx.

Usage: survey_cell.py FILE.docx ROW
"""
import sys

import docx

document = docx.Document(sys.argv[1])
table = next(t for t in document.tables if t.rows[0].cells[1].text == "SKOLAN")
print(next(r for r in table.rows if r.cells[0].text == sys.argv[2]).cells[1].text)
