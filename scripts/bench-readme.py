#!/usr/bin/env python3
"""Copy the latest `make bench` table into README.md (`make bench-readme`).

Usage: bench-readme.py [REPORT.md] [README.md]   (defaults: .build/bench/report.md, README.md)

Replaces whatever stands between the lines `<!-- bench:start -->` and `<!-- bench:end -->`
with the report (without its top heading). Fails when the report or the markers are missing.
"""

import os
import sys

START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def main():
    report = sys.argv[1] if len(sys.argv) > 1 else ".build/bench/report.md"
    readme = sys.argv[2] if len(sys.argv) > 2 else "README.md"
    if not os.path.exists(report):
        sys.exit(f"bench-readme: {report} is missing; run `make bench` first")
    lines = open(report, encoding="utf-8").read().strip().split("\n")
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    body = "\n".join(lines).strip()
    text = open(readme, encoding="utf-8").read()
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        sys.exit(f"bench-readme: {readme} needs one '{START}' line before one '{END}' line")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    with open(readme, "w", encoding="utf-8") as f:
        f.write(f"{head}{START}\n{body}\n{END}{tail}")
    print(f"bench-readme: {readme} now shows {report}")


if __name__ == "__main__":
    main()
