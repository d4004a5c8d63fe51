"""Prints each place where pdftotext's text of a PDF breaks one of the status words across two lines
("Genom" on one line, "fört" on the next), one line each; nothing when none is.
Usage: pdf_split_words.py FILE.txt"""
import sys

WORDS = ["Genomfört", "påbörjad", "Avviker", "Enligt", "Utgår", "Delvis", "uppfyllt", "prioriterat"]

# pdftotext puts the cells of one table row side by side on a line ("Genomf samverkansavtal" over
# "ört"), so a word's head and tail are looked for among the words of two lines that follow.
lines = [line.split() for line in open(sys.argv[1], encoding="utf-8")]
for before, after in zip(lines, lines[1:]):
    for word in WORDS:
        for cut in range(1, len(word)):
            if word[:cut] in before and word[cut:] in after:
                print(f"{word}: {' '.join(before)!r} / {' '.join(after)!r}")
