#!/usr/bin/env bash
# Benchmark drift and update (issue 6):
#   pmo drift on a 15-file project        ≤ 30 ms wall (lint and checklists included)
#   pmo drift --fleet over 1,000 projects ≤ 5 s wall
#   pmo update of a 15-file project       ≤ 200 ms wall, git look-ups included
# Builds pmo in release mode, makes a git catalog copy with standard-project bumped once, a project from
# the old version with two local edits, and a fleet of 1,000 copies; times each with hyperfine (process
# start included), prints the medians, and fails when a budget is exceeded.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-.build}
WORK="$ROOT/$BUILD_DIR/bench/drift"
RUNS=${RUNS:-20}
PROJECTS=${PROJECTS:-1000}

command -v hyperfine >/dev/null || { apt-get install -y hyperfine || (apt-get update && apt-get install -y hyperfine); }

if [ -z "${PMO:-}" ]; then
  swift build -c release --product pmo --scratch-path "$BUILD_DIR" >/dev/null
  PMO="$ROOT/$BUILD_DIR/release/pmo"
fi

rm -rf "$WORK" && mkdir -p "$WORK"
cp -R catalog standards "$WORK/" 2>/dev/null || true
mkdir -p "$WORK/cat" && mv "$WORK/catalog" "$WORK/standards" "$WORK/cat/"
git_() { git -C "$WORK/cat" -c user.email=bench@example.co.jp -c user.name=bench "$@"; }
git_ init -q && git_ add -A && git_ commit -q -m base

"$PMO" new standard-project "$WORK/base" --catalog "$WORK/cat" --no-input \
  --set project_name=在庫管理刷新 --set project_code=INV-001 --set pm_name=山田太郎 \
  --set start_date=2026-04-01 --set release_date=2026-12-01 --set outsourcing=true >/dev/null
FILES=$(find "$WORK/base" -type f -not -path '*/.pmo/*' | wc -l)

# Bump the standard: one new line in two managed files, version and changelog.
TEMPLATE="$WORK/cat/standards/templates/standard-project"
python3 - "$TEMPLATE" <<'PY'
import sys, re
folder = sys.argv[1]
for name, extra in [("quality-plan.md", "\n## 品質メトリクスの報告\n\n毎週報告します。\n"), ("charter.md", "\n## 改訂履歴\n\n- 初版\n")]:
    path = f"{folder}/files/{name}"
    open(path, "a", encoding="utf-8").write(extra)
path = folder + "/template.yaml"
text = open(path, encoding="utf-8").read()
old = re.search(r'^  version: "([0-9.]+)"', text, re.M).group(1)
major, minor, _ = old.split(".")
new = f"{major}.{int(minor) + 1}.0"
text = text.replace(f'version: "{old}"', f'version: "{new}"', 1)
text = text.replace("  changelog:\n", f"  changelog:\n    - version: \"{new}\"\n      date: 2026-11-01\n      changes: ベンチマーク用の改訂\n", 1)
open(path, "w", encoding="utf-8").write(text)
PY
git_ commit -q -am bump
# Two local edits: one merges cleanly, one is only the team's.
sed -i 's/## 1. 品質目標/## 1. 品質目標\n\nチームのメモ/' "$WORK"/base/docs/09_*.md
echo "チームの追記" >> "$WORK"/base/docs/02_*.md

mkdir -p "$WORK/fleet"
python3 - "$WORK/base" "$WORK/fleet" "$PROJECTS" <<'PY'
import shutil, sys, os
base, fleet, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(count):
    dest = f"{fleet}/dept{i % 20:02d}/project{i:04d}"
    shutil.copytree(base, dest)
    if i % 3 == 0:
        with open(next(os.path.join(dest, "docs", n) for n in sorted(os.listdir(dest + "/docs")) if n.startswith("01_")), "a", encoding="utf-8") as f:
            f.write("追記\n")
PY

echo "project: $FILES files; fleet: $PROJECTS projects; pmo: $PMO"
hyperfine --warmup 3 --runs "$RUNS" --export-json "$WORK/drift.json" -N \
  "$PMO drift $WORK/base --catalog $WORK/cat" \
  "$PMO drift $WORK/base --catalog $WORK/cat --no-lint" >/dev/null
hyperfine --warmup 1 --runs 3 --export-json "$WORK/fleet.json" \
  "$PMO drift --fleet $WORK/fleet --catalog $WORK/cat --no-lint > /dev/null" \
  "$PMO drift --fleet $WORK/fleet --catalog $WORK/cat > /dev/null" >/dev/null
hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/update.json" \
  --prepare "rm -rf $WORK/upd && cp -R $WORK/base $WORK/upd" \
  "$PMO update $WORK/upd --catalog $WORK/cat > /dev/null" >/dev/null

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
budgets = {"drift": 0.030, "fleet": 5.0, "update": 0.200}
failed = False
for name in ["drift", "fleet", "update"]:
    for result in json.load(open(f"{work}/{name}.json"))["results"]:
        median = result["median"]
        command = result["command"].replace(work + "/", "")
        limit = budgets[name]
        mark = "ok" if median <= limit else "OVER"
        # The budget applies to the full command (lint included for drift; the fleet budget to both).
        print(f"{median * 1000:9.1f} ms  (budget {limit * 1000:.0f} ms) {mark:4}  {command}")
        failed |= median > limit
sys.exit(1 if failed else 0)
PY
