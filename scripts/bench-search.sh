#!/usr/bin/env bash
# Measures how long a search takes in headless Chromium on a published site (issue 7: ≤ 50 ms per query).
# The search page records each search's duration (performance.now) in data-ms on #search-status, and
# the one-off decoding of the index at page load in data-prepare-ms; this loads search.html?q=QUERY from
# file:// and reads both from the DOM Chromium prints. The timed query is the first of the page load
# (cold JIT): the slowest case a reader meets.
# Usage: scripts/bench-search.sh SITE_DIR [RUNS] [QUERY...]   Prints one line per query and a summary;
# exit 1 when the slowest median is over 50 ms, 77 when Chromium cannot be had.
set -euo pipefail

SITE="$(cd "${1:?usage: bench-search.sh SITE_DIR [RUNS] [QUERY...]}" && pwd)"
RUNS="${2:-3}"
shift $(( $# >= 2 ? 2 : 1 ))
QUERIES=("$@")
# 全社PMO is the owner's name, shown on every page since the index holds what a page shows: the broadest query.
[ ${#QUERIES[@]} -gt 0 ] || QUERIES=("進捗報告" "リスク" "phase gate" "議事録 承認" "全社PMO" "存在しない語句")

CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROMIUM" ]; then
  { apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }; } >/dev/null 2>&1 || true
  CHROMIUM="$(command -v chromium || true)"
fi
[ -n "$CHROMIUM" ] || { echo "bench-search: chromium could not be installed; search timing NOT measured" >&2; exit 77; }

PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
worst=0
for query in "${QUERIES[@]}"; do
  encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"
  times=()
  prepares=()
  for _ in $(seq "$RUNS"); do
    dom="$(timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
      --user-data-dir="$PROFILE" --allow-file-access-from-files --dump-dom "file://$SITE/search.html?q=$encoded" 2>/dev/null)"
    ms="$(printf '%s' "$dom" | grep -o 'data-ms="[0-9.]*"' | head -1 | grep -o '[0-9.]*' || true)"
    [ -n "$ms" ] || { echo "bench-search: no data-ms in the DOM for '$query' (did the search run?)" >&2; exit 1; }
    times+=("$ms")
    prepares+=("$(printf '%s' "$dom" | grep -o 'data-prepare-ms="[0-9.]*"' | head -1 | grep -o '[0-9.]*' || echo '?')")
  done
  hits="$(printf '%s' "$dom" | grep -o '<li>' | wc -l)"
  median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  printf '  %-16s median %6s ms  (runs: %s; index prepared at load in %s ms)  %s hits shown\n' "$query" "$median" "${times[*]}" "${prepares[*]}" "$hits"
  worst="$(python3 -c "print(max($worst, $median))")"
done
verdict="$(python3 -c "print('ok' if $worst <= 50 else 'MISSED')")"
echo "search in Chromium: slowest median ${worst} ms   target ≤ 50 ms: $verdict"
[ "$verdict" = ok ]
