#!/usr/bin/python3
"""Writes the small documents the .docx and .odt reader tests use.

Run it with /usr/bin/python3 from any folder (it needs Debian's python3-docx and LibreOffice
Writer, `soffice`); it writes beside itself:
- features.docx (python-docx): title, subtitle, headings 1-3, a word split over three runs with
  different formatting, a yellow highlight, a line break, a tab, a page break, bullet and numbered
  lists, a table with a horizontal and a vertical merge and a nested table, a page header and footer.
- features.odt: features.docx converted by LibreOffice.
- changes.odt: LibreOffice's conversion of features.docx after its document.xml was given, with
  plain text edits (python-docx cannot write them), a tracked insertion and deletion, a deleted
  paragraph mark, a simple and a complex field and a content control. The .docx reader tests make
  the same edits themselves.
- numbered.odt: the same for features.docx with its Heading 1 paragraph put in List Number's list
  (numId 5 of python-docx's template), so that the heading shows a number.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

import docx
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX

HERE = os.path.dirname(os.path.abspath(__file__))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Paragraphs appended to the body of changes.docx, in WordprocessingML as Word writes it.
CHANGES = (
    '<w:p><w:r><w:t xml:space="preserve">Texten är </w:t></w:r>'
    '<w:ins w:id="1" w:author="Test" w:date="2024-01-01T00:00:00Z"><w:r><w:t>tillagd</w:t></w:r></w:ins>'
    '<w:del w:id="2" w:author="Test" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>borttagen</w:delText></w:r></w:del>'
    '<w:r><w:t xml:space="preserve"> här.</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Test" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    '<w:r><w:t xml:space="preserve">Första halvan </w:t></w:r></w:p>'
    '<w:p><w:r><w:t>och andra halvan.</w:t></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Fält: </w:t></w:r>'
    '<w:fldSimple w:instr=" QUOTE &quot;enkelt&quot; "><w:r><w:t>enkelt</w:t></w:r></w:fldSimple>'
    '<w:r><w:t xml:space="preserve"> och </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "sammansatt" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>sammansatt</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'
    '<w:sdt><w:sdtPr><w:alias w:val="Skola"/></w:sdtPr><w:sdtContent>'
    '<w:p><w:r><w:t>Innehåll i en innehållskontroll</w:t></w:r></w:p></w:sdtContent></w:sdt>'
)


def make_features(path):
    document = docx.Document()
    document.add_paragraph("Funktioner i dokument", style="Title")
    document.add_paragraph("Underrubrik", style="Subtitle")
    document.add_heading("Rubrik ett", level=1)
    name = document.add_paragraph()
    name.add_run("SKOL").bold = True
    run = name.add_run("ANS NA")
    run.bold = True
    run.italic = True
    name.add_run("MN").bold = True
    marked = document.add_paragraph("Vanlig text och ")
    marked.add_run("gulmarkerad").font.highlight_color = WD_COLOR_INDEX.YELLOW
    marked.add_run(" text.")
    lines = document.add_paragraph("Rad ett")
    lines.add_run().add_break()
    lines.add_run("rad två\tefter tabb")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Rubrik två", level=2)
    document.add_paragraph("Punkt ett", style="List Bullet")
    document.add_paragraph("Punkt två", style="List Bullet")
    document.add_heading("Rubrik tre", level=3)
    for text in ("Steg ett", "Steg två", "Steg tre"):
        document.add_paragraph(text, style="List Number")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Mål", "Aktivitet", "Status")):
        table.cell(0, col).text = text
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Två kolumner"
    tall = table.cell(1, 2).merge(table.cell(3, 2))
    tall.text = "Tre rader"
    table.cell(2, 0).text = "Yttre"
    nested = table.cell(2, 1).add_table(rows=2, cols=2)
    for row in range(2):
        for col in range(2):
            nested.cell(row, col).text = f"Inre {row + 1}.{col + 1}"
    table.cell(3, 0).text = "Sista"
    table.cell(3, 1).text = "raden"
    document.add_paragraph("Efter tabellen.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Sidhuvud för funktioner"
    section.footer.paragraphs[0].text = "Sidfot för funktioner"
    document.save(path)


# The Heading 1 paragraph's properties, and the same with List Number's list.
HEADING = '<w:pStyle w:val="Heading1"/>'
NUMBERED_HEADING = HEADING + '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>'


def add_changes(text):
    at = text.rindex("<w:sectPr")
    return text[:at] + CHANGES + text[at:]


def number_heading(text):
    return text.replace(HEADING, NUMBERED_HEADING)


def with_edit(source, target, edit):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def to_odt(source, target):
    with tempfile.TemporaryDirectory() as work:
        profile = os.path.join(work, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "odt", "--outdir", work, source], check=True,
                       stdout=subprocess.DEVNULL, env=dict(os.environ, HOME=work))
        produced = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + ".odt")
        shutil.move(produced, target)


def main():
    features = os.path.join(HERE, "features.docx")
    make_features(features)
    to_odt(features, os.path.join(HERE, "features.odt"))
    with tempfile.TemporaryDirectory() as work:
        for name, edit in (("changes", add_changes), ("numbered", number_heading)):
            edited = os.path.join(work, name + ".docx")
            with_edit(features, edited, edit)
            to_odt(edited, os.path.join(HERE, name + ".odt"))


if __name__ == "__main__":
    main()
