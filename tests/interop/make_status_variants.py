#!/usr/bin/python3
"""Writes follow-ups whose statuses are written the ways municipalities write them, and what a person
reading each finds.

Usage: /usr/bin/python3 make_status_variants.py FIXTURES OUT_DIR

Each variant is a fixture of FIXTURES/uppfoljning read with openpyxl, its status cells rewritten, and
saved as OUT_DIR/<variant>.xlsx: traffic-light words, text after the light word, goal evaluations,
the common words and abbreviations with misspellings, fill colours only (plain, and as Excel writes
theme colours with a tint), symbols on colours, symbols with a legend, colours with a legend, the
fixture's own coloured legend, the user's own words (samples/statusord.csv) and empty status cells.
test_status_variants.sh has LibreOffice convert every .xlsx to .ods and that .ods back to .xlsx, as
<variant>.libreoffice.ods and <variant>.libreoffice.xlsx. One more follow-up is written by LibreOffice
itself through UNO (python3-uno, soffice on PATH), as libreoffice-legend-beside.ods and .xlsx: colours
set on the cells, LibreOffice's own cell style "Good", a legend of coloured cells beside the table, a
symbol and an empty status cell.

OUT_DIR/expected.json lists the runs: the file (without extension) and its twins, the options of
import and check,
and what a person reading the sheet finds: per status column the statuses by canonical value, the
cells left empty, how many statuses a traffic light says without a legend (assumed), whether a legend
explains them, and the findings of `malkedja check` (rule, severity, place, and a text the suggestion
holds, or must not hold when it starts with "!").
"""
import json
import os
import sys
import tempfile

import openpyxl
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

from libreoffice_uno import desktop, load_hidden, store

# How a person reads the fixtures' own words.
BASE_MEANING = {
    "Enligt plan": "on_track", "Klart": "done", "Genomfört": "done", "Avviker från plan": "deviates",
    "Pågående": "on_track", "Kvarstår": "not_started",
}
ATAGANDE = "atagande-2018.xlsx"
VERKSAMHETSPLAN = "verksamhetsplan-2019.xlsx"
SAMPLE_WORDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "statusord.csv")

GREEN, AMBER, YELLOW, RED, GREY = "FF00B050", "FFFFC000", "FFFFFF00", "FFFF0000", "FFA6A6A6"
# Theme colours as Excel writes them (theme index and tint) in openpyxl's theme: accent3 9BBB59
# lighter 40 %, accent6 F79646 lighter 40 %, accent2 C0504D darker 25 %, Background 1 darker 25 %.
THEME_GREEN = Color(theme=6, tint=0.3999755851924192)
THEME_AMBER = Color(theme=9, tint=0.3999755851924192)
THEME_RED = Color(theme=5, tint=-0.249977111117893)
THEME_GREY = Color(theme=0, tint=-0.249977111117893)


def solid(colour):
    return PatternFill(fill_type="solid", fgColor=colour, bgColor=Color(indexed=64))


class Variant:
    """A fixture being rewritten, with what a person reading it will find."""

    def __init__(self, fixtures, fixture, name):
        self.name = name
        self.book = openpyxl.load_workbook(os.path.join(fixtures, "uppfoljning", fixture))
        self.sheet = self.book.active
        self.header_row = next(r for r in range(1, self.sheet.max_row + 1)
                               if str(self.sheet.cell(r, 2).value or "").startswith(("Delmål", "Aktivitet")))
        self.columns = {c: str(self.sheet.cell(self.header_row, c).value)
                        for c in range(1, self.sheet.max_column + 1)
                        if str(self.sheet.cell(self.header_row, c).value or "").startswith("Status")}
        self.rows = [r for r in range(self.header_row + 1, self.sheet.max_row + 1)
                     if any(self.sheet.cell(r, c).value in BASE_MEANING for c in self.columns)]
        # (row, col) → canonical value a person reads, or None for a cell left empty.
        self.meaning = {(r, c): BASE_MEANING[self.sheet.cell(r, c).value] for r in self.rows for c in self.columns}
        self.assumed = 0
        self.legend = False
        self.findings = []

    def base_word(self, row, col):
        return self.sheet.cell(row, col).value

    def put(self, row, col, text, fill=None, means=None, assumed=False):
        """Writes a status cell: its text (None: empty), its fill (None: none) and what it means."""
        cell = self.sheet.cell(row, col)
        cell.value = text
        cell.fill = solid(fill) if fill is not None else PatternFill(fill_type=None)
        self.meaning[(row, col)] = means
        self.assumed += 1 if assumed else 0

    def each(self, change):
        """Calls change(row, col, base word) for every status cell."""
        for row in self.rows:
            for col in self.columns:
                change(row, col, self.base_word(row, col))

    def plain_footnotes(self):
        """Takes the fills off the fixture's footnotes, which are a coloured legend."""
        for row in range(self.rows[-1] + 1, self.sheet.max_row + 1):
            self.sheet.cell(row, 1).fill = PatternFill(fill_type=None)

    def place(self, row, col):
        return "%s!%s%d" % (self.sheet.title, openpyxl.utils.get_column_letter(col), row)

    def expected(self):
        counts, missing = {}, {}
        for (row, col), value in self.meaning.items():
            label = " ".join(self.columns[col].split())
            if value is None:
                missing[label] = missing.get(label, 0) + 1
            else:
                counts.setdefault(label, {})
                counts[label][value] = counts[label].get(value, 0) + 1
        return {"counts": counts, "missing": missing, "assumed": self.assumed, "legend": self.legend,
                "findings": self.findings}


def lights(v):
    light = {"Enligt plan": ("Grön", "on_track"), "Klart": ("Grön", "on_track"), "Genomfört": ("Grön", "on_track"),
             "Avviker från plan": ("Röd", "deviates")}
    v.plain_footnotes()

    def change(row, col, word):
        text, means = light[word]
        if word == "Enligt plan" and v.columns[col] == "Status delår2*":
            text, means = "Gul", "not_started"
        v.put(row, col, text, means=means, assumed=True)
    v.each(change)


def lights_with_text(v):
    written = {"Enligt plan": "Grön – enligt plan", "Klart": "Grön: klart", "Genomfört": "Grön (genomfört)",
               "Avviker från plan": "Röd - avviker från plan"}
    v.plain_footnotes()
    v.each(lambda row, col, word: v.put(row, col, written[word], means=BASE_MEANING[word]))


def goal_evaluation(v):
    v.plain_footnotes()
    bokslut = next(c for c, label in v.columns.items() if label == "Status bokslut*")
    delar_2 = next(c for c, label in v.columns.items() if label == "Status delår2*")
    partly = [r for r in v.rows if v.base_word(r, bokslut) == "Genomfört" and v.base_word(r, delar_2) != "Klart"][:4]
    for row in v.rows:
        if v.base_word(row, bokslut) == "Avviker från plan":
            v.put(row, bokslut, "Ej uppfyllt", means="deviates")
        elif row in partly:
            v.put(row, bokslut, "Delvis uppfyllt", means="partly")
        else:
            v.put(row, bokslut, "Uppfyllt", means="done")


def many_words(v):
    v.plain_footnotes()
    delar_1 = [("Pågår", "on_track"), ("Påbörjad", "on_track"), ("Enligt plan", "on_track"), ("Påg.", "on_track"),
               ("Ej påbörjad", "not_started"), ("Ej påb.", "not_started"), ("Ej aktuell", "cancelled"),
               ("Avbruten", "cancelled"), ("Senarelagd", "deviates"), ("Flyttad", "deviates")]
    done = ["Klart", "Avslutad", "Genomf.", "Klar", "Slutförd"]
    columns = {label: c for c, label in v.columns.items()}
    for i, row in enumerate(v.rows):
        word, means = delar_1[i % len(delar_1)]
        v.put(row, columns["Status delår1*"], word, means=means)
        word = v.base_word(row, columns["Status delår2*"])
        if word == "Klart":
            v.put(row, columns["Status delår2*"], "Klar", means="done")
        elif word == "Avviker från plan":
            v.put(row, columns["Status delår2*"], "Avviker", means="deviates")
        elif i in (1, 13):
            v.put(row, columns["Status delår2*"], "Pågånde", means="unknown")
            v.findings.append(["MK004", "fel", v.place(row, columns["Status delår2*"]), "Pågående"])
        else:
            v.put(row, columns["Status delår2*"], "Pågående", means="on_track")
        if v.base_word(row, columns["Status bokslut*"]) == "Genomfört":
            v.put(row, columns["Status bokslut*"], done[i % len(done)], means="done")
    deviating = [r for r in v.rows if v.base_word(r, columns["Status bokslut*"]) == "Avviker från plan"]
    v.put(deviating[0], columns["Status bokslut*"], "Ej uppfylt", means="unknown")
    v.put(deviating[1], columns["Status bokslut*"], "Oklart", means="unknown")
    v.findings += [["MK004", "fel", v.place(deviating[0], columns["Status bokslut*"]), "Ej uppfyllt"],
                   ["MK004", "fel", v.place(deviating[1], columns["Status bokslut*"]), "!menade du"]]
    # Findings in document order: by activity row, then column.
    v.findings.sort(key=lambda f: (int("".join(ch for ch in f[2].split("!")[1] if ch.isdigit())), f[2]))


def colours(palette):
    """Fills only: green, amber (not started), red, and grey for the last activity's year end."""
    green, amber, red, grey = palette

    def make(v):
        v.plain_footnotes()

        def change(row, col, word):
            if word == "Avviker från plan":
                v.put(row, col, None, red, "deviates", True)
            elif word == "Enligt plan" and v.columns[col] == "Status delår2*":
                v.put(row, col, None, amber, "not_started", True)
            elif row == v.rows[-1] and v.columns[col] == "Status bokslut*":
                v.put(row, col, None, grey, "cancelled", True)
            else:
                v.put(row, col, None, green, "on_track", True)
        v.each(change)
    return make


def theme_colours(v):
    colours((THEME_GREEN, THEME_AMBER, THEME_RED, THEME_GREY))(v)
    # One red from the indexed palette, as older files have them.
    bokslut = next(c for c, label in v.columns.items() if label == "Status bokslut*")
    row = next(r for r in v.rows if v.meaning[(r, bokslut)] == "deviates")
    v.sheet.cell(row, bokslut).fill = solid(Color(indexed=10))


def symbols_on_colours(v):
    colours((GREEN, AMBER, RED, GREY))(v)
    for (row, col) in list(v.meaning):
        v.sheet.cell(row, col).value = "●"
    # Two triangles without a fill: a symbol alone says nothing.
    delar_1 = next(c for c, label in v.columns.items() if label == "Status delår1*")
    for row in v.rows[:2]:
        v.put(row, delar_1, "▲", means="unknown")
        v.assumed -= 1
        v.findings.append(["MK004", "fel", v.place(row, delar_1), "▲ = Genomfört"])


def symbols_with_legend(v):
    v.plain_footnotes()
    v.sheet.cell(v.header_row - 1, 1).value = (
        "Teckenförklaring: ● = Genomfört, ◐ = Pågår, ○ = Ej påbörjad, ▲ = Avviker från plan")
    v.legend = True
    symbol = {"Enligt plan": "◐", "Klart": "●", "Genomfört": "●", "Avviker från plan": "▲"}

    def change(row, col, word):
        # The fixture's fills stay: a symbol the legend defines says the status whatever the fill.
        v.sheet.cell(row, col).value = symbol[word]
    v.each(change)


def colours_with_legend(v):
    v.plain_footnotes()
    first = v.rows[-1] + 2
    for row in range(first, v.sheet.max_row + 1):
        v.sheet.cell(row, 1).value = None
    for i, line in enumerate(["Förklaring:", "Grön = Genomfört", "Gul: pågår", "Röd = Avviker från plan"]):
        v.sheet.cell(first + i, 1).value = line
    v.legend = True
    colour = {"Enligt plan": YELLOW, "Klart": GREEN, "Genomfört": GREEN, "Avviker från plan": RED}
    v.each(lambda row, col, word: v.put(row, col, None, colour[word], BASE_MEANING[word]))


def fixture_legend(v):
    """The fixture's status cells keep their fills and lose their words; its coloured footnotes explain them."""
    v.legend = True
    v.each(lambda row, col, word: setattr(v.sheet.cell(row, col), "value", None))


def own_words(v):
    """The words of samples/statusord.csv, and blue fills that it says mean done."""
    v.plain_footnotes()
    own = {"Enligt plan": ("På väg", "on_track"), "Klart": ("I mål", "done"), "Avviker från plan": ("Risk", "deviates")}

    def change(row, col, word):
        if word == "Genomfört":
            if row % 2:
                v.put(row, col, "I mål", means="done")
            else:
                v.put(row, col, None, "FF0070C0", "done")
        else:
            v.put(row, col, own[word][0], means=own[word][1])
    v.each(change)


def empty_cells(blank):
    """Status cells left empty, by (row, status column label)."""
    def make(v):
        v.plain_footnotes()
        columns = {label: c for c, label in v.columns.items()}
        for row, label in blank:
            v.put(row, columns[label], None)
    return make


VERKSAMHETSPLAN_FINDINGS = [
    "MK007:varning:Uppföljning 2019!B%d" % r for r in (26, 43, 44, 45, 48, 49, 53, 55, 56)] + [
    "MK008:info:Uppföljning 2019!B19", "MK008:info:Uppföljning 2019!B38", "MK009:info:Uppföljning 2019!B20",
    "MK018:varning:Uppföljning 2019!D20", "MK018:varning:Uppföljning 2019!D26", "MK018:varning:Uppföljning 2019!D48"]

# name, fixture, how it is made, options of import and check, options of check only, findings as
# "RULE:severity:place" when the variant does not collect them itself.
VARIANTS = [
    ("status-lights", ATAGANDE, lights, [], [], None),
    ("status-lights-with-text", ATAGANDE, lights_with_text, [], [], None),
    ("status-goal-evaluation", ATAGANDE, goal_evaluation, [], [], None),
    ("status-words", ATAGANDE, many_words, [], [], None),
    ("status-colours", ATAGANDE, colours((GREEN, AMBER, RED, GREY)), [], [], None),
    ("status-theme-colours", ATAGANDE, theme_colours, [], [], None),
    ("status-symbols-on-colours", ATAGANDE, symbols_on_colours, [], [], None),
    ("status-symbols-legend", ATAGANDE, symbols_with_legend, [], [], None),
    ("status-colours-legend", ATAGANDE, colours_with_legend, [], [], None),
    ("status-fixture-legend", ATAGANDE, fixture_legend, [], [], None),
    ("status-own-words", ATAGANDE, own_words, ["--statusord", SAMPLE_WORDS], [], None),
    ("status-empty-cells", ATAGANDE,
     empty_cells([(14, "Status bokslut*"), (15, "Status delår2*"), (30, "Status bokslut*")]), [], [],
     ["MK018:varning:Åtagande 2018!G14", "MK018:varning:Åtagande 2018!F15", "MK018:varning:Åtagande 2018!G30"]),
    ("status-empty-cells-planned", VERKSAMHETSPLAN,
     empty_cells([(20, "Status"), (26, "Status"), (48, "Status"), (17, "Status"), (50, "Status")]), [],
     ["--as-of", "2019-10-31"], VERKSAMHETSPLAN_FINDINGS),
]


def libreoffice_follow_up(out_dir, name):
    """Writes <name>.ods and <name>.xlsx from LibreOffice; returns the run of what a person finds."""
    with tempfile.TemporaryDirectory(prefix="lo-status-uno-") as profile:
        with desktop(profile) as desk:
            doc = load_hidden(desk, "private:factory/scalc")
            sheet = doc.Sheets.getByIndex(0)
            sheet.Name = "Uppföljning 2024"

            def put(ref, text=None, colour=None, style=None):
                cell = sheet.getCellRangeByName(ref)
                if text is not None:
                    cell.String = text
                if style:
                    cell.CellStyle = style
                if colour is not None:
                    cell.CellBackColor = colour
            put("A1", "Uppföljning av nämndens verksamhetsplan 2024, delår 2")
            # The legend: coloured cells with their meaning, beside the table past an empty column.
            put("G3", "Teckenförklaring")
            for row, (colour, meaning) in enumerate([(0x00B050, "Enligt plan"), (0xFFC000, "Risk för avvikelse"),
                                                     (0xFF0000, "Avviker"), (0x0070C0, "Klart")], start=4):
                put("G%d" % row, colour=colour)
                put("H%d" % row, meaning)
            for col, header in zip("ABCDE", ["Nämndmål", "Aktivitet", "Ansvarig", "Status", "Kommentar"]):
                put(col + "3", header)
            rows = [("Trygg skola", "Rastvärdar", None, 0x00B050, None, None),
                    ("Trygg skola", "Elevhälsoteam", None, 0x0070C0, None, None),
                    ("Trygg skola", "Kartläggning", None, 0xFF0000, None, "Försenad, personalbrist"),
                    ("Ökad måluppfyllelse", "Läslyft", None, 0xFFC000, None, None),
                    ("Ökad måluppfyllelse", "Mattelyft", None, None, None, None),
                    ("Ökad måluppfyllelse", "Lovskola", "✓", None, None, None),
                    ("Ökad måluppfyllelse", "Studiero", None, None, "Good", None)]
            for row, (goal, activity, text, colour, style, comment) in enumerate(rows, start=4):
                put("A%d" % row, goal)
                put("B%d" % row, activity)
                put("C%d" % row, "Förvaltningen")
                put("D%d" % row, text, colour, style)
                if comment:
                    put("E%d" % row, comment)
            for extension, filter_name in (("ods", "calc8"), ("xlsx", "Calc MS Excel 2007 XML")):
                store(doc, os.path.join(out_dir, name + "." + extension), filter_name)
            doc.close(True)
    # Blue is Klart by the legend; LibreOffice's style Good is a green fill; amber's "Risk för
    # avvikelse" is no status, so amber keeps its assumed meaning.
    place = "Uppföljning 2024!D%d"
    return {"file": name, "twins": [name + ".ods", name + ".xlsx"], "options": [], "check_options": [],
            "counts": {"Status": {"on_track": 2, "done": 1, "deviates": 1, "not_started": 1, "unknown": 1}},
            "missing": {"Status": 1}, "assumed": 1, "legend": True,
            "findings": ["MK004:fel:" + place % 9 + "|✓ = Genomfört", "MK018:varning:" + place % 8]}


def main():
    fixtures, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    runs = []
    for name, fixture, make, options, check_options, findings in VARIANTS:
        v = Variant(fixtures, fixture, name)
        make(v)
        v.book.save(os.path.join(out_dir, name + ".xlsx"))
        expected = v.expected()
        if findings is not None:
            expected["findings"] = [f.split(":", 2) + [""] for f in findings]
        expected["findings"] = [":".join(f[:3]) + ("|" + f[3] if f[3] else "") for f in expected["findings"]]
        twins = [name + ".xlsx", name + ".libreoffice.ods", name + ".libreoffice.xlsx"]
        runs.append({"file": name, "twins": twins, "options": options, "check_options": check_options, **expected})
    # Without samples/statusord.csv the user's words are unknown: one finding of MK004 for each.
    own = next(r for r in runs if r["file"] == "status-own-words")
    unknown = sum(n for counts in own["counts"].values() for n in counts.values())
    runs.append({"file": "status-own-words", "twins": own["twins"], "options": [], "check_options": [],
                 "without_mapping": unknown})
    runs.append(libreoffice_follow_up(out_dir, "libreoffice-legend-beside"))
    with open(os.path.join(out_dir, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(runs, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
