#!/usr/bin/python3
"""Writes small follow-up spreadsheets with openpyxl, each with one thing `malkedja check` must find.

Usage: /usr/bin/python3 make_rule_inputs.py OUT_DIR

Every file has one sheet "Blad1": a title in A1, an empty row, the table's header in row 3 and its
data from row 4. test_check_rules.sh says which rule each file triggers and where.
"""
import os
import sys

import openpyxl

STATUS_TABLE = ["Mål", "Åtagande", "Status delår1", "Status delår2", "Status bokslut", "Kommentarer till status"]
PLAN_TABLE = ["Nämndmål", "Aktivitet", "Slutfört", "Status", "Ev kommentar"]
VERKSAMHETSPLAN = "Uppföljning av verksamhetsplan 2019"
ATAGANDEN = "Uppföljning åtaganden 2019"

# File name → (title, header, data rows); None is an empty cell.
INPUTS = {
    # MK006: Klart at delår 2, Enligt plan at bokslut (E5).
    "status-regression.xlsx": (ATAGANDEN, STATUS_TABLE, [
        ["Sund ekonomi", "Budget i balans på alla enheter", "Enligt plan", "Klart", "Genomfört", "Budgeten höll."],
        ["Sund ekonomi", "Ny modell för lokalhyror", "Enligt plan", "Klart", "Enligt plan",
         "Modellen ska justeras efter synpunkter."],
    ]),
    # MK005: Avviker från plan at bokslut (E5) with no comment at any checkpoint.
    "deviation-without-comment.xlsx": (ATAGANDEN, STATUS_TABLE, [
        ["Attraktiv arbetsgivare", "Utveckla introduktionen för nyanställda", "Enligt plan", "Enligt plan",
         "Avviker från plan", "Arbetet är försenat, klart i mars."],
        ["Attraktiv arbetsgivare", "Införa digitalt rehabiliteringssystem", "Enligt plan", "Enligt plan",
         "Avviker från plan", None],
    ]),
    # MK004: the status word "Pågånde" (D4).
    "status-typo.xlsx": (VERKSAMHETSPLAN, PLAN_TABLE, [
        ["Goda arbetsplatser", "Utveckla modell för introduktion för lärare", "Q4", "Pågånde", None],
        ["Goda arbetsplatser", "Införande av digitalt rehabiliteringssystem", "Q4", "Pågående", None],
    ]),
    # MK007 with --as-of 2019-10-31: Q2 has passed while the activity is going on (B4).
    "planned-quarter-passed.xlsx": (VERKSAMHETSPLAN, PLAN_TABLE, [
        ["Framgångsrikt chef- och ledarskap", "Utveckla interna mallar för styrning och ledning", "Q2", "Pågående",
         None],
        ["Framgångsrikt chef- och ledarskap", "Utveckla lönebildningsmodellen", "Q4", "Pågående", None],
        ["Framgångsrikt chef- och ledarskap", "Chefsintroduktion", "Q1", "Genomfört", None],
    ]),
    # MK003: a nämndmål on a row of its own with no activity (A5).
    "goal-without-activity.xlsx": (VERKSAMHETSPLAN, PLAN_TABLE, [
        ["Avtalstrohet", "Utbilda beställare i inköpsregler", "Q4", "Pågående", None],
        ["Effektivt lokalutnyttjande", None, None, None, None],
        ["God ekonomisk kontroll", "Månadsvis budgetuppföljning", "Q4", "Pågående", None],
    ]),
    # MK008: the same activity under two nämndmål (B5).
    "same-activity-two-goals.xlsx": (VERKSAMHETSPLAN, PLAN_TABLE, [
        ["Lust och engagemang - Alla elever känner sig trygga", "Utveckling av elevhälsan", "Q4", "Pågående", None],
        ["Likvärdiga möjligheter - Förskolan är likvärdig", "Utveckling av elevhälsan", "Q4", "Pågående", None],
    ]),
    # MK009: an activity with no planned quarter (B5).
    "activity-without-plan.xlsx": (VERKSAMHETSPLAN, PLAN_TABLE, [
        ["Maximalt lärande", "Utveckla samarbete med högskolan", "Q4", "Pågående", None],
        ["Maximalt lärande", "Utveckla extern kommunikation", None, "Pågående", None],
    ]),
    # MK002: a nämndmål with an empty KF goal cell (B4). It comes first, so that no KF goal of a
    # row above is carried down to it.
    "namndmal-without-kf.xlsx": (VERKSAMHETSPLAN, ["Kommunfullmäktiges mål", "Nämndmål", "Aktivitet", "Status"], [
        [None, "Trygg skolmiljö", "Rastvärdar på alla skolgårdar", "Pågående"],
        ["Bra att leva och bo", "Fler elever äter skollunch", "Ny matsedel med eleverna", "Pågående"],
        ["Fler i jobb", "Fler feriejobb för unga", "Feriejobb i förvaltningen", "Genomfört"],
    ]),
    # MK001 against the chain of the work plan grundskolenamnden-arbetsplan.docx: the first two
    # nämndmål are the plan's (the second with a full stop), the third is written in other words
    # (A6), nearest to "Grundskolenämnden har en ekonomi i balans".
    "goal-not-in-chain.xlsx": (VERKSAMHETSPLAN, ["Nämndmål", "Aktivitet", "Status"], [
        ["Eleverna når kunskapskraven och utvecklas så långt som möjligt i en trygg miljö",
         "Kartläggning av läsförmågan i åk 1", "Pågående"],
        ["Elevernas undervisning leds av legitimerade och behöriga lärare i respektive ämne.",
         "Rekrytera behöriga lärare", "Pågående"],
        ["Grundskolenämnden har en ansvarsfull och effektiv ekonomi", "Månadsvis budgetuppföljning", "Pågående"],
    ]),
}


def write(path, title, header, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    sheet["A1"] = title
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for name, (title, header, rows) in INPUTS.items():
        write(os.path.join(out_dir, name), title, header, rows)


if __name__ == "__main__":
    main()
