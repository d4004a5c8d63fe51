"""A headless LibreOffice of a test's own, driven through UNO (Debian's python3-uno), for the test
scripts beside this file.
"""
import contextlib
import os
import signal
import struct
import subprocess
import time
import zlib

import uno
from com.sun.star.awt import Size
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def prop(name, value):
    """A PropertyValue: the argument UNO calls take for each option."""
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


# The component context of the LibreOffice that desktop() started last, for service().
_context = None


def service(name):
    """An instance of the service name (com.sun.star.graphic.GraphicProvider...) in that LibreOffice."""
    return _context.ServiceManager.createInstanceWithContext(name, _context)


def _connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice is still starting
            time.sleep(0.3)
    raise SystemExit("LibreOffice did not start")


@contextlib.contextmanager
def desktop(profile):
    """Starts soffice with its user profile in the folder profile and yields its Desktop; ends it after."""
    pipe = f"malkedja_uno_{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
                               "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    global _context
    try:
        _context = _connect(pipe)
        desk = service("com.sun.star.frame.Desktop")
        yield desk
        try:
            desk.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
        office.wait(timeout=60)
    finally:
        # The whole process group: soffice starts soffice.bin under it, which a kill of soffice alone
        # would leave running when a step failed.
        try:
            os.killpg(office.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        office.wait()


def load_hidden(desk, url_or_path):
    """The document at a path (or a private: URL such as private:factory/scalc), opened without a window."""
    url = url_or_path if url_or_path.startswith("private:") else uno.systemPathToFileUrl(os.path.abspath(url_or_path))
    document = desk.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if document is None:  # as when another LibreOffice has it open (a lock file beside it)
        raise SystemExit(f"LibreOffice did not open {url_or_path}")
    return document


def store(document, path, filter_name):
    """Saves document as path in the format LibreOffice's filter_name names."""
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                        (prop("FilterName", filter_name), prop("Overwrite", True)))


def grey_picture(folder):
    """A 2 × 2 grey PNG, written into folder and loaded as a Graphic of that LibreOffice."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))
    path = os.path.join(os.path.abspath(folder), "grey.png")
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return service("com.sun.star.graphic.GraphicProvider").queryGraphic((prop("URL", uno.systemPathToFileUrl(path)),))


def insert_picture(document, graphic, text, at, name, title="", description=""):
    """A picture of graphic, 2 cm square, anchored as a character at the range at of text."""
    picture = document.createInstance("com.sun.star.text.TextGraphicObject")
    picture.Graphic = graphic
    picture.AnchorType = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
    size = Size()
    size.Width, size.Height = 2000, 2000
    picture.Size = size
    text.insertTextContent(at, picture, False)
    picture.Name = name
    picture.Title = title
    picture.Description = description


def insert_workbook(document, text, at, name, cells, description=""):
    """An embedded Calc workbook at the range at of text, its first sheet holding cells ({"A1": text
    or number})."""
    workbook = document.createInstance("com.sun.star.text.TextEmbeddedObject")
    workbook.CLSID = "47BBB4CB-CE4C-4E80-A591-42D9AE74950F"  # Calc's
    text.insertTextContent(at, workbook, False)
    workbook.Name = name
    workbook.Description = description
    sheet = workbook.getEmbeddedObject().Sheets.getByIndex(0)
    for cell, value in cells.items():
        target = sheet.getCellRangeByName(cell)
        if isinstance(value, str):
            target.setString(value)
        else:
            target.setValue(value)


# LibreOffice's filter for each text-document format its name ends with.
WRITER_FILTERS = {".docx": "MS Word 2007 XML", ".odt": "writer8"}


def store_as(document, path):
    """Saves a text document as path, in the format its name ends with (.docx or .odt)."""
    store(document, path, WRITER_FILTERS[os.path.splitext(path)[1].lower()])


def store_twins(document, folder, stem):
    """Saves document as stem.docx and stem.odt in folder, then closes it."""
    for extension in WRITER_FILTERS:
        store_as(document, os.path.join(folder, stem + extension))
    document.close(True)


def add_paragraph(text, cursor, words, style="Default Paragraph Style"):
    """Types words in the paragraph style style at cursor of text, and ends the paragraph."""
    cursor.ParaStyleName = style
    text.insertString(cursor, words, False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
