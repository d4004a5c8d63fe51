#!/usr/bin/python3
"""Writes inputs for test_misnamed_inputs.sh: the same files under a true name (in CONTROL) and under
a name that claims another format (in MISNAMED), both with the same stem.

Usage: /usr/bin/python3 make_misnamed_inputs.py FIXTURES CONTROL MISNAMED

- atagande-2018.csv: the fixture atagande-2018.xlsx as Python's csv module writes it (openpyxl reads
  the values); misnamed atagande-2018.xlsx, and atagande-2018.txt (an extension malkedja does not know).
- verksamhetsplan-2019.xlsx: the openpyxl fixture itself; misnamed verksamhetsplan-2019.ods.

Prints one line per misnamed file: MISNAMED_NAME<TAB>CONTROL_NAME<TAB>WHAT_IT_IS<TAB>WHAT_ITS_NAME_SAYS
(the last two empty when no warning is due).
"""
import csv
import os
import shutil
import sys

import openpyxl

fixtures, control, misnamed = sys.argv[1:4]

book = openpyxl.load_workbook(os.path.join(fixtures, "uppfoljning", "atagande-2018.xlsx"), data_only=True)
with open(os.path.join(control, "atagande-2018.csv"), "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    for row in book.active.iter_rows(values_only=True):
        writer.writerow("" if value is None else value for value in row)
shutil.copy(os.path.join(control, "atagande-2018.csv"), os.path.join(misnamed, "atagande-2018.xlsx"))
shutil.copy(os.path.join(control, "atagande-2018.csv"), os.path.join(misnamed, "atagande-2018.txt"))
print("atagande-2018.xlsx\tatagande-2018.csv\tCSV\tXLSX")
print("atagande-2018.txt\tatagande-2018.csv\t\t")

plan = os.path.join(fixtures, "uppfoljning", "verksamhetsplan-2019.xlsx")
shutil.copy(plan, os.path.join(control, "verksamhetsplan-2019.xlsx"))
shutil.copy(plan, os.path.join(misnamed, "verksamhetsplan-2019.ods"))
print("verksamhetsplan-2019.ods\tverksamhetsplan-2019.xlsx\tXLSX\tODS")
