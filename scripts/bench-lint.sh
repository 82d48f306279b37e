#!/usr/bin/env bash
# `pmo lint` of a generated 200-file project against one rule set of 100 rules (issue 8):
# every built-in check type and assert: expressions over the project's files (files.all, headings,
# csv, yaml, lines), a few of which find something. Target: < 0.5 s wall, process start included.
# No peer: no other tool reads these rules. Usage: scripts/bench-lint.sh (RUNS=10; PMO skips the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bench-lib.sh
. "$ROOT/scripts/bench-lib.sh"
bench_tools
bench_binaries
bench_group lint
WORK="$BENCH_DIR/lint"
RUNS=${RUNS:-10}

rm -rf "$WORK" && mkdir -p "$WORK/cat"
cp -R "$ROOT/catalog" "$ROOT/standards" "$WORK/cat/"
python3 - "$WORK" <<'PY'
import os, random, sys
work = sys.argv[1]
rng = random.Random(8)
words = ["計画", "進捗", "品質", "課題", "リスク", "担当者", "期限", "承認", "報告", "会議", "成果物", "レビュー"]
def sentence():
    return "".join(rng.choice(words) + rng.choice("はをにのとで") for _ in range(5)) + "確認します。"
def write(rel, text):
    path = os.path.join(work, "project", rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(text)
for i in range(80):
    write(f"docs/{i:02d}_文書.md", f"# 文書 {i}\n\n{sentence()}\n\n## 目的\n\n{sentence() * 3}\n\n## 手順\n\n"
          + "".join(f"- {sentence()}\n" for _ in range(8)) + f"\n## 記録\n\n{sentence() * 4}\n")
for i in range(40):
    rows = "".join(f"{n},{rng.choice(['佐藤', '鈴木', '高橋', ''] if i % 10 == 0 else ['佐藤', '鈴木', '高橋'])},2026-05-{n % 28 + 1:02d},対応中\n" for n in range(1, 31))
    write(f"data/{i:02d}_課題.csv", "ID,担当者,期限,状況\n" + rows)
for i in range(40):
    write(f"config/{i:02d}.yaml", f"metadata:\n  name: service-{i}\n  owners:\n    - name: 佐藤\n      role: pm\n"
          f"spec:\n  enabled: {'true' if i % 7 else 'false'}\n  replicas: {i % 5 + 1}\n  tags: [a, b, c]\n")
for i in range(40):
    write(f"notes/{i:02d}.txt", "".join(f"{sentence()}\n" for _ in range(10)))
rules = []
def rule(kind, body):
    n = len(rules)
    rules.append(f"    - id: rule-{n:03d}\n      severity: {['error', 'warning', 'info'][n % 3]}\n"
                 f"      title: ベンチマーク用ルール {n}（{kind}）\n{body}")
for i in range(100):
    d, c, y, t = f"docs/{i % 80:02d}_文書.md", f"data/{i % 40:02d}_課題.csv", f"config/{i % 40:02d}.yaml", f"notes/{i % 40:02d}.txt"
    k = i % 12
    if k == 0: rule("file-exists", f'      check: {{type: file-exists, path: "{d}"}}\n')
    elif k == 1: rule("file-matches", f'      check: {{type: file-matches, path: "{d}", pattern: "^## 目的"}}\n')
    elif k == 2: rule("markdown-heading", f'      check: {{type: markdown-heading, path: "{d}", heading: 手順, level: 2}}\n')
    elif k == 3: rule("csv-columns", f'      check: {{type: csv-columns, path: "{c}", columns: [ID, 担当者, 期限]}}\n')
    elif k == 4: rule("csv-filled", f'      check: {{type: csv-filled, path: "{c}", columns: [担当者, 期限]}}\n')
    elif k == 5: rule("yaml-path", f'      check: {{type: yaml-path, path: "{y}", at: "metadata.owners[0].name", valueType: string}}\n')
    elif k == 6: rule("file-absent", f'      check: {{type: file-absent, path: "docs/{i:02d}_old.md"}}\n')
    elif k == 7: rule("files.all", "      assert: \"files.all(f, !f.contains(' ') && !f.endsWith('.tmp'))\"\n")
    elif k == 8: rule("headings", f"      assert: \"headings('{d}').exists(h, h == '目的')\"\n")
    elif k == 9: rule("csv", f"      assert: \"csv('{c}').all(r, r['状況'] != '')\"\n")
    elif k == 10: rule("yaml", f"      assert: \"yaml('{y}').spec.enabled == true\"\n")
    else: rule("lines", f"      assert: \"size(lines('{t}')) >= 10 && files.exists(f, f.startsWith('docs/'))\"\n")
rules_dir = os.path.join(work, "cat", "standards", "rules")
open(os.path.join(rules_dir, "bench-100.yaml"), "w", encoding="utf-8").write(
    "apiVersion: pmo/v1\nkind: RuleSet\nmetadata:\n  name: bench-100\n  title: ベンチマーク用の100ルール\n"
    "  description: pmo lint の速度を測るための生成ルールセットです。\n  owner: pmo-office\n  category: quality\n"
    "  tags: [bench]\n  version: \"1.0.0\"\n  status: active\n  reviewed: 2026-05-01\n  reviewEvery: 1y\n"
    "  changelog:\n    - version: \"1.0.0\"\n      date: 2026-05-01\n      changes: 生成\nspec:\n  target: project\n  rules:\n"
    + "".join(rules))
PY
FILES=$(find "$WORK/project" -type f | wc -l)
COMMAND="$PMO lint $WORK/project --catalog $WORK/cat --rules ruleset/bench-100"
set +e
$COMMAND >"$BENCH_DIR/lint.out" 2>&1
code=$?
set -e
if [ "$code" -gt 1 ]; then
    echo "bench: pmo lint failed (exit $code):" >&2
    head -20 "$BENCH_DIR/lint.out" >&2
    bench_row workload="pmo lint, $FILES files × 100 rules" target="< 0.5 s" check="pmo < 0.5" note="pmo lint exited $code: $(head -1 "$BENCH_DIR/lint.out")"
    bench_done
    exit 0
fi
bench_say "pmo lint: $FILES files × 100 rules ($RUNS runs)"
PMO_S=$(bench_time lint-pmo "$RUNS" 1 "$COMMAND")
# shellcheck disable=SC2086
RSS=$(bench_rss $COMMAND)
bench_row workload="pmo lint, $FILES files × 100 rules" pmo="$PMO_S" rss="$RSS" peer="— (no peer)" target="< 0.5 s" \
    check="pmo < 0.5" note="exit $code; $(tail -1 "$BENCH_DIR/lint.out" | cut -c1-120)"
bench_done
