"""Makes a copy of the SK template whose goal tables are laid out as some municipalities lay them out.

Usage: make_goal_table_layouts.py TEMPLATE.docx OUT.docx [--focus-column]

Each Målanalys and Planeringsrapport table (its header row starts "MÅL LÄSÅRET") gets a title row
across the table above its header ("Målen – fylls i av rektor") and a last column "Ansvarig"; with
--focus-column also a first column "Fokusområde". python-docx writes the file.
"""
import copy
import sys

import docx
from docx.oxml.ns import qn

source, target = sys.argv[1:3]
focus_column = "--focus-column" in sys.argv[3:]
document = docx.Document(source)


def cell_with(tc, text):
    """A copy of the cell tc holding one paragraph of text."""
    cell = copy.deepcopy(tc)
    for p in cell.findall(qn("w:p"))[1:]:
        cell.remove(p)
    p = cell.find(qn("w:p"))
    for r in p.findall(qn("w:r")):
        p.remove(r)
    run = p.makeelement(qn("w:r"), {})
    t = run.makeelement(qn("w:t"), {})
    t.text = text
    run.append(t)
    p.append(run)
    return cell


changed = 0
for table in document.tables:
    rows = table._tbl.findall(qn("w:tr"))
    if not rows or not "".join(rows[0].itertext()).strip().upper().startswith("MÅL LÄSÅRET"):
        continue
    grid = table._tbl.find(qn("w:tblGrid"))
    if focus_column:
        grid.insert(0, copy.deepcopy(grid.findall(qn("w:gridCol"))[0]))
    grid.append(copy.deepcopy(grid.findall(qn("w:gridCol"))[-1]))
    for number, row in enumerate(rows):
        cells = row.findall(qn("w:tc"))
        if focus_column:
            cells[0].addprevious(cell_with(cells[0], "Fokusområde" if number == 0 else ""))
        cells[-1].addnext(cell_with(cells[-1], "Ansvarig" if number == 0 else ""))
    title = copy.deepcopy(rows[0])
    for tc in title.findall(qn("w:tc"))[1:]:
        title.remove(tc)
    only = title.find(qn("w:tc"))
    properties = only.find(qn("w:tcPr"))
    if properties is None:
        properties = only.makeelement(qn("w:tcPr"), {})
        only.insert(0, properties)
    span = properties.makeelement(qn("w:gridSpan"), {qn("w:val"): str(len(grid.findall(qn("w:gridCol"))))})
    properties.append(span)
    title.remove(only)
    title.append(cell_with(only, "Målen – fylls i av rektor"))
    rows[0].addprevious(title)
    changed += 1
assert changed >= 8, changed
document.save(target)
