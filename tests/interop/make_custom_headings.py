"""Makes a copy of the SK template whose headings use custom styles based on Heading 1 and Heading 2.

Usage: make_custom_headings.py TEMPLATE.docx OUT.docx
"""
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE

source, target = sys.argv[1:3]
document = docx.Document(source)
styles = document.styles
custom = {}
for level in (1, 2):
    base = styles[f"Heading {level}"]
    style = styles.add_style(f"SK Rubrik {level}", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = base
    custom[base.name] = style
moved = 0
for paragraph in document.paragraphs:
    if paragraph.style.name in custom:
        paragraph.style = custom[paragraph.style.name]
        moved += 1
assert moved > 10, moved
document.save(target)
