#!/usr/bin/python3
"""Writes encrypted.xls beside this script: tests/data/xlsx/features.xlsx saved by LibreOffice
(through UNO, Debian python3-uno) as "MS Excel 97" with the password "hemligt" (a FILEPASS record,
then RC4-encrypted records). Run it with /usr/bin/python3 from any folder.
"""
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(os.path.join(HERE, "..", "xlsx", "features.xlsx"))
PASSWORD = "hemligt"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def desktop_of(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:  # LibreOffice is still starting
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def store(doc):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.join(HERE, "encrypted.xls")),
                   (prop("FilterName", "MS Excel 97"), prop("Password", PASSWORD)))


with tempfile.TemporaryDirectory() as profile:
    pipe = f"malkedja-{os.getpid()}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                               f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"])
    try:
        desktop = desktop_of(pipe)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(SOURCE), "_blank", 0, (prop("Hidden", True),))
        try:
            store(doc)
        finally:
            doc.close(True)
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
