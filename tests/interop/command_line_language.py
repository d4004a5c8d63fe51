#!/usr/bin/python3
"""Walks every command of malkedja (found in the help, so a new command is walked too) in Swedish
and in English (--lang en): its --help, its message for an unknown option, for a missing value of
each option and for a bad value where the option checks its value, and for missing arguments; and
the list of rules. Each
text must be wholly in the language asked for: no word that only the other language has, and none
of the labels CLI11 writes in English.

Usage: /usr/bin/python3 command_line_language.py MALKEDJA
"""
import re
import subprocess
import sys

# Words only English has (lower case): what a Swedish text must not hold.
ENGLISH_ONLY = set("""
the and or is are of to from with for not an by be at it its this that each every give show help read
write file files folder usage options option required missing expected subcommand subcommands
positionals excludes needs env value values error unknown invalid date language document documents
school schools template report goal goals year following was were should could convert allowed least
exactly got received command commands else unless sheet sheets print line name number first hidden
visible too only content rules list output input reference checks board municipality pupil survey
refresh keeping wrote cannot does understood outside choose possible written
""".split())

# Words only Swedish has (lower case): what an English text must not hold.
SWEDISH_ONLY = set("""
och eller att som är för med till från inte av på den det ett de om vid utan annars varje alla även
samma saknas saknar krävs kräver ange visa läs skriv kontrollera hjälpen användning flaggor kommando
kommandon filen filerna fil mappen mapp utfilen okänt värde värdet fel datum språk dokumentet dokument
skolan skolor skolorna mallen mall rapporten rapport målkedjan läsåret året inget ingen går välj finns
kan ska här sitt förstås argumentet tillsammans ligger utanför skrivs läsas blad bladets dolda synliga
rad rader uppföljningar arbetsplaner nämnden utesluter utmappen referensdatum
""".split())

# Names that are neither language: commands, formats, option values.
NEUTRAL = re.compile(r"(?<![\w-])--?[\w-]+(=\S*)?|\S*\.(xlsx|ods|csv|docx|odt|html|htm|xml|json)\b|\"[^\"]*\"")

# The fallbacks of src/cli/texts.cpp for a CLI11 error it does not know: none may be seen.
GENERIC = ("argumenten går inte att läsa", "the arguments cannot be read", "ett argument har fel antal värden",
           "an argument has the wrong number of values", "ett argument som krävs saknas", "a required argument is missing")

failures = []
checked = []


def words(text):
    text = NEUTRAL.sub(" ", text)
    return re.findall(r"[a-zåäöé]+(?:-[a-zåäöé]+)*", text.lower())


def check_language(text, lang, what):
    checked.append(what)
    foreign = ENGLISH_ONLY if lang == "sv" else SWEDISH_ONLY
    found = sorted({w for w in words(text) if w in foreign})
    if found:
        failures.append(f"{what} [{lang}]: words of the other language {found} in:\n{text}")


def run(malkedja, lang, args):
    command = [malkedja] + (["--lang", "en"] if lang == "en" else []) + args
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, cwd="/")
    return done.returncode, done.stdout, done.stderr


def section(help_text, titles):
    """The names listed under the first heading of titles ("Kommandon:"), one per line."""
    names, inside = [], False
    for line in help_text.splitlines():
        if line.rstrip(":") in titles and line.endswith(":"):
            inside = True
            continue
        if inside:
            match = re.match(r"  (\S+)", line)
            if not match:
                break
            names.append(match.group(1))
    return names


def options(help_text):
    """(name, value name) of every option that takes a value, from the help's option lines."""
    found = []
    for line in help_text.splitlines():
        match = re.match(r"  (?:-\w,)?(--[\w-]+) ([^\s=]+)", line)
        if match and not match.group(2).startswith("("):
            found.append((match.group(1), match.group(2)))
    return found


# A value each kind of option refuses, by the value name the help shows.
BAD_VALUES = {
    "ÅÅÅÅ-MM-DD": "2019-02-30", "YYYY-MM-DD": "2019-02-30",
    "ÅÅÅÅ": "0", "YYYY": "0",
    "ÅÅÅÅ/ÅÅ": "9999/00", "YYYY/YY": "9999/00",
    "MAPP": "/no/such/folder", "FOLDER": "/no/such/folder",
    "TAL": "99999999999", "NUMBER": "99999999999",
}


def one_error_line(code, stdout, stderr, lang, path, what):
    prefix = "fel: " if lang == "sv" else "error: "
    lines = stderr.splitlines()
    if code != 2 or len(lines) != 1 or not lines[0].startswith(prefix):
        failures.append(f"{what} [{lang}]: expected exit 2 and one line '{prefix}...', got {code}: {stderr!r}")
        return
    check_language(lines[0], lang, what)
    if any(generic in lines[0] for generic in GENERIC):
        failures.append(f"{what} [{lang}]: a parse error without its own translation: {lines[0]}")


def walk(malkedja, lang, path):
    heading = {"sv": ("Kommandon",), "en": ("Commands",)}[lang]
    usage = {"sv": "Användning:", "en": "Usage:"}[lang]
    name = " ".join(["malkedja"] + path)
    code, help_text, err = run(malkedja, lang, path + ["--help"])
    if code != 0 or f"{usage} {name}" not in help_text:
        failures.append(f"{name} --help [{lang}]: exit {code}, no '{usage} {name}' line: {help_text!r} {err!r}")
    check_language(help_text, lang, f"{name} --help")
    walked = 1

    code, out, err = run(malkedja, lang, path + ["--no-such-option"])
    one_error_line(code, out, err, lang, path, f"{name} --no-such-option")
    required = {"sv": "(krävs)", "en": "(required)"}[lang]
    if path and (required in help_text or section(help_text, heading)):
        code, out, err = run(malkedja, lang, path)
        one_error_line(code, out, err, lang, path, f"{name} without arguments")
    for option, value_name in options(help_text):
        code, out, err = run(malkedja, lang, path + [option])
        one_error_line(code, out, err, lang, path, f"{name} {option} without its value")
        if "|" in value_name:
            bad = "no-such-choice"
        elif option in ("--output",) and value_name in ("FIL", "FILE"):
            bad = "out.no-such-format"
        else:
            bad = BAD_VALUES.get(value_name)
        if bad:
            code, out, err = run(malkedja, lang, path + [option, bad])
            one_error_line(code, out, err, lang, path, f"{name} {option} {bad}")
    for command in section(help_text, heading):
        walked += walk(malkedja, lang, path + [command])
    return walked


def main():
    malkedja = sys.argv[1]
    counts = {}
    for lang in ("sv", "en"):
        counts[lang] = walk(malkedja, lang, [])
        for args, what in ((["export", "x.xlsx", "-o", "y.html", "--date", "0000-01-01"], "--date 0000-01-01"),
                           (["check", "x.xlsx", "--as-of", "2019-13-01"], "--as-of 2019-13-01"),
                           (["cells", "--sheet", "1", "--all-sheets", "x.xlsx"], "options that exclude each other"),
                           (["cells", "a.xlsx", "b.xlsx"], "an extra argument"),
                           (["imprt", "a.xlsx"], "a mistyped command"),
                           (["sk", "gen"], "a mistyped subcommand"),
                           (["import", "a.xlsx", "-o", "b.xml", "-o", "c.xml"], "an option given twice"),
                           (["import", "a.xlsx", "-o", "b.xml", "--year=x"], "a value that is no number"),
                           (["import", "/no/such/file.xlsx", "-o", "/no/such/out.xml"], "a missing input file")):
            code, out, err = run(malkedja, lang, args)
            one_error_line(code, out, err, lang, [], what)
        code, out, err = run(malkedja, lang, ["check", "--rules"])
        if code != 0 or not out:
            failures.append(f"check --rules [{lang}]: exit {code}: {err!r}")
        check_language(out, lang, "check --rules")
    if counts["sv"] != counts["en"] or counts["sv"] < 9:
        failures.append(f"commands walked: {counts}")
    for failure in failures:
        print("FAIL", failure)
    print(f"{'FAIL' if failures else 'ok  '} {counts['sv']} commands walked, {len(checked)} texts checked in Swedish "
          "and English")
    return 1 if failures else 0


sys.exit(main())
