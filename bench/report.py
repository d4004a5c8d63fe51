#!/usr/bin/python3
"""Prints the benchmark table (Markdown) from the raw measurements of bench/run.

Usage: /usr/bin/python3 report.py RAW.tsv PARTS.tsv RUNS
RAW.tsv: case, tool, cells, reference tool, status ("ok" or why not), wall s, peak RSS KiB, CPU s;
one line per run. PARTS.tsv: input file, its largest part, that part's inflated bytes.
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
        lines.append(f"| {case} | {tool} | {wall:.2f} | {cpu_text} | {rate} | {rss:.0f} | {ratio} | {ratio_cpu} |")
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


def main():
    runs = read_runs(sys.argv[1])
    out = [f"Median of {sys.argv[3]} run(s) per case; malkedja at commit {commit()}; {machine()}.",
           "cells = rows × 8 columns of the table (merged and empty cells included; for SK: documents); "
           "ratio = the tool's median ÷ the reference's median of the same case (>1: malkedja is faster); "
           "CPU s = user + system time of the process and its children.", ""]
    out += table(runs)
    out += ["", "Peak RSS of `malkedja import` against the largest inflated part of its input:", ""]
    out += memory(runs, sys.argv[2])
    print("\n".join(out))


if __name__ == "__main__":
    main()
