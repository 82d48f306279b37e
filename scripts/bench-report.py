#!/usr/bin/env python3
"""The `make bench` report: one table from the rows the bench scripts wrote.

Usage: bench-report.py BENCH_DIR [GROUP...]

Reads BENCH_DIR/rows/GROUP.jsonl (every group, in the order of GROUPS, when none is named),
prints the table, and — when no group is named — writes BENCH_DIR/report.md and report.json.
Each row's verdict comes from its checks: PASS, MISSED, NOT MEASURED (a value is missing,
e.g. the peer failed to install), "—" (no target: the figure is for comparison only) or
ERROR (a workload script stopped before it finished its rows).

Exits 1 when a row marked as a gate (the memory gate: `pmo validate` peak RSS ≤ 10× its input
bytes) is MISSED, loudly, or a row is an ERROR; with STRICT=1 in the environment, also when any other row is MISSED.
"""

import datetime
import json
import operator
import os
import platform
import subprocess
import sys

GROUPS = ["yaml", "validate", "new", "lint", "drift", "publish"]
HEADERS = ["workload", "pmo median", "pmo peak RSS", "peer", "peer median", "ratio", "target", "verdict"]
OPERATORS = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt}


def seconds(value):
    if value is None:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def mebibytes(value):
    return "—" if value is None else f"{value / 1048576:.1f} MiB"


def ratio_text(row):
    if row.get("value_text"):
        return row["value_text"]
    ratio = row.get("ratio")
    if ratio is None:
        return "—"
    if row.get("kind") == "floor":
        return f"{ratio:.2f}× floor"
    return f"pmo {ratio:.1f}× faster" if ratio >= 1 else f"pmo {1 / ratio:.1f}× slower"


def verdict(row):
    """PASS, MISSED, NOT MEASURED or — (no target), and the checks that failed."""
    if row.get("error"):
        return "ERROR", [row["error"]]
    if not row.get("checks"):
        return "—", []
    failed, unmeasured = [], False
    for check in row["checks"]:
        name, op, limit = check.split()
        value = row.get(name)
        if value is None:
            unmeasured = True
        elif not OPERATORS[op](value, float(limit)):
            failed.append(check)
    if failed:
        return "MISSED", failed
    return ("NOT MEASURED" if unmeasured else "PASS"), []


def load(bench_dir, groups):
    rows = []
    for group in groups:
        path = os.path.join(bench_dir, "rows", f"{group}.jsonl")
        if not os.path.exists(path):
            rows.append({"group": group, "workload": f"{group}: not run", "checks": [], "note": f"no {path}"})
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                row["group"] = group
                row["verdict"], row["failed_checks"] = verdict(row)
                rows.append(row)
    return rows


def cells(row):
    return [row["workload"], seconds(row.get("pmo")), mebibytes(row.get("rss")), row.get("peer", "—") or "—",
            seconds(row.get("peer_s")), ratio_text(row), row.get("target", "—") or "—", row.get("verdict", "—")]


def text_table(rows):
    table = [cells(r) for r in rows]
    widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(HEADERS)]
    line = lambda cs: "  ".join(c.ljust(w) for c, w in zip(cs, widths)).rstrip()
    return "\n".join([line(HEADERS), line(["-" * w for w in widths])] + [line(t) for t in table])


def markdown_table(rows):
    escape = lambda text: text.replace("|", "\\|")
    out = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join(["---"] * len(HEADERS)) + "|"]
    for row in rows:
        cs = cells(row)
        cs[-1] = f"**{cs[-1]}**" if cs[-1] == "MISSED" else cs[-1]
        out.append("| " + " | ".join(escape(c) for c in cs) + " |")
    return "\n".join(out)


def notes(rows):
    return [f"{r['workload']}: {r.get('note') or r['error']}" for r in rows if r.get("note") or r.get("error")]


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


LEGEND = ("Medians of hyperfine runs (wall clock, process start included) unless the workload says in process (CPU "
          "time); every peer and floor is measured in the same run. ratio: against a peer, peer time ÷ pmo time; "
          "against a floor, pmo time ÷ floor time. pmo peak RSS: `/usr/bin/time -v`, one run.")


def main():
    bench_dir, groups = sys.argv[1], sys.argv[2:]
    rows = load(bench_dir, groups or GROUPS)
    print()
    print(text_table(rows))
    for note in notes(rows):
        print(f"  {note}")
    if not groups:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        cores, load1 = os.cpu_count(), os.getloadavg()[0]
        heading = (f"pmo {git_commit()}, {stamp}, {platform.machine()}, {cores} cores "
                   f"(load average {load1:.1f} at the end: a shared machine)")
        md = [f"# pmo benchmark", "", heading, "", markdown_table(rows), "", LEGEND, ""]
        md += [f"- {note}" for note in notes(rows)]
        with open(os.path.join(bench_dir, "report.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(md) + "\n")
        with open(os.path.join(bench_dir, "report.json"), "w", encoding="utf-8") as f:
            json.dump({"generated": stamp, "commit": git_commit(), "machine": platform.machine(), "cores": cores,
                       "load_average": load1, "workloads": rows}, f, ensure_ascii=False, indent=2)
        print(f"\nreport: {bench_dir}/report.md, {bench_dir}/report.json")
    errors = [r for r in rows if r["verdict"] == "ERROR"]
    for row in errors:
        print(f"bench: ERROR: {row['workload']}: {row['error']}", file=sys.stderr)
    missed = [r for r in rows if r["verdict"] == "MISSED"]
    gates = [r for r in missed if r.get("gate")]
    for row in gates:
        bar = "!" * 78
        print(f"\n{bar}\nbench: GATE FAILED ({row['gate']}): {row['workload']}: "
              f"{ratio_text(row)}, target {row['target']} ({', '.join(row['failed_checks'])})\n{bar}", file=sys.stderr)
    if missed:
        print(f"bench: {len(missed)} target(s) MISSED: " + "; ".join(r["workload"] for r in missed), file=sys.stderr)
    strict = os.environ.get("STRICT") == "1"
    sys.exit(1 if gates or errors or (strict and missed) else 0)


if __name__ == "__main__":
    main()
