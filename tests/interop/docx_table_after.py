"""Prints the rows of the first table after a heading of a .docx as python-docx reads them.

The heading is the first paragraph in a Heading style whose text starts with PREFIX; one line a row,
the cell texts joined by |; nothing when there is no such heading or no table after it before the
next heading.
Usage: /usr/bin/python3 docx_table_after.py FILE.docx PREFIX
"""
import sys

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def main(path, prefix):
    document = docx.Document(path)
    seen = False
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            if paragraph.style.name.startswith("Heading"):
                if seen:
                    return
                seen = paragraph.text.startswith(prefix)
        elif seen and child.tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                print("|".join(cell.text for cell in row.cells))
            return


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
