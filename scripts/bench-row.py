#!/usr/bin/env python3
"""Append one benchmark row to a rows file (JSON lines); used by bench_row in scripts/bench-lib.sh.

Usage: bench-row.py ROWS.jsonl KEY=VALUE...

Keys (all optional but workload):
  workload   what is measured
  pmo        pmo's median wall (or CPU) seconds
  rss        pmo's peak resident set size in bytes (`/usr/bin/time -v`)
  peer       the peer's name and version, the floor's name, or "peer failed to install: …"
  peer_s     the peer's median seconds
  kind       speedup (ratio = peer / pmo: how many times faster pmo is) or floor (ratio = pmo / floor)
  value      a measured number that is not a time (bytes, a ratio to input bytes)
  value_text how to show value in the ratio column
  target     the target, as the issue states it
  check      a condition the target means, e.g. "pmo <= 0.05" or "ratio >= 10" (repeatable);
             names: pmo, peer_s, ratio, value
  gate       a name when missing this target must fail the bench (e.g. memory)
  note       anything the reader needs (what the peer does differently, counts, errors)
"""

import json
import sys

NUMBERS = {"pmo", "rss", "peer_s", "value"}


def main():
    path, pairs = sys.argv[1], sys.argv[2:]
    row = {"checks": []}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            sys.exit(f"bench-row: expected KEY=VALUE, got {pair!r}")
        if key == "check":
            row["checks"].append(value)
        elif key in NUMBERS:
            row[key] = float(value) if value.strip() else None
        else:
            row[key] = value
    if "workload" not in row:
        sys.exit("bench-row: workload= is required")
    pmo, peer = row.get("pmo"), row.get("peer_s")
    if pmo and peer:
        row["ratio"] = peer / pmo if row.get("kind") == "speedup" else pmo / peer
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
