#!/usr/bin/python3
"""Writes charts.docx and charts.odt beside itself: a work plan with a bar chart of two series
(title, categories and values) in a paragraph of its own and a pie chart without title in a table
cell, made by LibreOffice Writer through UNO (Debian's python3-uno), so that the chart parts and
objects are LibreOffice's own. Run it with /usr/bin/python3 from any folder.
"""
import os
import sys
import tempfile

import uno  # noqa: F401 (makes the com.sun.star modules importable)
from com.sun.star.awt import Size
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "interop"))
from libreoffice_uno import add_paragraph, desktop, load_hidden, store_twins  # noqa: E402

CHART_CLSID = "12dcae26-281f-416f-a234-c3086127382e"


def insert_chart(document, text, at, diagram, title, rows, columns, data):
    """A chart object at the text range at, of the diagram service (com.sun.star.chart.*Diagram)."""
    chart_object = document.createInstance("com.sun.star.text.TextEmbeddedObject")
    chart_object.CLSID = CHART_CLSID
    size = Size()
    size.Width, size.Height = 12000, 7000
    chart_object.Size = size
    text.insertTextContent(at, chart_object, False)
    chart = chart_object.getEmbeddedObject()
    chart.setDiagram(chart.createInstance(diagram))
    chart.HasMainTitle = bool(title)
    if title:
        chart.Title.String = title
    chart.Data.setData(data)
    chart.Data.setRowDescriptions(rows)
    chart.Data.setColumnDescriptions(columns)


def main():
    with tempfile.TemporaryDirectory() as profile, desktop(profile) as desk:
        document = load_hidden(desk, "private:factory/swriter")
        text = document.Text
        cursor = text.createTextCursor()
        add_paragraph(text, cursor, "Nämndens mål", "Heading 1")
        add_paragraph(text, cursor, "Alla elever ska nå kunskapskraven", "Heading 2")
        add_paragraph(text, cursor, "Andel elever med minst E i alla ämnen:")
        insert_chart(document, text, cursor, "com.sun.star.chart.BarDiagram", "Minst E i alla ämnen",
                     ("2021", "2022", "2023"), ("Flickor", "Pojkar"), ((81.0, 84.0), (79.0, 86.0), (83.5, 88.0)))
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        add_paragraph(text, cursor, "Trygghet per skola:")
        table = document.createInstance("com.sun.star.text.TextTable")
        table.initialize(1, 2)
        text.insertTextContent(cursor, table, False)
        table.getCellByName("A1").setString("Enkäten")
        cell = table.getCellByName("B1")
        insert_chart(document, cell, cell.getEnd(), "com.sun.star.chart.PieDiagram", "",
                     ("Trygg", "Inte trygg"), ("Andel",), ((92.0,), (8.0,)))
        add_paragraph(text, cursor, "Slut.")
        store_twins(document, HERE, "charts")


if __name__ == "__main__":
    main()
