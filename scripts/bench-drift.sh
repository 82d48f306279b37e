#!/usr/bin/env bash
# Drift and update (issue 6, reported by `make bench`):
#   pmo drift on a 15-file project        ≤ 30 ms wall (lint and checklists included)
#   pmo drift --fleet over 1,000 projects ≤ 5 s wall (lint included; --no-lint shown too)
#   pmo update of a 15-file project       ≤ 200 ms wall, git look-ups included
# Makes a git catalog copy with standard-project bumped once, a project from the old version with
# two local edits, and a fleet of 1,000 copies; times each with hyperfine (process start included).
# No peer. Usage: scripts/bench-drift.sh   (RUNS=10, FLEET_RUNS=3, PROJECTS=1000; PMO skips the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
bench_tools
bench_binaries
bench_group drift
WORK="$BENCH_DIR/drift"
RUNS=${RUNS:-10}
FLEET_RUNS=${FLEET_RUNS:-3}
PROJECTS=${PROJECTS:-1000}

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

bench_say "pmo drift: one project of $FILES files; fleet of $PROJECTS projects"
ONE="$PMO drift $WORK/base --catalog $WORK/cat"
PMO_S=$(bench_time drift-one "$RUNS" 3 "$ONE")
# shellcheck disable=SC2086
RSS=$(bench_rss $ONE)
bench_row workload="pmo drift, one project ($FILES files)" pmo="$PMO_S" rss="$RSS" peer="— (no peer)" \
    target="≤ 30 ms" check="pmo <= 0.03" note="lint and checklists included"
PMO_S=$(bench_time drift-one-no-lint "$RUNS" 3 "$ONE --no-lint")
# shellcheck disable=SC2086
RSS=$(bench_rss $ONE --no-lint)
bench_row workload="pmo drift --no-lint, one project" pmo="$PMO_S" rss="$RSS" peer="— (no peer)" target="—"

FLEET="$PMO drift --fleet $WORK/fleet --catalog $WORK/cat"
PMO_S=$(bench_time drift-fleet "$FLEET_RUNS" 1 "$FLEET")
# shellcheck disable=SC2086
RSS=$(bench_rss $FLEET)
bench_row workload="pmo drift --fleet, $PROJECTS projects" pmo="$PMO_S" rss="$RSS" peer="— (no peer)" \
    target="≤ 5 s" check="pmo <= 5.0" note="lint included; median of $FLEET_RUNS runs"
PMO_S=$(bench_time drift-fleet-no-lint "$FLEET_RUNS" 1 "$FLEET --no-lint")
# shellcheck disable=SC2086
RSS=$(bench_rss $FLEET --no-lint)
bench_row workload="pmo drift --fleet --no-lint, $PROJECTS projects" pmo="$PMO_S" rss="$RSS" peer="— (no peer)" target="—"

UPDATE="$PMO update $WORK/upd --catalog $WORK/cat"
PMO_S=$(bench_time update "$RUNS" 2 "$UPDATE" --prepare "rm -rf $WORK/upd && cp -R $WORK/base $WORK/upd")
rm -rf "$WORK/upd" && cp -R "$WORK/base" "$WORK/upd"
# shellcheck disable=SC2086
RSS=$(bench_rss $UPDATE)
bench_row workload="pmo update, one project (3-way merge)" pmo="$PMO_S" rss="$RSS" peer="— (no peer)" \
    target="≤ 200 ms" check="pmo <= 0.2"
bench_done
