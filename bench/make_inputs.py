#!/usr/bin/python3
"""Writes the benchmark inputs, deterministically (fixed seed), into a folder.

Usage: /usr/bin/python3 make_inputs.py OUT_DIR [--quick]

A follow-up table of 8 columns as in seed 004 (Mål | Delmål | Särskilt prioriterat | Åtagande |
Status delår1* | Status delår2* | Status bokslut* | Kommentarer till status**), header on row 1,
Mål and Delmål cells merged down over their activities (value in the top cell only):
- S.xlsx: 2,000 data rows; L.xlsx: 125,000 data rows (1 M cells); L2/L4/L8.xlsx: 2×, 4×, 8× L
  (8× L = 1,000,000 rows, under the 1,048,576-row limit). Without --quick only.
- Written by SheetJS (npm `xlsx`, bench/write_xlsx.js) with shared strings (bookSST), because the
  Debian openpyxl writes every text as an inline string and its write-only mode has no merges.
- L.ods: LibreOffice headless converts L.xlsx; L.csv: Python's csv module, ';' and UTF-8, the same
  rows (a merged goal is in its top row only, as LibreOffice's csv export writes it).
- L.json: the same rows as JSON (header, rows, merges), what the writing peers write.
- L-libreoffice.xlsx: L.xlsx saved again by LibreOffice headless: the same cells in LibreOffice's
  form of shared strings, styles and merges.
Files that already exist are kept (delete the folder to regenerate).
"""
import csv
import json
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260101
ROWS = {"S": 2_000, "L": 125_000, "L2": 250_000, "L4": 500_000, "L8": 1_000_000}
QUICK = ["S", "L"]
HEADER = ["Mål", "Delmål", "Särskilt prioriterat", "Åtagande", "Status delår1*", "Status delår2*",
          "Status bokslut*", "Kommentarer till status**"]
GOALS = ["Bra att leva och bo", "Utbildning med hög kvalitet", "Fler i jobb", "God omsorg för individen",
         "Ekosystem i balans", "Systematisk kvalitetsutveckling", "Attraktiv arbetsgivare", "Sund ekonomi"]
SUBGOALS = ["Språkutveckling", "Trygghet och studiero", "Likvärdig bedömning", "Digital kompetens",
            "Elevhälsa", "Kompetensförsörjning", "Hållbara transporter", "Minskat matsvinn",
            "Ökad måluppfyllelse", "Ledarskap i klassrummet", "Samverkan med vårdnadshavare",
            "Ekonomi i balans"]
VERBS = ["Utveckla", "Följa upp", "Införa", "Kartlägga", "Implementera", "Utvärdera", "Stärka", "Säkerställa"]
OBJECTS = ["elevhälsans förebyggande arbete", "rutiner för frånvaro", "modersmålsundervisningen",
           "kollegialt lärande", "studiehandledning på modersmål", "skolbibliotekens verksamhet",
           "introduktionen av nyanställda", "arbetet med betyg och bedömning", "lokalutnyttjandet",
           "samarbetet med socialtjänsten", "den digitala infrastrukturen", "anmälningar om kränkningar"]
PLACES = ["i förskolan", "i grundskolan", "på fritidshemmet", "i gymnasieskolan", "i hela förvaltningen",
          "inom område Mellersta", "inom område Sydvästra/Östra"]
PRIORITIES = ["", "", "Särskilt prioriterat", "Prioriterat av nämnden"]
STATUS_1 = ["Enligt plan"] * 6 + ["Klart", "Avviker från plan"]
STATUS_2 = ["Enligt plan"] * 4 + ["Klart", "Klart", "Avviker från plan"]
STATUS_3 = ["Genomfört"] * 5 + ["Avviker från plan"]
COMMENTS = ["Arbetet fortsätter enligt plan.", "Klart under våren.", "Försenat på grund av personalbrist.",
            "Rapport lämnad till nämnden.", "Uppföljning sker i delår 2.", "Se verksamhetsberättelsen."]


def rows(count):
    """The data rows and the merged groups [(first, last)] as 0-based data-row indexes."""
    rng = random.Random(SEED)
    data, groups, index = [], [], 0
    while index < count:
        size = min(rng.randint(2, 12), count - index)
        goal, subgoal = rng.choice(GOALS), rng.choice(SUBGOALS)
        for k in range(size):
            number = index + k + 1
            activity = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} (§ {number})"
            comment = rng.choice(COMMENTS) if rng.random() < 0.6 else f"Åtgärd {number}: {rng.choice(COMMENTS)}"
            data.append([goal if k == 0 else "", subgoal if k == 0 else "", rng.choice(PRIORITIES), activity,
                         rng.choice(STATUS_1), rng.choice(STATUS_2), rng.choice(STATUS_3), comment])
        groups.append((index, index + size - 1))
        index += size
    return data, groups


def table_json(count):
    data, groups = rows(count)
    return json.dumps({"header": HEADER, "rows": data, "merges": groups}, ensure_ascii=False)


def write_json(path, count):
    with open(path, "w", encoding="utf-8") as out:
        out.write(table_json(count))


def write_xlsx(path, count):
    payload = table_json(count)
    node = ["node", "--max-old-space-size=16000", os.path.join(HERE, "write_xlsx.js"), path]
    subprocess.run(node, input=payload.encode("utf-8"), check=True)


def write_csv(path, count):
    data, _ = rows(count)
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(data)


def convert_with_libreoffice(source, target_dir, extension):
    profile = os.path.join(target_dir, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    extension, "--outdir", target_dir, source], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(profile, ignore_errors=True)


def resave_with_libreoffice(source, target):
    """source saved again by LibreOffice under the name target (same format)."""
    folder = target + ".tmp"
    os.makedirs(folder, exist_ok=True)
    convert_with_libreoffice(source, folder, os.path.splitext(source)[1][1:])
    os.replace(os.path.join(folder, os.path.basename(source)), target)
    shutil.rmtree(folder, ignore_errors=True)


def make(out_dir, name, action):
    path = os.path.join(out_dir, name)
    if os.path.exists(path):
        return
    print(f"make_inputs: writing {name}", flush=True)
    action(path)


def main():
    out_dir = sys.argv[1]
    names = QUICK if "--quick" in sys.argv[2:] else list(ROWS)
    os.makedirs(out_dir, exist_ok=True)
    for name in names:
        make(out_dir, f"{name}.xlsx", lambda path, n=ROWS[name]: write_xlsx(path, n))
    make(out_dir, "L.csv", lambda path: write_csv(path, ROWS["L"]))
    make(out_dir, "L.json", lambda path: write_json(path, ROWS["L"]))
    make(out_dir, "L.ods", lambda path: convert_with_libreoffice(os.path.join(out_dir, "L.xlsx"), out_dir, "ods"))
    make(out_dir, "L-libreoffice.xlsx", lambda path: resave_with_libreoffice(os.path.join(out_dir, "L.xlsx"), path))


if __name__ == "__main__":
    main()
