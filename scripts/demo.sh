#!/usr/bin/env bash
# The main flow on the repo's default catalog: validate → list → show (later: new → lint → drift → publish).
set -euo pipefail
PMO=${1:-.build/debug/pmo}
OUT=${2:-.build/demo}
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
rm -rf "$OUT"; mkdir -p "$OUT"
step pmo validate
"$PMO" validate
step pmo list
"$PMO" list
step pmo show template/standard-project
"$PMO" show template/standard-project
