#!/usr/bin/python3
"""Prints the frozen rows of every sheet of spreadsheets, as LibreOffice opens them.

Usage: /usr/bin/python3 libreoffice_frozen_rows.py PROFILE_FOLDER FILE...

Starts its own headless LibreOffice (with the user profile in PROFILE_FOLDER), opens each file
hidden and prints, for each sheet whose top rows are frozen:
    FILE<TAB>SHEET<TAB>ROWS
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice is still starting
            time.sleep(0.3)
    sys.exit("LibreOffice did not start")


def main(profile, paths):
    pipe = f"malkedja_frozen_{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
                               "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        hidden = PropertyValue()
        hidden.Name, hidden.Value = "Hidden", True
        for path in paths:
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                                    (hidden,))
            controller = document.getCurrentController()
            for sheet in document.Sheets:
                controller.setActiveSheet(sheet)
                if controller.hasFrozenPanes():
                    print(f"{os.path.basename(path)}\t{sheet.Name}\t{controller.getSplitRow()}")
            document.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: libreoffice_frozen_rows.py PROFILE_FOLDER FILE...")
    main(sys.argv[1], sys.argv[2:])
