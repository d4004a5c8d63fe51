#!/usr/bin/env python3
"""Small files that grow large when read (issue #15, memory), each a real fixture changed with zipfile.

Usage: make_memory_bombs.py FIXTURES OUTDIR
Writes the files into OUTDIR and prints one line per case to stdout, tab-separated:
NAME  PART  COMMAND  OPTIONS  OUTCOME
where PART is the part the refusal must name, COMMAND the malkedja command to run, OPTIONS
extra arguments ("-" for none) and OUTCOME "refused" (over the budget) or "read" (a part read as a
stream, issue #16: read within a small, fixed memory however large the part).
"""
import random
import sys
import zipfile
from pathlib import Path

fixtures, outdir = Path(sys.argv[1]), Path(sys.argv[2])
rng = random.Random(15)


def words(n):
    """n short words that deflate only a few times, so that no part passes the 100:1 ratio."""
    return [f"{rng.getrandbits(40):010x}" for _ in range(n)]


def rewrite(source, target, change):
    """Copies the package source to target; change(name, data) returns the new bytes of a part or
    None to keep it, or may be a dict of extra writers {name: function(file)}."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            new = change(info.filename, data)
            if callable(new):
                entry = zipfile.ZipInfo(info.filename, info.date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(entry, "w", force_zip64=True) as part:
                    new(part)
            else:
                zout.writestr(info, data if new is None else new, compress_type=zipfile.ZIP_DEFLATED)


def case(name, part, command, options="-", outcome="refused"):
    print(f"{name}\t{part}\t{command}\t{options}\t{outcome}")


def padded(data, mebibytes):
    """A writer of data with whitespace before its root element, mebibytes of it, mixed with a
    little noise in comments so that it deflates about 40:1."""
    head_end = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0

    def write(part):
        part.write(data[:head_end])
        for _ in range(mebibytes * (1 << 20) // 2048):
            part.write(b" " * 1973 + b"<!--" + rng.randbytes(32).hex().encode() + b"-->")
        part.write(data[head_end:])

    return write


uppfoljning = fixtures / "uppfoljning"
malkedja = fixtures / "malkedja"

# 1. A .docx with a million paragraphs: small to inflate, large as nodes; its body is streamed, one
# paragraph at a time, and `blocks` prints as it reads.
paragraphs = "".join(f"<w:p><w:r><w:t>{w}</w:t></w:r></w:p>" for w in words(1_000_000)).encode()


def many_paragraphs(name, data):
    if name != "word/document.xml":
        return None
    at = data.index(b"<w:body>") + len(b"<w:body>")
    return data[:at] + paragraphs + data[at:]


rewrite(malkedja / "svenljunga-plan-2026.docx", outdir / "million-paragraphs.docx", many_paragraphs)
case("million-paragraphs.docx", "word/document.xml", "blocks", outcome="read")

# 2. One shared string of a million runs: streamed, only its text is held.
runs = "".join(f"<r><t>{w}</t></r>" for w in words(1_000_000)).encode()


def many_runs(name, data):
    if name != "xl/sharedStrings.xml":
        return None
    at = data.index(b"<si>")
    return data[:at] + b"<si>" + runs + b"</si>" + data[at:]


rewrite(uppfoljning / "verksamhetsplan-2019.libreoffice.xlsx", outdir / "million-runs.xlsx", many_runs)
case("million-runs.xlsx", "xl/sharedStrings.xml", "cells", outcome="read")

# 3. An .ods whose one cell of text, repeated across rows and columns, stays under the reader's
# cell and text limits but not under the memory budget.
def repeated_text(name, data):
    if name != "content.xml":
        return None
    at = data.index(b"<table:table-row")
    row = (b'<table:table-row table:number-rows-repeated="100"><table:table-cell office:value-type="string" '
           b'table:number-columns-repeated="16000"><text:p>' + b"x" * 120 + b"</text:p></table:table-cell>"
           b"</table:table-row>")
    return data[:at] + row + data[at:]


rewrite(uppfoljning / "atagande-2018.ods", outdir / "repeated-text.ods", repeated_text)
case("repeated-text.ods", "content.xml", "cells")

# 4. 100,000 elements in a namespace whose URI is 10 KB long: each name grows to the URI's length in
# a tree; a streamed sheet holds none of them.
uri = ("urn:x-" + "".join(words(1000))).encode()


def long_namespace(name, data):
    if name != "xl/worksheets/sheet1.xml":
        return None
    at = data.index(b"<sheetData")
    return data[:at] + b'<u:ext xmlns:u="' + uri + b'">' + b"<u:e/>" * 100_000 + b"</u:ext>" + data[at:]


rewrite(uppfoljning / "atagande-2018.xlsx", outdir / "long-namespace.xlsx", long_namespace)
case("long-namespace.xlsx", "xl/worksheets/sheet1.xml", "cells", outcome="read")

# 5. A zip bomb under the 100:1 ratio: one part inflates to 300 MiB, read as a stream (a worksheet, and an
# .ods's content.xml).
rewrite(uppfoljning / "verksamhetsplan-2019.xlsx", outdir / "inflates-300-mib.xlsx",
        lambda name, data: padded(data, 300) if name == "xl/worksheets/sheet1.xml" else None)
case("inflates-300-mib.xlsx", "xl/worksheets/sheet1.xml", "import", "-o out.xml", "read")
rewrite(uppfoljning / "verksamhetsplan-2019.ods", outdir / "inflates-300-mib.ods",
        lambda name, data: padded(data, 300) if name == "content.xml" else None)
case("inflates-300-mib.ods", "content.xml", "import", "-o out.xml", "read")

# 6. Four parts, each small enough alone, too large together (under a budget of 64 MiB).
four = {"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"}
rewrite(malkedja / "grundskolenamnden-arbetsplan.docx", outdir / "four-parts.docx",
        lambda name, data: padded(data, 20) if name in four else None)
case("four-parts.docx", "word/", "import", "--max-minne-mb 64 -o out.xml")

# 7. A legacy .xls (LibreOffice's, tests/data/xls) whose DIMENSIONS records claim sheets of 65536 × 256
# cells: FreeXL 1.0.6 would allocate 256 MiB per record as it opens the file (a peak of 258 MiB
# measured), so the grids count against the budget before FreeXL sees the file.
xls = bytearray((Path(__file__).resolve().parent / ".." / "data" / "xls" / "verksamhetsplan-2019.xls").read_bytes())
DIMENSIONS = b"\x00\x02\x0e\x00"  # the record's type and length; rows at +8, columns at +14
at = xls.find(DIMENSIONS)
while at >= 0:
    xls[at + 8:at + 12] = (65536).to_bytes(4, "little")
    xls[at + 14:at + 16] = (256).to_bytes(2, "little")
    at = xls.find(DIMENSIONS, at + 1)
(outdir / "huge-grid.xls").write_bytes(xls)
case("huge-grid.xls", "Workbook", "cells")

# 8. One cell of 300 MiB of text in a streamed sheet (issue #16): the text counts against the budget
# as the parser hands it over, as the whole part counted when it was read whole. The text is words
# from a small dictionary, so that it deflates about 40:1, under the 100:1 ratio.
dictionary = ["".join(words(12)) for _ in range(16)]
block = " ".join(rng.choice(dictionary) for _ in range(10_000)).encode()


def huge_cell(name, data):
    if name != "xl/worksheets/sheet1.xml":
        return None
    at = data.index(b"</sheetData>")

    def write(part):
        part.write(data[:at] + b'<row r="1000"><c r="A1000" t="inlineStr"><is><t>')
        for _ in range(300 * (1 << 20) // len(block) + 1):
            part.write(block)
        part.write(b"</t></is></c></row>" + data[at:])

    return write


rewrite(uppfoljning / "verksamhetsplan-2019.xlsx", outdir / "huge-cell.xlsx", huge_cell)
case("huge-cell.xlsx", "xl/worksheets/sheet1.xml", "cells")
