#!/usr/bin/python3
"""Prints the frozen rows of every sheet of spreadsheets, as LibreOffice opens them.

Usage: /usr/bin/python3 libreoffice_frozen_rows.py PROFILE_FOLDER FILE...

Starts its own headless LibreOffice (with the user profile in PROFILE_FOLDER), opens each file
hidden and prints, for each sheet whose top rows are frozen:
    FILE<TAB>SHEET<TAB>ROWS
"""
import os
import sys

from libreoffice_uno import desktop, load_hidden


def main(profile, paths):
    with desktop(profile) as desk:
        for path in paths:
            document = load_hidden(desk, path)
            controller = document.getCurrentController()
            for sheet in document.Sheets:
                controller.setActiveSheet(sheet)
                if controller.hasFrozenPanes():
                    print(f"{os.path.basename(path)}\t{sheet.Name}\t{controller.getSplitRow()}")
            document.close(True)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: libreoffice_frozen_rows.py PROFILE_FOLDER FILE...")
    main(sys.argv[1], sys.argv[2:])
