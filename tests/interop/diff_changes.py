#!/usr/bin/python3
"""Prints the changes of a `malkedja diff -o X.json` file one `kind<TAB>text` a line, sorted, as the
expected lists under tests/data/diff hold them: goal-reworded, goal-moved, goal-dropped, goal-new,
activity-new, activity-dropped, activity-moved, activity-status, indicator-changed, indicator-new,
indicator-dropped; the text is this year's, or last year's for what was dropped."""
import json
import sys


def main():
    found = json.load(open(sys.argv[1], encoding="utf-8"))
    lines = []
    for kind, entries in (("goal", found["goals"]), ("activity", found["activities"])):
        for entry in entries:
            text = (entry["after"] or entry["before"])["text"]
            if entry["change"] in ("new", "dropped"):
                lines.append(f"{kind}-{entry['change']}\t{text}")
            for flag, name in (("reworded", "reworded"), ("moved", "moved"), ("status_changed", "status")):
                if entry.get(flag):
                    lines.append(f"{kind}-{name}\t{text}")
    for entry in found["indicators"]:
        if entry["change"] != "kept":
            lines.append(f"indicator-{entry['change']}\t{entry['name']}")
    if len(lines) != found["changes"] and not any(e.get("reworded") and e.get("moved") for e in found["goals"]):
        sys.exit(f"{len(lines)} changes listed, the file counts {found['changes']}")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
