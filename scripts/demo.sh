#!/usr/bin/env bash
# The main flow on the repo's default catalog:
#   validate → list → show → new → checklist → lint → drift/update → report/serve → publish; then a company's
#   own catalog: init → validate → release
set -euo pipefail
PMO=${1:-.build/debug/pmo}
OUT=${2:-.build/demo}
PMO=$(cd "$(dirname "$PMO")" && pwd)/$(basename "$PMO")
ROOT=$(pwd)
export NO_COLOR=1
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
has() { "$PMO" help "$1" >/dev/null 2>&1; }

rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

step pmo validate
"$PMO" validate

step pmo list --kind template
"$PMO" list --kind template

step pmo show checklist/kickoff
"$PMO" show checklist/kickoff | head -25

PROJECT="$OUT/horizon"
if has new; then
  step pmo new standard-project "$PROJECT" --set project_name=ホライズン刷新 --set project_code=HRZ-012 ...
  "$PMO" new standard-project "$PROJECT" --no-input \
    --set project_name=ホライズン刷新 --set project_code=HRZ-012 --set pm_name=山田花子 \
    --set start_date=2026-12-01 --set release_date=2027-06-30 --set outsourcing=true
  (cd "$PROJECT" && find . -type f | sort | head -40)
fi

if has checklist && [ -d "$PROJECT" ]; then
  step pmo checklist "$PROJECT"
  "$PMO" checklist "$PROJECT" || true
fi

if has lint && [ -d "$PROJECT" ]; then
  step pmo lint "$PROJECT"
  "$PMO" lint "$PROJECT" || true
fi

if [ -x scripts/demo-drift.sh ] && has drift && [ -d "$PROJECT" ]; then
  scripts/demo-drift.sh "$PMO" "$ROOT" "$PROJECT" "$OUT/scratch"
fi

if [ -x scripts/demo-server.sh ] && has report && [ -x "$(dirname "$PMO")/pmo-server" ] && [ -d "$PROJECT" ]; then
  scripts/demo-server.sh "$PMO" "$PROJECT" "$OUT/server"
fi

if has publish; then
  step pmo publish --out "$OUT/site"
  "$PMO" publish --out "$OUT/site"
fi

if has init && has release; then
  step pmo init "$OUT/acme-pmo" --org アクメ株式会社 --no-input
  "$PMO" init "$OUT/acme-pmo" --org アクメ株式会社 --no-input
  step pmo validate --catalog "$OUT/acme-pmo"
  "$PMO" validate --catalog "$OUT/acme-pmo"
  step pmo release template/project-starter --bump minor --note "リスク欄を追加" --catalog "$OUT/acme-pmo"
  "$PMO" release template/project-starter --bump minor --note "リスク欄を追加" --catalog "$OUT/acme-pmo"
fi
