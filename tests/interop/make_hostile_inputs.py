#!/usr/bin/python3
"""Writes hostile and broken inputs into a folder, for test_hostile_inputs.sh.

Usage: /usr/bin/python3 make_hostile_inputs.py FIXTURES OUTPUT_FOLDER

Prints one line per file: NAME<TAB>EXPECTED<TAB>COMMANDS, where EXPECTED is a piece of the Swedish
error message malkedja must give and COMMANDS the commands (cells, blocks, import) that must refuse it.
Packages are the fixtures made by openpyxl and LibreOffice with one part changed, or minimal packages
where the case is about the package itself. Nothing is fetched.
"""
import io
import os
import random
import re
import struct
import sys
import warnings
import zipfile

MIB = 1 << 20
CONTENT_TYPES = "[Content_Types].xml"
SHEET = "xl/worksheets/sheet1.xml"
SHEET_RELS = "xl/_rels/workbook.xml.rels"

fixtures, folder = sys.argv[1], sys.argv[2]
xlsx_fixture = os.path.join(fixtures, "uppfoljning", "verksamhetsplan-2019.xlsx")
ods_fixture = os.path.join(fixtures, "uppfoljning", "verksamhetsplan-2019.ods")


def parts_of(path):
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def zip_bytes(parts):
    """parts: (name or ZipInfo, bytes or a callable writing into a stream) in order."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        write_parts(zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED), parts)
    return buffer.getvalue()


def write_parts(archive, parts):
    with archive as z:
        for part, data in parts:
            if callable(data):
                info = part if isinstance(part, zipfile.ZipInfo) else zipfile.ZipInfo(part)
                info.compress_type = zipfile.ZIP_DEFLATED
                with z.open(info, "w", force_zip64=True) as stream:
                    data(stream)
            else:
                z.writestr(part, data)


def write_bytes(name, data, expected, commands="cells import"):
    """commands: the malkedja commands that must refuse the file (each with exit status 2)."""
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
    print(f"{name}\t{expected}\t{commands}")


def write_zip(name, parts, expected, commands="cells import"):
    write_bytes(name, zip_bytes(parts), expected, commands)


def changed(path, replace=None, drop=(), add=()):
    """The parts of a fixture with some replaced (name -> bytes), dropped or added."""
    replace = replace or {}
    parts = [(info, replace.get(info.filename, data)) for info, data in parts_of(path) if info.filename not in drop]
    return parts + list(add)


def zeros(stream, size=200 * MIB):
    chunk = bytes(MIB)
    for _ in range(size // MIB):
        stream.write(chunk)


def patched(data, offsets_and_bytes):
    data = bytearray(data)
    for offset, replacement in offsets_and_bytes:
        data[offset:offset + len(replacement)] = replacement
    return bytes(data)


def central_header_offsets(data):
    """name -> offset of its central directory header."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        start = z.start_dir
    offsets = {}
    at = start
    while data[at:at + 4] == b"PK\1\2":
        name_length, extra_length, comment_length = struct.unpack("<HHH", data[at + 28:at + 34])
        offsets[data[at + 46:at + 46 + name_length]] = at
        at += 46 + name_length + extra_length + comment_length
    return offsets


def compound_file(*streams):
    """A minimal OLE/CFB file: magic, 512-byte header, a directory sector of UTF-16LE names."""
    data = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".ljust(512, b"\0"))
    for name in streams:
        data += name.encode("utf-16-le").ljust(128, b"\0")
    return bytes(data.ljust(1024, b"\0"))


xlsx = dict((info.filename, data) for info, data in parts_of(xlsx_fixture))
sheet = xlsx[SHEET]
workbook_rels = xlsx[SHEET_RELS].decode()
package_rels = xlsx["_rels/.rels"].decode()
SHEET_TARGET = re.compile(r'Target="[^"]*worksheets/sheet1\.xml"')
MAIN_TARGET = re.compile(r'Target="/?xl/workbook\.xml"')
assert SHEET_TARGET.search(workbook_rels) and MAIN_TARGET.search(package_rels)


def with_doctype(xml, doctype):
    """xml with doctype after its XML declaration, if it has one."""
    at = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    return xml[:at] + doctype + xml[at:]


# Zip bombs: 200 MiB of zeros, compressed about a thousand times.
write_zip("bomb-content-types.xlsx", changed(xlsx_fixture, drop=[CONTENT_TYPES], add=[(CONTENT_TYPES, zeros)]),
          "zip-bomb")
write_zip("bomb-sheet.xlsx", changed(xlsx_fixture, drop=[SHEET], add=[(SHEET, zeros)]), "zip-bomb")

# Entry names.
write_zip("too-many-entries.xlsx", changed(xlsx_fixture, add=[(f"extra/{i}", b"") for i in range(10_001)]),
          "fler än 10000 delar")
write_zip("duplicate-name.xlsx", changed(xlsx_fixture, add=[(SHEET, sheet)]), "två gånger")
write_zip("case-only-names.xlsx", changed(xlsx_fixture, add=[(SHEET.upper(), sheet)]), "två gånger")
for name, bad in [("absolute-name", "/etc/x"), ("drive-name", "C:x"), ("dot-dot-name", "xl/../../x"),
                  ("backslash-name", "xl\\x.xml"), ("newline-name", "a\nb/../../x")]:
    write_zip(f"{name}.xlsx", changed(xlsx_fixture, add=[(bad, b"x")]), "otillåten sökväg")
with_name = zip_bytes(changed(xlsx_fixture, add=[("xl/a#b.xml", b"x")]))
write_bytes("nul-name.xlsx", with_name.replace(b"xl/a#b.xml", b"xl/a\0b.xml"), "otillåten sökväg")

# Not a zip, or a damaged one.
write_bytes("empty.xlsx", b"", "tom")
write_bytes("zip-magic-only.xlsx", b"PK\3\4" + bytes(range(256)) * 4, "skadad")
with open(xlsx_fixture, "rb") as f:
    whole = f.read()
write_bytes("truncated.xlsx", whole[: len(whole) // 2], "skadad")
honest = zip_bytes(changed(xlsx_fixture))
with zipfile.ZipFile(io.BytesIO(honest)) as z:
    info = z.getinfo(CONTENT_TYPES)
lie = struct.pack("<I", info.CRC ^ 0x5A5A5A5A)
write_bytes("lying-crc.xlsx", patched(honest, [(info.header_offset + 14, lie),
                                               (central_header_offsets(honest)[CONTENT_TYPES.encode()] + 16, lie)]),
            "skadad")

# Compound files: encrypted OOXML, legacy .xls (read, so a file only naming its streams is damaged) and .doc.
write_bytes("encrypted.xlsx", compound_file("Root Entry", "EncryptionInfo", "EncryptedPackage"), "lösenordsskyddad")
write_bytes("legacy.xls", compound_file("Root Entry", "Workbook", "\x05SummaryInformation"), ".xls-filen är skadad")

# .xls files LibreOffice wrote (tests/data/xls), encrypted, cut short or with a sheet of impossible size.
xls_folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "xls")
with open(os.path.join(xls_folder, "encrypted.xls"), "rb") as f:
    write_bytes("encrypted.xls", f.read(), "lösenordsskyddad .xls-fil")
with open(os.path.join(xls_folder, "verksamhetsplan-2019.xls"), "rb") as f:
    xls = f.read()
# Its directory comes last: cut short, it is named as cut short.
write_bytes("truncated.xls", xls[: len(xls) // 2], "filen är avkortad")
DIMENSIONS = b"\x00\x02\x0e\x00"  # the record's type and length; rows at +8, columns at +14
dimensions_at = xls.index(DIMENSIONS)
write_bytes("huge-sheet.xls", patched(xls, [(dimensions_at + 8, struct.pack("<I", 1 << 28))]), "65536 × 256")
# A file on which FreeXL 1.0.6 crashes (found by fuzzing): only FreeXL's child process ends.
regressions = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz", "regressions", "xls")
with open(os.path.join(regressions, "freexl-open-segv.xls"), "rb") as f:
    write_bytes("freexl-crash.xls", f.read(), "FreeXL kraschade")
write_bytes("legacy.doc", compound_file("Root Entry", "WordDocument", "1Table"), ".doc",
            commands="blocks import")

# Required parts missing.
write_zip("no-content-types.xlsx", changed(xlsx_fixture, drop=[CONTENT_TYPES]), "[Content_Types].xml")
write_zip("no-manifest.ods", changed(ods_fixture, drop=["META-INF/manifest.xml"]), "manifest.xml")
write_zip("no-mimetype.ods", changed(ods_fixture, drop=["mimetype"]), "mimetype")

# Relationships pointing outside the package: refused, never followed.
rels = MAIN_TARGET.sub('Target="../../etc/passwd"', package_rels)
write_zip("main-escapes.xlsx", changed(xlsx_fixture, replace={"_rels/.rels": rels.encode()}), "utanför paketet")
for name, target in [("sheet-escapes.xlsx", "../../etc/passwd"),
                     ("sheet-url.xlsx", "http://example.invalid/sheet1.xml"),
                     ("sheet-file-url.xlsx", "file:///etc/passwd")]:
    rels = SHEET_TARGET.sub(f'Target="{target}"', workbook_rels)
    write_zip(name, changed(xlsx_fixture, replace={SHEET_RELS: rels.encode()}), "utanför paketet")

# XML: DOCTYPEs, bad encoding, deep nesting.
xxe = with_doctype(sheet, b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
write_zip("doctype-external-entity.xlsx", changed(xlsx_fixture, replace={SHEET: xxe}), "DOCTYPE")
laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (i, (b"&lol%s;" % (b"" if i == 1 else b"%d" % (i - 1))) * 10) for i in range(1, 10)
) + b"]>"
types = xlsx[CONTENT_TYPES]
write_zip("billion-laughs.xlsx", changed(xlsx_fixture, replace={CONTENT_TYPES: with_doctype(types, laughs)}), "DOCTYPE")
text_at = sheet.index(b"<t>") + 3
write_zip("invalid-utf8.xlsx", changed(xlsx_fixture, replace={SHEET: sheet[:text_at] + b"\xC3\x28" + sheet[text_at:]}),
          "UTF-8")
write_zip("overlong-utf8.xlsx",
          changed(xlsx_fixture, replace={SHEET: sheet[:text_at] + b"\xC0\xAF" + sheet[text_at:]}), "UTF-8")
depth = 200_000
# Deep but well-formed, in a part the format detection reads whole; its main part is left without a
# content type, so that the file ends as unsupported after the deep part was parsed. Random
# attribute values keep it from compressing like a zip bomb.
noise = random.Random(2019)
opening = b"".join(b'<x v="%08x">' % noise.getrandbits(32) for _ in range(depth))
deep_types = types.replace(b"</Types>", opening + b"</x>" * depth + b"</Types>").replace(
    b'Extension="xml"', b'Extension="none"').replace(b'PartName="/xl/workbook.xml"', b'PartName="/xl/none.xml"')
write_zip("deep-content-types.xlsx", changed(xlsx_fixture, replace={CONTENT_TYPES: deep_types}), "stöds inte")
write_zip("deep-unclosed-sheet.xlsx",
          changed(xlsx_fixture, replace={SHEET: sheet[:text_at] + b"<x>" * depth + sheet[text_at:]}),
          "ingen giltig XML")

# An archive nested in a part: the sheet is itself a zip (holding a bomb); it is never opened as one.
write_zip("nested-archive-sheet.xlsx", changed(xlsx_fixture, replace={SHEET: zip_bytes([("bomb.xml", zeros)])}),
          "ingen giltig XML")

# Sizes that lie, in both the local and the central header: smaller and larger than the truth.
with zipfile.ZipFile(io.BytesIO(honest)) as z:
    sheet_info = z.getinfo(SHEET)
sheet_central = central_header_offsets(honest)[SHEET.encode()]
for name, local, central, size in [("lying-size-small.xlsx", 22, 24, 16),
                                   ("lying-size-huge.xlsx", 22, 24, 0xFFFFFFF0),
                                   ("lying-compressed-size.xlsx", 18, 20, 7)]:
    lie = struct.pack("<I", size)
    write_bytes(name, patched(honest, [(sheet_info.header_offset + local, lie), (sheet_central + central, lie)]),
                "skadad")

# A huge shared-string table whose counts lie, and a cell that trusts them.
libre_fixture = os.path.join(fixtures, "uppfoljning", "verksamhetsplan-2019.libreoffice.xlsx")
libre = dict((info.filename, data) for info, data in parts_of(libre_fixture))
strings = 300_000
words = random.Random(2020)
table = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
         b' count="4294967295" uniqueCount="4294967295">'
         + b"".join(b"<si><t>%x</t></si>" % words.getrandbits(40) for _ in range(strings)) + b"</sst>")
lying_cell = re.sub(rb'(t="s"[^>]*><v>)\d+(</v>)', rb"\g<1>%d\g<2>" % (strings + 10), libre[SHEET], count=1)
write_zip("huge-lying-shared-strings.xlsx",
          changed(libre_fixture, replace={"xl/sharedStrings.xml": table, SHEET: lying_cell}),
          f"finns inte (filen har {strings})")

# ODS repeats claiming billions of cells that are not empty.
ods = dict((info.filename, data) for info, data in parts_of(ods_fixture))
content = ods["content.xml"]
write_zip("billions-of-rows.ods", changed(ods_fixture, replace={"content.xml": content.replace(
    b"<table:table-row ", b'<table:table-row table:number-rows-repeated="4000000000" ', 1)}), "utanför")
cell_at = content.index(b"<table:table-cell ", content.index(b"<table:table-row "))
write_zip("billions-of-columns.ods", changed(ods_fixture, replace={"content.xml": content[:cell_at] + (
    b'<table:table-cell table:number-columns-repeated="4000000000" office:value-type="string"><text:p>x</text:p>'
    b"</table:table-cell>") + content[cell_at:]}), "utanför")

# Documents nested 200,000 levels deep: well-formed, and never closed.
docx_fixture = os.path.join(fixtures, "malkedja", "svenljunga-plan-2026.docx")
odt_fixture = os.path.join(fixtures, "malkedja", "svenljunga-plan-2026.odt")
document = next(data for info, data in parts_of(docx_fixture) if info.filename == "word/document.xml")
body_at = document.index(b"<w:body>") + len(b"<w:body>")
opening = b"".join(b'<w:customXml w:element="x%08x">' % noise.getrandbits(32) for _ in range(depth))
deep_body = document[:body_at] + opening + b"</w:customXml>" * depth + document[body_at:]
write_zip("deep-body.docx", changed(docx_fixture, replace={"word/document.xml": deep_body}), "djup",
          commands="blocks import")
write_zip("deep-unclosed-body.docx",
          changed(docx_fixture, replace={"word/document.xml": document[:body_at] + opening + document[body_at:]}),
          "ingen giltig XML", commands="blocks import")
text = next(data for info, data in parts_of(odt_fixture) if info.filename == "content.xml")
text_at = text.index(b">", text.index(b"<office:text")) + 1
opening = b"".join(b'<text:section text:name="s%08x">' % noise.getrandbits(32) for _ in range(depth))
write_zip("deep-body.odt", changed(odt_fixture, replace={
    "content.xml": text[:text_at] + opening + b"</text:section>" * depth + text[text_at:]}), "djup",
          commands="blocks import")
write_zip("deep-unclosed-body.odt",
          changed(odt_fixture, replace={"content.xml": text[:text_at] + opening + text[text_at:]}),
          "ingen giltig XML", commands="blocks import")
write_zip("nested-archive-body.odt", changed(odt_fixture, replace={"content.xml": zip_bytes([("bomb.xml", zeros)])}),
          "ingen giltig XML", commands="blocks import")

# A long sheet bad only in its last row: `cells` has made hundreds of KiB of lines by then, and
# prints none of them.
import openpyxl  # noqa: E402  (only this case needs it)

long_book = openpyxl.Workbook()
for row in range(1, 5001):
    long_book.active.append([f"Aktivitet {row}", row, "Genomfört", row / 7])
long_path = os.path.join(folder, "long-sheet.tmp.xlsx")
long_book.save(long_path)
long_parts = parts_of(long_path)
os.remove(long_path)
long_sheet = next(data for info, data in long_parts if info.filename == SHEET)
bad_last_row = b'<row r="1048576"><c r="A1048576" t="b"><v>kanske</v></c></row></sheetData>'
write_zip("bad-last-row.xlsx", [(info, long_sheet.replace(b"</sheetData>", bad_last_row) if info.filename == SHEET
                                 else data) for info, data in long_parts], "passar inte celltypen")
