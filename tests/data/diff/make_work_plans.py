#!/usr/bin/python3
"""Writes two years of a work plan with known changes between them, for the tests of `malkedja diff`.

Run it with /usr/bin/python3 from any folder (it needs Debian's python3-docx); it reads the nämndmål
and activities of the fixture work plan (`grundskolenamnden-arbetsplan.docx` in the fixtures
folder, `../shared/fixtures` beside the repository, or the folder given as its argument) and writes
beside itself, each a table `Kommunfullmäktiges mål | Nämndmål | Aktivitet | Ansvarig | Status`
with the goal cells merged down over their rows:
- arbetsplan-2024.docx: the fixture's goals and activities under four KF goals, every status
  "Enligt plan";
- arbetsplan-2025.docx: the next year, with the changes listed in CHANGES and written to
  arbetsplan-changes.txt, one `kind<TAB>text` a line, as tests/interop/diff_changes.py lists them.
"""
import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "docx"))
from make_goal_tables import merged  # noqa: E402  (the goal tables' own merging of cells)

KF = [
    "Barn och unga ges goda förutsättningar att lyckas",
    "Huddinge är en hållbar kommun",
    "Huddinge kommun har en sund och uthållig ekonomi",
    "Huddinge kommun är en attraktiv arbetsgivare",
]
# The KF goal of each of the fixture's six nämndmål, in its order.
KF_OF_GOAL = [0, 0, 0, 1, 2, 3]

REWORDED = ("Eleverna ges en likvärdig skolgång med hög kvalitet",
            "Eleverna ges en likvärdig skolgång av hög kvalitet")
MOVED_GOAL = "Nämndens medarbetare är engagerade och har en balanserad arbetssituation"
DROPPED_GOAL = "Elevernas undervisning leds av legitimerade och behöriga lärare i respektive ämne"
NEW_GOAL = "Fler elever väljer naturvetenskapliga och tekniska program"
NEW_GOAL_ACTIVITY = "Temadagar om teknik i samverkan med näringslivet"
DROPPED_ACTIVITY = "Utredning av skolpsykologers organisering"
NEW_ACTIVITY = "Digital kompetenshöjning för lärare"
MOVED_ACTIVITY = "Utreda förutsättningar för mer inslag av naturnära pedagogik"
STATUS_CHANGES = {
    "Fortsatt utveckling av det systematiska kvalitetsarbetet": "Klart",
    "Kvalitetssäkring av statistik (volymer och personal) som ligger till grund för styrning och uppföljning": "Avviker",
}


def fixture_goals(folder):
    """The fixture's nämndmål (Heading 2 under "Nämndmål och aktiviteter") with their bullets."""
    goals = []
    inside = False
    for paragraph in docx.Document(os.path.join(folder, "grundskolenamnden-arbetsplan.docx")).paragraphs:
        style = paragraph.style.name
        if style == "Heading 1":
            inside = paragraph.text.strip() == "Nämndmål och aktiviteter"
        elif inside and style == "Heading 2":
            goals.append((paragraph.text.strip(), []))
        elif inside and style == "List Bullet" and goals:
            goals[-1][1].append(paragraph.text.strip())
    if len(goals) != len(KF_OF_GOAL):
        sys.exit(f"expected {len(KF_OF_GOAL)} nämndmål in the fixture work plan, found {len(goals)}")
    return goals


def first_year(goals):
    """[(KF goal, [(nämndmål, [(activity, status)])])]: the fixture's chain, everything on track."""
    chain = [(kf, []) for kf in KF]
    for index, (goal, activities) in enumerate(goals):
        chain[KF_OF_GOAL[index]][1].append((goal, [(a, "Enligt plan") for a in activities]))
    return chain


def second_year(chain):
    """The first year's chain with the known changes, and the changes as `kind<TAB>text` lines."""
    moved_activity = None
    next_chain = []
    for kf, goals in chain:
        kept = []
        for goal, activities in goals:
            if goal == DROPPED_GOAL:
                continue
            rows = []
            for activity, status in activities:
                if activity == DROPPED_ACTIVITY:
                    continue
                if activity == MOVED_ACTIVITY:
                    moved_activity = (activity, status)
                    continue
                rows.append((activity, STATUS_CHANGES.get(activity, status)))
            kept.append((REWORDED[1] if goal == REWORDED[0] else goal, rows))
        next_chain.append((kf, kept))
    first_goal = next_chain[0][1][0][1]
    first_goal.append((NEW_ACTIVITY, "Ej påbörjad"))
    first_goal.append(moved_activity)
    next_chain[0][1].append((NEW_GOAL, [(NEW_GOAL_ACTIVITY, "Ej påbörjad")]))
    moved = [g for g in next_chain[3][1] if g[0] == MOVED_GOAL]
    next_chain[3] = (next_chain[3][0], [g for g in next_chain[3][1] if g[0] != MOVED_GOAL])
    next_chain[2][1].extend(moved)
    dropped_activities = [a for kf, goals in chain for g, acts in goals if g == DROPPED_GOAL for a, _ in acts]
    changes = [
        ("goal-reworded", REWORDED[1]),
        ("goal-moved", MOVED_GOAL),
        ("goal-dropped", DROPPED_GOAL),
        ("goal-dropped", KF[3]),
        ("goal-new", NEW_GOAL),
        ("activity-dropped", DROPPED_ACTIVITY),
        ("activity-new", NEW_ACTIVITY),
        ("activity-new", NEW_GOAL_ACTIVITY),
        ("activity-moved", MOVED_ACTIVITY),
    ] + [("activity-dropped", a) for a in dropped_activities] + [("activity-status", a) for a in STATUS_CHANGES]
    return [(kf, goals) for kf, goals in next_chain if goals], changes


def write(chain, year, path):
    document = docx.Document()
    document.add_paragraph(f"Arbetsplan {year} – Grundskolenämnden", style="Title")
    document.add_heading("Nämndmål och aktiviteter", level=1)
    rows = sum(len(activities) for _, goals in chain for _, activities in goals)
    header = ("Kommunfullmäktiges mål", "Nämndmål", "Aktivitet", "Ansvarig", "Status")
    table = document.add_table(rows=1 + rows, cols=len(header))
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    row = 1
    for kf, goals in chain:
        merged(table, 0, row, row + sum(len(a) for _, a in goals) - 1, kf)
        for goal, activities in goals:
            merged(table, 1, row, row + len(activities) - 1, goal)
            for activity, status in activities:
                table.cell(row, 2).text = activity
                table.cell(row, 3).text = "Förvaltningschef"
                table.cell(row, 4).text = status
                row += 1
    document.save(path)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPOSITORY, "..", "shared", "fixtures", "malkedja")
    chain = first_year(fixture_goals(folder))
    next_chain, changes = second_year(chain)
    write(chain, 2024, os.path.join(HERE, "arbetsplan-2024.docx"))
    write(next_chain, 2025, os.path.join(HERE, "arbetsplan-2025.docx"))
    with open(os.path.join(HERE, "arbetsplan-changes.txt"), "w", encoding="utf-8") as out:
        for kind, text in sorted(changes):
            out.write(f"{kind}\t{text}\n")


if __name__ == "__main__":
    main()
