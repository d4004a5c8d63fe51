#!/usr/bin/python3
"""Writes inputs for test_hostile_readers.sh: real fixtures with one thing changed that a reader must
read right (or refuse clearly), never silently read wrong.

Usage: /usr/bin/python3 make_hostile_readers.py FIXTURES OUTPUT_FOLDER

Prints one line per case: NAME<TAB>COMMAND<TAB>STATUS<TAB>EXPECTED, where COMMAND is cells, blocks,
import or export, STATUS the exit status malkedja must give and EXPECTED pieces of its output (stdout
and stderr together) separated by " | "; a piece starting with "!" must not appear. Nothing is fetched.
"""
import io
import os
import re
import sys
import warnings
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

fixtures, folder = sys.argv[1], sys.argv[2]
xlsx_fixture = os.path.join(fixtures, "uppfoljning", "verksamhetsplan-2019.xlsx")
ods_fixture = os.path.join(fixtures, "uppfoljning", "verksamhetsplan-2019.ods")
SHEET = "xl/worksheets/sheet1.xml"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"


def parts_of(path):
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def changed(path, replace=None, add=()):
    """The parts of a fixture with some replaced (name -> bytes) or added (name, bytes)."""
    replace = replace or {}
    return [(info, replace.get(info.filename, data)) for info, data in parts_of(path)] + list(add)


def write_zip(name, parts, command, status, expected):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            z.writestr(part, data)
    write_bytes(name, buffer.getvalue(), command, status, expected)


def write_bytes(name, data, command, status, expected):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
    print(f"{name}\t{command}\t{status}\t{expected}")


xlsx = dict((info.filename, data) for info, data in parts_of(xlsx_fixture))
sheet, workbook, workbook_rels = xlsx[SHEET], xlsx[WORKBOOK], xlsx[WORKBOOK_RELS]
ods_content = dict((info.filename, data) for info, data in parts_of(ods_fixture))["content.xml"]

# Item 5: UTF-16 parts with a byte order mark, both byte orders, are read like the UTF-8 original.
for order, codec in [("le", "utf-16-le"), ("be", "utf-16-be")]:
    bom = b"\xff\xfe" if order == "le" else b"\xfe\xff"
    text = sheet.decode("utf-8")
    text = re.sub(r"^<\?xml[^>]*\?>", "", text)
    utf16 = bom + ('<?xml version="1.0" encoding="UTF-16" standalone="yes"?>' + text).encode(codec)
    write_zip(f"utf16-{order}-sheet.xlsx", changed(xlsx_fixture, replace={SHEET: utf16}), "import", 0,
              "aktiviteter: 40")
    content = ods_content.decode("utf-8")
    content = re.sub(r"^<\?xml[^>]*\?>", "", content)
    utf16 = bom + ('<?xml version="1.0" encoding="UTF-16"?>' + content).encode(codec)
    write_zip(f"utf16-{order}-content.ods", changed(ods_fixture, replace={"content.xml": utf16}), "import", 0,
              "aktiviteter: 40")
lone_surrogate = b"\xff\xfe" + sheet.decode("utf-8").encode("utf-16-le") + b"\x00\xd8"
write_zip("utf16-lone-surrogate.xlsx", changed(xlsx_fixture, replace={SHEET: lone_surrogate}), "cells", 2,
          "UTF-16")

# Item 7: one worksheet part listed by two sheets (the same r:id twice, or two relationships with
# one target) is refused naming both sheets; the part is never read twice.
SHEET_ENTRY = re.compile(rb'<sheet [^>]*r:id="rId1"/>')
entry = SHEET_ENTRY.search(workbook).group(0)
second = entry.replace(b'name="Uppf\xc3\xb6ljning 2019"', b'name="Kopia"').replace(b'sheetId="1"', b'sheetId="2"')
twice = workbook.replace(entry, entry + second)
write_zip("same-sheet-id-twice.xlsx", changed(xlsx_fixture, replace={WORKBOOK: twice}), "import", 2,
          "samma del | Kopia | !aktiviteter: 80")
rels_twice = workbook_rels.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/'
                                   b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml" '
                                   b'Id="rId9"/></Relationships>')
write_zip("same-sheet-part-twice.xlsx",
          changed(xlsx_fixture, replace={WORKBOOK: twice.replace(second, second.replace(b'"rId1"', b'"rId9"')),
                                         WORKBOOK_RELS: rels_twice}), "import", 2, "samma del | Kopia")

# Item 8: a cell reference twice in a row is refused naming the cell; an attribute twice in one
# element (also through two prefixes of one namespace) is not well-formed XML.
CELL_B6 = re.compile(rb'<c r="B6".*?</c>')
b6 = CELL_B6.search(sheet).group(0)
write_zip("duplicate-cell.xlsx", changed(xlsx_fixture, replace={SHEET: sheet.replace(b6, b6 + b6.replace(
    b"Utveckla", b"Annat"))}), "cells", 2, "cellen B6 två gånger")
write_zip("duplicate-attribute.xlsx", changed(xlsx_fixture, replace={SHEET: sheet.replace(
    b'<c r="B6"', b'<c r="B6" r="B7"')}), "cells", 2,
          "ett attribut står två gånger i samma element vid byte")
write_zip("duplicate-prefixed-attribute.xlsx", changed(xlsx_fixture, replace={SHEET: sheet.replace(
    b'<c r="B6"', b'<c xmlns:p="urn:x" xmlns:q="urn:x" p:a="1" q:a="2" r="B6"')}), "cells", 2,
          "står två gånger")

# Item 9: one rule for non-finite numbers in every reader: ODS office:value "inf", "nan" and out of
# range are refused like the same values in an .xlsx <v>.
STRING_CELL = b'office:value-type="string" calcext:value-type="string"'
for label, value in [("inf", b"inf"), ("minus-inf", b"-inf"), ("nan", b"nan"), ("out-of-range", b"1e999")]:
    content = ods_content.replace(STRING_CELL, b'office:value-type="float" office:value="%s" '
                                  b'calcext:value-type="float"' % value, 1)
    write_zip(f"non-finite-{label}.ods", changed(ods_fixture, replace={"content.xml": content}), "cells", 2,
              f'ogiltigt värde office:value="{value.decode()}"')
    cell = sheet.replace(b'<c r="B6" s="6" t="inlineStr"><is><t>Utveckla samarbete med andra n&#228;mnder.</t></is></c>',
                         b'<c r="B6" s="6"><v>%s</v></c>' % value)
    assert cell != sheet
    write_zip(f"non-finite-{label}.xlsx", changed(xlsx_fixture, replace={SHEET: cell}), "cells", 2,
              f'värdet "{value.decode()}" passar inte')

# Item 11: a percent-encoded relationship target names the part it decodes to (OPC); an encoded
# slash, which would change the name's folders, is refused.
SHEET_TARGET = re.compile(rb'Target="[^"]*worksheets/sheet1\.xml"')
assert SHEET_TARGET.search(workbook_rels)
for name, target, status, expected in [
        ("percent-encoded-target.xlsx", b"worksheets/sheet%31.xml", 0, "aktiviteter: 40"),
        ("percent-encoded-dots.xlsx", b"%2E%2E/xl/worksheets/sheet%31.xml", 0, "aktiviteter: 40"),
        ("percent-encoded-slash.xlsx", b"worksheets%2Fsheet1.xml", 2, "ett namn med ett kodat snedstreck")]:
    rels = SHEET_TARGET.sub(b'Target="' + target + b'"', workbook_rels)
    write_zip(name, changed(xlsx_fixture, replace={WORKBOOK_RELS: rels}), "import", status, expected)

# Item 6: a quote left open in a CSV is refused naming its line; nothing after it is merged into
# one field. The fixture's only quoted field runs over lines 39 and 40.
with open(os.path.join(fixtures, "uppfoljning", "atagande-2018.csv"), "rb") as f:
    csv_text = f.read()
lines = csv_text.split(b"\n")
assert lines[38].count(b'"') == 1 and lines[39].count(b'"') == 1
unclosed = lines[:39] + [lines[39].replace(b'";', b";", 1)] + lines[40:]
write_bytes("unclosed-quote-at-end.csv", b"\n".join(unclosed), "import", 2, "citattecken på rad 39")
opened = lines[:24] + [lines[24].replace(b";", b';"', 1)] + lines[25:]
write_bytes("unclosed-quote-middle.csv", b"\n".join(opened), "import", 2, "citattecken på rad 25")
write_bytes("quoted-over-lines.csv", csv_text, "import", 0, "aktiviteter:")

# Item 19: a formula without a cached value (openpyxl writes them so) keeps its text as the cell's
# text: the row stays, and a CSV written from it defuses the formula.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    book = openpyxl.load_workbook(xlsx_fixture)
book.active["B6"] = '=HYPERLINK("https://example.invalid/samarbete","Utveckla samarbete med andra nämnder.")'
book.save(os.path.join(folder, "formula-without-value.xlsx"))
for command, expected in [("cells", 'B6\ts\t=HYPERLINK("https://example.invalid/samarbete"'),
                          ("import", "aktiviteter: 40 | !mål utan aktivitet"),
                          ("export.csv", "'=HYPERLINK( | !;=HYPERLINK")]:
    print(f"formula-without-value.xlsx\t{command}\t0\t{expected}")

# Item 20: serial 0 with a date format in a 1904-system workbook is 1904-01-01, as Excel shows it; a
# time of day alone is that time, in either date system.
book = openpyxl.Workbook()
book.epoch = CALENDAR_MAC_1904
book.active["A1"] = 0
book.active["A1"].number_format = "yyyy-mm-dd"
book.active["A2"] = 1
book.active["A2"].number_format = "yyyy-mm-dd"
book.active["A3"] = 0.5
book.active["A3"].number_format = "hh:mm:ss"
book.save(os.path.join(folder, "date1904-serial-zero.xlsx"))
print("date1904-serial-zero.xlsx\tcells\t0\tA1\td\t1904-01-01 | A2\td\t1904-01-02 | A3\td\t12:00:00 | !1899")

# Item 2: a normalized document (malkedja's own import of the fixture) whose goals nest deeper
# than the documented 32 levels is refused at once, also by export to .json and .html; 32 levels
# are read.
with open(os.path.join(os.path.dirname(__file__), "..", "..", "samples", "expected",
                       "verksamhetsplan-2019.xlsx.xml"), "rb") as f:
    normalized = f.read()


def nested_goals(depth):
    goals = b"".join(b'    <goal id="g-deep%d" level="namnd"%s><name>Niv\xc3\xa5 %d</name><text>Niv\xc3\xa5 %d</text>'
                     b"</goal>\n" % (i, b' parent="g-deep%d"' % (i - 1) if i else b"", i, i) for i in range(depth))
    return normalized.replace(b"  </goals>", goals + b"  </goals>")


write_bytes("chain-32-deep.xml", nested_goals(32), "export.json", 0, "rapporten skrevs")
write_bytes("chain-33-deep.xml", nested_goals(33), "export.json", 2, "djupare än 32 nivåer | Nivå 32")
for depth in (2000, 8000):
    write_bytes(f"chain-{depth}-deep.xml", nested_goals(depth), "export.json", 2, "djupare än 32 nivåer")
    print(f"chain-{depth}-deep.xml\texport.html\t2\tdjupare än 32 nivåer")

# Item 1: a sheet part declaring 100,000 namespace prefixes, each used by an attribute, reads in
# linear time (a scoped map of prefixes, not a scan of every declaration per name).
many = 100_000
declarations = b"".join(b' xmlns:p%d="urn:%d" p%d:a=""' % (i, i, i) for i in range(many))
root_end = sheet.index(b">", sheet.index(b"<worksheet"))
write_zip("many-prefixes.xlsx", changed(xlsx_fixture, replace={SHEET: sheet[:root_end] + declarations +
                                                               sheet[root_end:]}), "import", 0, "aktiviteter: 40")

# Item 12: content pasted in as w:altChunk (here an HTML part, as programs that fill templates
# write it) is never left out without a word: the document is refused naming the part.
docx_fixture = os.path.join(fixtures, "malkedja", "grundskolenamnden-arbetsplan.docx")
docx = dict((info.filename, data) for info, data in parts_of(docx_fixture))
body = docx["word/document.xml"]
chunk = body.replace(b"<w:body>", b'<w:body><w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                     b'2006/relationships" r:id="rIdChunk1"/>', 1)
chunk_rels = docx["word/_rels/document.xml.rels"].replace(
    b"</Relationships>", b'<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/aFChunk" Target="afchunk1.htm"/></Relationships>')
chunk_types = docx["[Content_Types].xml"].replace(
    b"</Types>", b'<Default Extension="htm" ContentType="text/html"/></Types>')
html = "<html><body><p>Mål: alla elever ska känna sig trygga.</p></body></html>".encode()
write_zip("alt-chunk.docx", changed(docx_fixture, replace={"word/document.xml": chunk,
                                                            "word/_rels/document.xml.rels": chunk_rels,
                                                            "[Content_Types].xml": chunk_types},
                                    add=[("word/afchunk1.htm", html)]), "blocks", 2, 'altChunk (delen "word/afchunk1.htm")')
print('alt-chunk.docx\timport\t2\taltChunk (delen "word/afchunk1.htm")')
