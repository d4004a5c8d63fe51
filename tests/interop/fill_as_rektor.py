"""Fills a generated SK document as a rektor would, with python-docx: answers under every
"Skolans svar:" label and one goal in each Målanalys and Planeringsrapport table.

Usage: fill_as_rektor.py IN.docx OUT.docx WRITTEN.txt [--on-label-line] — WRITTEN.txt gets every
text written, one a line. With --on-label-line the first answer is written on the label's own line
("Skolans svar: Vi ser …") and the second over the label, as rektorer do.
"""
import sys

import docx

source, target, written_list = sys.argv[1:4]
on_label_line = "--on-label-line" in sys.argv[4:]
document = docx.Document(source)
written = []

paragraphs = document.paragraphs
for number, paragraph in enumerate(paragraphs):
    if paragraph.text.strip() == "Skolans svar:" and number + 1 < len(paragraphs):
        answer = paragraphs[number + 1]
        if not answer.text.strip():
            text = f"Rektorns svar nummer {len(written) + 1} om resultaten."
            if on_label_line and len(written) == 0:
                paragraph.runs[-1].text += " " + text
            elif on_label_line and len(written) == 1:
                for run in paragraph.runs[1:]:
                    run.text = ""
                paragraph.runs[0].text = text
            else:
                answer.add_run(text)
            written.append(text)

for table in document.tables:
    header = table.rows[0].cells[0].text
    if header.startswith("MÅL LÄSÅRET") and len(table.rows) > 1:
        for column, cell in enumerate(table.rows[1].cells):
            if not cell.text.strip():
                text = f"Skolans text {len(written) + 1} i kolumn {column + 1}."
                cell.paragraphs[0].add_run(text)
                written.append(text)

document.save(target)
with open(written_list, "w", encoding="utf-8") as out:
    out.write("\n".join(written) + "\n")
