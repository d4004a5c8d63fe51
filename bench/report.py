#!/usr/bin/python3
"""Prints the benchmark table (Markdown) from the raw measurements of bench/run.

Usage: /usr/bin/python3 report.py RAW.tsv PARTS.tsv RUNS SHARED.tsv
RAW.tsv: case, tool, cells, reference tool, status ("ok" or why not), wall s, peak RSS KiB, CPU s;
one line per run. PARTS.tsv: input file, its largest part, that part's inflated bytes.
SHARED.tsv: input file, its shared strings, the bytes `cells` holds for them
(shared_strings_size.py).
"""
import os
import platform
import statistics
import subprocess
import sys


def machine():
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "?")
    with open("/proc/meminfo", encoding="utf-8") as info:
        kib = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
    load = os.getloadavg()[0]
    return (f"{os.cpu_count()} CPUs ({model}), {kib / 2**20:.1f} GiB RAM, {platform.system()} "
            f"{platform.release()}; load average {load:.1f} when the table was written")


def commit():
    here = os.path.dirname(os.path.abspath(__file__))
    result = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return result.stdout.strip() or "?"


def read_runs(path):
    """{(case, tool): {cells, reference, status, walls, rss, cpu}} in file order."""
    runs = {}
    with open(path, encoding="utf-8") as raw:
        for line in raw:
            case, tool, cells, reference, status, wall, rss, cpu = line.rstrip("\n").split("\t")
            entry = runs.setdefault((case, tool), {"cells": int(cells), "reference": reference, "status": status,
                                                   "walls": [], "rss": [], "cpu": []})
            entry["status"] = status
            if status == "ok":
                entry["walls"].append(float(wall))
                entry["rss"].append(int(rss) / 1024)
                if cpu:
                    entry["cpu"].append(float(cpu))
    return runs


def medians(entry):
    if entry["status"] != "ok" or not entry["walls"]:
        return None
    cpu = statistics.median(entry["cpu"]) if entry["cpu"] else None
    return statistics.median(entry["walls"]), cpu, statistics.median(entry["rss"])


def table(runs):
    lines = ["| case | tool | median s | CPU s | cells/s | peak RSS MiB | ratio vs malkedja | ratio (CPU) |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    cases = list(dict.fromkeys(case for case, _ in runs))
    for (case, tool), entry in sorted(runs.items(), key=lambda item: cases.index(item[0][0])):
        own = medians(entry)
        if own is None:
            lines.append(f"| {case} | {tool} | {entry['status']} | | | | | |")
            continue
        wall, cpu, rss = own
        reference = medians(runs.get((case, entry["reference"]), {"status": "missing"}))
        ratio = ratio_cpu = "n/a"
        if reference is not None and reference[0] > 0:
            ratio = f"{wall / reference[0]:.2f}×"
            if cpu is not None and reference[1]:
                ratio_cpu = f"{cpu / reference[1]:.2f}×"
        rate = f"{entry['cells'] / wall:,.0f}" if wall > 0 else "n/a"
        cpu_text = "n/a" if cpu is None else f"{cpu:.2f}"
        lines.append(f"| {case} | {tool} | {wall:.3f} | {cpu_text} | {rate} | {rss:.0f} | {ratio} | {ratio_cpu} |")
    return lines


def memory(runs, parts_path):
    """malkedja import's peak RSS against the largest inflated part of its input."""
    imports = {}
    for (case, tool), entry in runs.items():
        if case.startswith("read ") and tool == "malkedja import":
            imports[case[len("read "):]] = entry
        elif case == "import scaling":
            scale = tool.split()[2].rstrip("×")
            imports["L.xlsx" if scale == "1" else f"L{scale}.xlsx"] = entry
    lines = ["| input | largest part | inflated MiB | import peak RSS MiB | RSS / part |", "|---|---|---:|---:|---:|"]
    with open(parts_path, encoding="utf-8") as parts:
        for line in parts:
            name, part, size = line.rstrip("\n").split("\t")
            own = medians(imports[name]) if name in imports else None
            if own is None:
                continue
            mib = int(size) / 2**20
            lines.append(f"| {name} | {part} | {mib:.1f} | {own[2]:.0f} | {own[2] / mib:.2f} |")
    return lines


def shared_strings(path):
    """{input file: the bytes `cells` holds for its shared-string table}."""
    sizes = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            name, _, size = line.rstrip("\n").split("\t")
            sizes[name] = int(size)
    return sizes


def largest_parts(parts_path):
    """{input file: (its largest part, inflated bytes)}."""
    parts = {}
    with open(parts_path, encoding="utf-8") as lines:
        for line in lines:
            name, part, size = line.rstrip("\n").split("\t")
            parts[name] = (part, int(size))
    return parts


# The targets of issue 16, each judged on the medians of one run of bench/run: (target, how it is
# measured, a function of the medians giving (the measured figure as text, holds) or None when a
# case is missing). Wall times, as the issue states its ratios.
def targets(runs, parts, tables):
    def med(case, tool):
        entry = runs.get((case, tool))
        return medians(entry) if entry else None

    def faster(case, tool, reference, at_least):
        """tool at most 1/at_least of reference's wall time (reference ÷ tool ≥ at_least)."""
        own, other = med(case, tool), med(case, reference)
        if own is None or other is None:
            return None
        ratio = other[0] / own[0]
        return f"{ratio:.2f}× ({own[0]:.3f} s against {other[0]:.3f} s)", ratio >= at_least

    def within(case, tool, floor_tools, at_most):
        """tool's wall time at most at_most × the sum of the floors' wall times."""
        own = med(case, tool)
        floors = [med(case, floor) for floor in floor_tools]
        if own is None or any(floor is None for floor in floors):
            return None
        floor = sum(f[0] for f in floors)
        ratio = own[0] / floor
        return f"{ratio:.2f}× the floor ({own[0]:.3f} s against {floor:.3f} s)", ratio <= at_most

    def flat(small, large, at_most):
        """peak RSS of large at most at_most × that of small."""
        a, b = med(*small), med(*large)
        if a is None or b is None:
            return None
        ratio = b[2] / a[2]
        return f"{ratio:.2f}× ({a[2]:.0f} → {b[2]:.0f} MiB)", ratio <= at_most

    def flat_beside_table(small, large, at_most):
        """peak RSS less the shared-string table of large at most at_most × that of small."""
        (case_a, tool_a, name_a), (case_b, tool_b, name_b) = small, large
        a, b = med(case_a, tool_a), med(case_b, tool_b)
        if a is None or b is None or name_a not in tables or name_b not in tables:
            return None
        table_a, table_b = tables[name_a] / 2**20, tables[name_b] / 2**20
        ratio = (b[2] - table_b) / (a[2] - table_a)
        return (f"{ratio:.2f}× ({a[2] - table_a:.0f} → {b[2] - table_b:.0f} MiB beside the table; peak RSS "
                f"{a[2]:.0f} → {b[2]:.0f} MiB, the table {table_a:.0f} → {table_b:.0f} MiB)"), ratio <= at_most

    def memory_to_part(case, tool, name, at_most):
        own = med(case, tool)
        if own is None or name not in parts:
            return None
        mib = parts[name][1] / 2**20
        ratio = own[2] / mib
        return f"{ratio:.1f}× ({own[2]:.0f} MiB against {mib:.1f} MiB of {parts[name][0]})", ratio <= at_most

    def linear(tool_1, tool_8, at_most):
        """time per cell at 8× L at most at_most × that at 1× L."""
        a, b = med("import scaling", tool_1), med("import scaling", tool_8)
        if a is None or b is None:
            return None
        ratio = b[0] / (8 * a[0])
        return f"8× L takes {b[0] / a[0]:.2f}× the time of 1× L", ratio <= at_most

    def within_budget(case, tool, budget_mib):
        entry = runs.get((case, tool))
        if not entry:
            return None
        own = medians(entry)
        if own is None:
            return f"refused: {entry['status']}", False
        return f"read, peak RSS {own[2]:.0f} MiB", own[2] < budget_mib

    return [
        ("`cells` L.xlsx (SheetJS's form) ≤ 1.5× `unzip -p`",
         within("read L.xlsx", "malkedja cells", ["floor: unzip -p"], 1.5)),
        ("`cells` L-libreoffice.xlsx (LibreOffice's form) ≤ 1.5× `unzip -p`",
         within("read L-libreoffice.xlsx", "malkedja cells", ["floor: unzip -p"], 1.5)),
        ("`cells` ≥ 10× openpyxl `read_only`", faster("read L.xlsx", "malkedja cells", "openpyxl read_only", 10)),
        ("`cells` ≥ 5× ExcelJS's streaming reader",
         faster("read L.xlsx", "malkedja cells", "ExcelJS WorkbookReader", 5)),
        ("`cells` peak RSS the shared-string table plus a constant, flat from 1× to 8× L (≤ 1.2×)",
         flat_beside_table(("cells scaling", "malkedja cells 1× L", "L.xlsx"),
                           ("cells scaling", "malkedja cells 8× L", "L8.xlsx"), 1.2)),
        ("`import` L ≤ 4× `unzip -p`", within("read L.xlsx", "malkedja import", ["floor: unzip -p"], 4)),
        ("`import` peak RSS ≤ 2× the largest inflated part",
         memory_to_part("read L.xlsx", "malkedja import", "L.xlsx", 2)),
        ("`import` linear to 8× L (time per cell within 15 %)",
         linear("malkedja import 1× L", "malkedja import 8× L", 1.15)),
        (".ods `cells` ≤ 2× `unzip -p`", within("read L.ods", "malkedja cells", ["floor: unzip -p"], 2)),
        (".ods `cells` peak RSS ≤ 2× the largest inflated part (no 8× .ods: LibreOffice needs 3.4 GiB "
         "for 1× L)", memory_to_part("read L.ods", "malkedja cells", "L.ods", 2)),
        (".csv `cells` ≤ 1.5× `cat` plus decoding (`iconv` to UTF-32)",
         within("read L.csv", "malkedja cells", ["floor: cat", "floor: iconv UTF-8→UTF-32"], 1.5)),
        ("`export` .xlsx ≥ 2× ExcelJS's streaming writer",
         faster("write L.xlsx", "malkedja export", "ExcelJS WorkbookWriter", 2)),
        ("`export` .xlsx ≥ 2× LibreOffice", faster("write L.xlsx", "malkedja export", "LibreOffice csv→xlsx", 2)),
        ("`export` .ods ≥ 2× LibreOffice", faster("write L.ods", "malkedja export", "LibreOffice csv→ods", 2)),
        ("`export` peak RSS flat in the row count (S → L, ≤ 1.2×)",
         flat(("write S.xlsx", "malkedja export"), ("write L.xlsx", "malkedja export"), 1.2)),
        ("`sk generate` of 300 documents ≥ 10× docxtemplater",
         faster("SK 300 documents", "malkedja sk generate", "docxtemplater", 10)),
        ("`blocks` of a 1 M-paragraph .docx within the default budget (256 MiB)",
         within_budget("read paragraphs-1M.docx", "malkedja blocks", 256)),
    ]


def target_table(runs, parts, tables):
    lines = ["| target (issue 16) | measured (wall time, medians) | holds? |", "|---|---|---|"]
    for target, result in targets(runs, parts, tables):
        if result is None:
            lines.append(f"| {target} | not measured in this run | not judged |")
        else:
            measured, holds = result
            lines.append(f"| {target} | {measured} | {'holds' if holds else 'does not hold'} |")
    return lines


def main():
    runs = read_runs(sys.argv[1])
    out = [f"Median of {sys.argv[3]} run(s) per case; malkedja at commit {commit()}; {machine()}.",
           "cells = rows × 8 columns of the table (merged and empty cells included; for SK: documents); "
           "ratio = the tool's median ÷ the reference's median of the same case (>1: malkedja is faster); "
           "CPU s = user + system time of the process and its children.", ""]
    out += table(runs)
    out += ["", "Peak RSS of `malkedja import` against the largest inflated part of its input:", ""]
    out += memory(runs, sys.argv[2])
    out += ["", "The targets of issue 16:", ""]
    out += target_table(runs, largest_parts(sys.argv[2]), shared_strings(sys.argv[4]))
    print("\n".join(out))


if __name__ == "__main__":
    main()
