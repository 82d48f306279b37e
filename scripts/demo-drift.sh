#!/usr/bin/env bash
# Drift and update, end to end: bump a standard in a scratch copy of the catalog, show the drift of a
# project made from it, make one local edit that merges cleanly and one that conflicts, and update.
#
#   scripts/demo-drift.sh PMO CATALOG PROJECT SCRATCH
#
# PMO is the pmo executable, CATALOG the catalog to copy, PROJECT a project made from CATALOG's
# standard-project with `pmo new` (it is copied too; nothing outside SCRATCH is changed).
set -euo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 PMO CATALOG PROJECT SCRATCH" >&2
    exit 2
fi
PMO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CATALOG=$2
PROJECT=$3
SCRATCH=$4

step() { if [ -t 1 ]; then printf '\n\033[1m== %s\033[0m\n' "$*"; else printf '\n== %s\n' "$*"; fi; }
git_() { git -C "$SCRATCH/catalog" -c user.email=pmo@example.co.jp -c user.name="全社PMO" "$@"; }

rm -rf "$SCRATCH/catalog" "$SCRATCH/project"
mkdir -p "$SCRATCH/catalog"
cp -R "$CATALOG/catalog" "$CATALOG/standards" "$SCRATCH/catalog/"
cp -R "$PROJECT" "$SCRATCH/project"
TEMPLATE="$SCRATCH/catalog/standards/templates/standard-project"

step "the catalog as the project knows it, in git"
git_ init -q
git_ add -A
git_ commit -q -m "標準 (the version the project was made from)"
# No need to touch the lock: pmo update finds the commit where the template has the recorded version.
OLD=$(sed -n -E 's/^  version: "?([0-9.]+)"?$/\1/p' "$TEMPLATE/template.yaml" | head -1)
NEW=$(echo "$OLD" | awk -F. '{print $1"."$2+1".0"}')

step "the PMO publishes standard-project $NEW: a new section in the quality plan, a note in the charter"
python3 - "$TEMPLATE" "$OLD" "$NEW" <<'PY'
import sys, re
folder, old, new = sys.argv[1:]
path = folder + "/files/quality-plan.md"
text = open(path, encoding="utf-8").read()
text = text.rstrip("\n") + "\n\n## 品質メトリクスの報告\n\n進捗報告書で毎週、不具合の発見数と解決数を報告します。\n"
open(path, "w", encoding="utf-8").write(text)
path = folder + "/files/charter.md"
text = open(path, encoding="utf-8").read()
text = text.replace("| 版 | 0.1（ドラフト） |", "| 版 | 0.1（ドラフト・要承認） |", 1)
open(path, "w", encoding="utf-8").write(text)
path = folder + "/template.yaml"
text = open(path, encoding="utf-8").read()
text = text.replace(f'version: "{old}"', f'version: "{new}"', 1)
text = text.replace("  changelog:\n", f"  changelog:\n    - version: \"{new}\"\n      date: 2026-11-01\n      changes: 品質計画に品質メトリクスの報告を追加; 憲章の版欄を改訂\n", 1)
open(path, "w", encoding="utf-8").write(text)
PY
git_ commit -q -am "standard-project $NEW"
git_ log --oneline

step "pmo drift: the project is one version behind"
"$PMO" drift "$SCRATCH/project" --catalog "$SCRATCH/catalog" || true

step "the team edits two managed files"
CHARTER=$(find "$SCRATCH/project/docs" -name '01_*.md' | head -1)
QUALITY=$(find "$SCRATCH/project/docs" -name '09_*.md' | head -1)
python3 - "$CHARTER" "$QUALITY" <<'PY'
import sys
charter, quality = sys.argv[1:]
text = open(quality, encoding="utf-8").read()
text = text.replace("## 1. 品質目標", "## 1. 品質目標\n\n（チームのメモ：性能目標はスポンサーと合意済み）", 1)
open(quality, "w", encoding="utf-8").write(text)
text = open(charter, encoding="utf-8").read()
text = text.replace("| 版 | 0.1（ドラフト） |", "| 版 | 1.0（承認済み） |", 1)
open(charter, "w", encoding="utf-8").write(text)
PY
echo "  $(basename "$QUALITY"): a note under 品質目標 (the standard changed the end of the file: merges cleanly)"
echo "  $(basename "$CHARTER"): 版 set to 1.0 (the standard changed the same line: conflicts)"
"$PMO" drift "$SCRATCH/project" --catalog "$SCRATCH/catalog" --no-lint || true

step "pmo update --dry-run"
"$PMO" update "$SCRATCH/project" --catalog "$SCRATCH/catalog" --dry-run || true

step "pmo update"
"$PMO" update "$SCRATCH/project" --catalog "$SCRATCH/catalog" || true

step "the result: the team's note kept and the new section added"
grep -n -e "チームのメモ" -e "品質メトリクスの報告" "$QUALITY"
step "the result: the conflict, inline"
grep -n -B1 -A5 "^<<<<<<<" "$CHARTER"

step "a second update refuses while the markers are there"
"$PMO" update "$SCRATCH/project" --catalog "$SCRATCH/catalog" || true
