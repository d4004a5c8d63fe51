#!/usr/bin/python3
"""Writes notes.docx and notes.odt beside itself: a work plan whose texts stand partly outside its
paragraphs, as office programs keep them (a footnote, an endnote, a comment, a text box, a
footnote in a table cell), made by LibreOffice Writer (`soffice`) from an RTF document this script
writes, so that the packages are LibreOffice's own.
"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def rtf_text(text):
    """text in RTF: characters beyond ASCII as code page 1252 escapes."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append("\\'%02x" % ch.encode("cp1252")[0])
    return "".join(out)


def footnote(text, endnote=False):
    kind = "\\ftnalt" if endnote else ""
    return "{\\super\\chftn}{\\footnote%s\\pard\\plain{\\super\\chftn} %s}" % (kind, rtf_text(text))


def comment(author, text):
    return ("{\\*\\atnid %s}{\\*\\atnauthor %s}\\chatn{\\*\\annotation\\pard\\plain %s}"
            % (author[:2], rtf_text(author), rtf_text(text)))


def text_box(text):
    return ("{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright4000\\shpbottom1200\\shpwr3\\shpwrk0\\shpfblwtxt0\\shpz0"
            "{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\pard %s\\par}}}" % rtf_text(text))


def paragraph(text, extra=""):
    return "\\pard\\plain %s%s\\par\n" % (rtf_text(text), extra)


def heading(text, level):
    return "\\pard\\plain\\s%d\\outlinelevel%d\\b %s\\par\n" % (level, level - 1, rtf_text(text))


RTF = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Liberation Serif;}}\n"
    "{\\stylesheet{\\s0 Normal;}{\\s1\\outlinelevel0 heading 1;}{\\s2\\outlinelevel1 heading 2;}}\n"
    + heading("Nämndens mål", 1)
    + heading("Alla elever ska nå kunskapskraven", 2)
    + paragraph("Målet följs upp varje termin.", footnote("Enligt skollagen 4 kap. 3 §."))
    + paragraph("Resultaten redovisas i bokslutet.", footnote("Bokslutet lämnas i februari.", endnote=True))
    + paragraph("Uppföljningen görs av rektor.", comment("Rektor", "Förtydliga vem som ansvarar."))
    + paragraph("Se rutan.", text_box("Text i en textruta om trygghet."))
    + "\\trowd\\cellx3000\\cellx6000\n"
    + "\\pard\\intbl %s%s\\cell\\pard\\intbl %s\\cell\\row\n" % (
        rtf_text("Indikator"), footnote("Fotnot i tabellen."), rtf_text("Målvärde"))
    + "\\pard\\plain Slut.\\par\n}"
)


def convert(source, extension, target):
    with tempfile.TemporaryDirectory() as work:
        profile = os.path.join(work, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", extension, "--outdir", work, source], check=True,
                       stdout=subprocess.DEVNULL, env=dict(os.environ, HOME=work))
        produced = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + "." + extension)
        shutil.move(produced, target)


def main():
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "notes.rtf")
        with open(source, "w", encoding="ascii") as out:
            out.write(RTF)
        convert(source, "docx", os.path.join(HERE, "notes.docx"))
        convert(source, "odt", os.path.join(HERE, "notes.odt"))


if __name__ == "__main__":
    main()
