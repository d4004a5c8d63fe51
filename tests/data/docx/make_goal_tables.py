#!/usr/bin/python3
"""Writes the work plans whose goal chain is a Word table, for the goal-table reader's tests.

Run it with /usr/bin/python3 from any folder (it needs Debian's python3-docx and LibreOffice
Writer, `soffice`); it writes beside itself (all, or only those named as arguments):
- arbetsplan-tabell.docx (python-docx): the heading "Nämndens mål" over a table
  `Mål | Aktivitet | Ansvar | Tidsplan`; the first goal's cell is merged down over its three
  activity rows, the second's over two, the third has one row.
- arbetsplan-kf-tabell.docx (python-docx): the same heading over a table
  `Kommunfullmäktiges mål | Nämndmål | Aktivitet | Ansvarig | Klart senast | Status`; the first KF
  goal's cell is merged down over its two nämndmål (three rows), the first nämndmål's over its two
  activities; the second KF goal has one nämndmål with one activity.
- arbetsplan-rubriker.docx (python-docx): a plan in headings and lists, with texts that are no
  goal and no activity: a subtitle, a paragraph under a KF goal's heading, a labelled paragraph
  under a nämndmål, a table of an indicator and its target value, a paragraph under a nämndmål
  without activities, and a closing section with a paragraph and a bullet.
- arbetsplan-aktiviteter.docx (python-docx): numbered goal headings under "Nämndens mål", each with
  a bold label for its activities ("Aktiviteter:", "Åtgärder") above their bullets; the second
  goal's first bullet comes before its label (a sub-goal).
- arbetsplan-tabell.odt, arbetsplan-kf-tabell.odt, arbetsplan-rubriker.odt and
  arbetsplan-aktiviteter.odt: those converted by
  LibreOffice, which writes the merged cells as cells spanning rows over covered cells.
"""
import os
import sys

import docx

from make import HERE, to_odt

# (goal, [(activity, responsible, planned)]) under "Mål | Aktivitet | Ansvar | Tidsplan".
GOALS = [
    ("Alla elever når kunskapskraven", [
        ("Läsfrämjande insatser i årskurs 1–3", "Rektorer", "HT 2025"),
        ("Kartläggning av matematikkunskaper i årskurs 4", "Utvecklingsenheten", "Q2"),
        ("Fortbildning i språkutvecklande arbetssätt", "Förvaltningschef", "2025-12-31"),
    ]),
    ("Eleverna känner sig trygga i skolan", [
        ("Trygghetsvandringar på varje skola", "Rektorer", "Q1"),
        ("Ny rutin mot kränkande behandling", "Elevhälsan", "VT 2025"),
    ]),
    ("Grundskolenämnden har en ekonomi i balans", [
        ("Månatlig budgetuppföljning per enhet", "Ekonomichef", "Löpande"),
    ]),
]

# (KF goal, [(nämndmål, [(activity, responsible, planned, status)])]) under the six-column header.
KF_GOALS = [
    ("En trygg och lyckad skolgång lägger grunden för framtiden", [
        ("Alla elever når kunskapskraven", [
            ("Läsfrämjande insatser i årskurs 1–3", "Rektorer", "Q4", "Pågående"),
            ("Kartläggning av matematikkunskaper i årskurs 4", "Utvecklingsenheten", "2025-06-30", "Klart"),
        ]),
        ("Eleverna känner sig trygga i skolan", [
            ("Trygghetsvandringar på varje skola", "Rektorer", "Q1", "Ej påbörjad"),
        ]),
    ]),
    ("Huddinge kommun har en sund och uthållig ekonomi", [
        ("Grundskolenämnden har en ekonomi i balans", [
            ("Månatlig budgetuppföljning per enhet", "Ekonomichef", "Q4", "Enligt plan"),
        ]),
    ]),
]


def start(title):
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    document.add_heading("Nämndens mål", level=1)
    document.add_paragraph("Nämndens mål och förvaltningens aktiviteter för året.")
    return document


def merged(table, column, first, last, text):
    """Writes text into column's cells of rows first..last, merged into one when they are several."""
    cell = table.cell(first, column)
    if last > first:
        cell = cell.merge(table.cell(last, column))
    cell.text = text


def header_table(document, header, rows):
    """A Table Grid table of the header row and rows more rows."""
    table = document.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    return table


def write_activity(table, row, first_col, texts):
    for col, text in enumerate(texts, start=first_col):
        table.cell(row, col).text = text


def make_plain(path):
    document = start("Arbetsplan 2025")
    rows = sum(len(activities) for _, activities in GOALS)
    table = header_table(document, ("Mål", "Aktivitet", "Ansvar", "Tidsplan"), rows)
    row = 1
    for goal, activities in GOALS:
        merged(table, 0, row, row + len(activities) - 1, goal)
        for activity in activities:
            write_activity(table, row, 1, activity)
            row += 1
    document.add_paragraph("Planen följs upp i delårsrapporten.")
    document.save(path)


def make_with_kf(path):
    document = start("Arbetsplan 2025 med kommunfullmäktiges mål")
    rows = sum(len(activities) for _, goals in KF_GOALS for _, activities in goals)
    header = ("Kommunfullmäktiges mål", "Nämndmål", "Aktivitet", "Ansvarig", "Klart senast", "Status")
    table = header_table(document, header, rows)
    row = 1
    for kf_goal, goals in KF_GOALS:
        kf_rows = sum(len(activities) for _, activities in goals)
        merged(table, 0, row, row + kf_rows - 1, kf_goal)
        for goal, activities in goals:
            merged(table, 1, row, row + len(activities) - 1, goal)
            for activity in activities:
                write_activity(table, row, 2, activity)
                row += 1
    document.save(path)


def make_with_other_texts(path):
    document = docx.Document()
    document.add_paragraph("Arbetsplan 2025", style="Title")
    document.add_paragraph("Grundskolenämnden", style="Subtitle")
    document.add_heading("Kommunfullmäktiges mål", level=1)
    document.add_heading("En trygg och lyckad skolgång lägger grunden för framtiden", level=2)
    document.add_paragraph("KF-målet gäller hela mandatperioden.")
    document.add_heading("Nämndmål och aktiviteter", level=1)
    document.add_heading("Eleverna når kunskapskraven", level=2)
    document.add_paragraph("Inför lässatsning i F-3", style="List Bullet")
    document.add_paragraph("Syfte: höja måluppfyllelsen. Mål: 88 % minst E.")
    document.add_paragraph("Sambedömning i matematik", style="List Bullet")
    table = header_table(document, ("Indikator", "Målvärde"), 1)
    write_activity(table, 1, 0, ("Andel behöriga lärare", "Minst 85 %"))
    document.add_heading("Grundskolenämnden har en ekonomi i balans", level=2)
    document.add_paragraph("Ingen aktivitet beslutad ännu.")
    document.add_heading("Avslutning", level=1)
    document.add_paragraph("Planen revideras årligen.")
    document.add_paragraph("Kontaktperson: kvalitetsstrategen", style="List Bullet")
    document.save(path)


def make_with_activity_labels(path):
    document = docx.Document()
    document.add_paragraph("Verksamhetsplan för grundskolan 2025", style="Title")
    document.add_heading("Nämndens mål", level=1)
    document.add_heading("1. Eleverna når kunskapskraven", level=2)
    document.add_paragraph("Målet följs upp med betygsstatistik.")
    document.add_paragraph().add_run("Aktiviteter:").bold = True
    document.add_paragraph("Språkutvecklande arbetssätt i alla ämnen", style="List Bullet")
    document.add_paragraph("Tidiga insatser i läsning och skrivning", style="List Bullet")
    document.add_heading("2. Eleverna ges en likvärdig skolgång", level=2)
    document.add_paragraph("Delmål i skolorna", style="List Bullet")
    document.add_paragraph().add_run("Åtgärder").bold = True
    document.add_paragraph("Gemensam modell för extra anpassningar", style="List Bullet")
    document.save(path)


def main(names):
    for name, make in (("arbetsplan-tabell", make_plain), ("arbetsplan-kf-tabell", make_with_kf),
                       ("arbetsplan-rubriker", make_with_other_texts),
                       ("arbetsplan-aktiviteter", make_with_activity_labels)):
        if names and name not in names:
            continue
        path = os.path.join(HERE, name + ".docx")
        make(path)
        to_odt(path, os.path.join(HERE, name + ".odt"))


if __name__ == "__main__":
    main(sys.argv[1:])
