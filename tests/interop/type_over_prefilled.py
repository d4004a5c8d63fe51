"""Types over pre-filled values of a generated SK document as a rektor would, with python-docx.

Usage: type_over_prefilled.py IN.docx OUT.docx ROW TEXT
In the school's column (SKOLAN) of the first survey table, the cell of row ROW gets TEXT; prints
the value it replaced.
"""
import sys

import docx

source, target, row_name, text = sys.argv[1:5]
document = docx.Document(source)
table = next(t for t in document.tables if t.rows[0].cells[1].text == "SKOLAN")
row = next(r for r in table.rows if r.cells[0].text == row_name)
cell = row.cells[1]
print(cell.text)
paragraph = cell.paragraphs[0]
for run in paragraph.runs[1:]:
    run._r.getparent().remove(run._r)
paragraph.runs[0].text = text
document.save(target)
