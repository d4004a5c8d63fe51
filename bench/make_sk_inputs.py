#!/usr/bin/python3
"""Writes the inputs of the SK case, deterministically, into a folder.

Usage: /usr/bin/python3 make_sk_inputs.py FIXTURES OUT_DIR

- schools.xlsx: FIXTURES/skolor/skolor.xlsx (openpyxl) with its Skolor sheet grown to 300 generated
  schools (code, name, area, stages, development areas from the fixture's keys); what
  `malkedja sk generate` reads.
- schools.json: the same schools for docxtemplater (development areas as their texts).
- sk-tagged.docx: FIXTURES/sk/sk-mall-2023-2024.docx (python-docx) with the title placeholder and the
  years as {tags} and one paragraph of {tags} and a {#loop} for the school's facts: the equivalent
  tagged template that docxtemplater fills.
Files that already exist are kept.
"""
import json
import os
import random
import sys

import docx
import openpyxl

SEED = 20260102
SCHOOLS = 300
AREAS = ["Sydvästra/Östra", "Mellersta/Nordvästra"]
STAGES = ["F-3", "F-6", "F-9", "4-9", "7-9"]
NAMES = ["Björk", "Ek", "Lönn", "Tall", "Gran", "Sjö", "Berg", "Äng", "Bäck", "Ås", "Hag", "Lund"]


def schools(keys):
    rng = random.Random(SEED)
    result = []
    for number in range(1, SCHOOLS + 1):
        result.append({
            "skolenhetskod": f"{rng.randrange(10_000_000, 100_000_000)}",
            "skola": f"{rng.choice(NAMES)}{rng.choice(['skolan', 'backens skola', 'dalens skola'])} {number}",
            "omrade": rng.choice(AREAS),
            "stadier": rng.choice(STAGES),
            "keys": rng.sample(keys, rng.randint(1, 5)),
        })
    return result


def write_xlsx(fixtures, path, generated):
    book = openpyxl.load_workbook(os.path.join(fixtures, "skolor", "skolor.xlsx"))
    sheet = book["Skolor"]
    sheet.delete_rows(2, sheet.max_row)
    for school in generated:
        sheet.append([school["skolenhetskod"], school["skola"], school["omrade"], school["stadier"],
                      ";".join(school["keys"])])
    book.save(path)


def write_json(path, generated, texts):
    rows = [dict(school, forra_lasar="2022-2023", lasar="2023-2024",
                 utvecklingsomraden=[{"text": texts[key]} for key in school["keys"]]) for school in generated]
    with open(path, "w", encoding="utf-8") as out:
        json.dump(rows, out, ensure_ascii=False)


def write_template(fixtures, path):
    document = docx.Document(os.path.join(fixtures, "sk", "sk-mall-2023-2024.docx"))
    paragraphs = document.paragraphs
    replacements = {"SKOLANS NAMN": "{skola}", "Uppföljning 2022-2023": "Uppföljning {forra_lasar}",
                    "Planering 2023-2024": "Planering {lasar}"}
    for paragraph in paragraphs[:3]:
        paragraph.text = replacements.get(paragraph.text, paragraph.text)
    facts = paragraphs[3].insert_paragraph_before("Skolenhetskod {skolenhetskod}, {omrade}, {stadier}")
    facts.insert_paragraph_before("{#utvecklingsomraden}{text}{/utvecklingsomraden}")
    document.save(path)


def main():
    fixtures, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    areas = openpyxl.load_workbook(os.path.join(fixtures, "skolor", "skolor.xlsx"))["Utvecklingsområden"]
    texts = {key: text for key, _, text, _ in areas.iter_rows(min_row=2, values_only=True) if key}
    generated = schools(sorted(texts))
    targets = {
        "schools.xlsx": lambda path: write_xlsx(fixtures, path, generated),
        "schools.json": lambda path: write_json(path, generated, texts),
        "sk-tagged.docx": lambda path: write_template(fixtures, path),
    }
    for name, action in targets.items():
        path = os.path.join(out_dir, name)
        if not os.path.exists(path):
            print(f"make_sk_inputs: writing {name}", flush=True)
            action(path)


if __name__ == "__main__":
    main()
