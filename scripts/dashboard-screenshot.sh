#!/usr/bin/env bash
# Serves a seeded store (300 projects x 30 reports) with --public-read and takes a 1280 px screenshot of the
# portfolio in headless chromium:  scripts/dashboard-screenshot.sh PMO_SERVER OUT.png
set -euo pipefail
server=$1
out=$2
dir=$(mktemp -d /tmp/pmo-dashboard-shot.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
start() {
  "$server" --database "sqlite:$dir/store.db" --port 0 "$@" >"$dir/out" 2>"$dir/err" &
  pid=$!
  for _ in $(seq 1 200); do grep -q "listening on" "$dir/out" 2>/dev/null && break; sleep 0.1; done
  port=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$dir/out")
}
start
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
python3 "$(dirname "$0")/seed-dashboard-bench.py" "$dir/store.db" 300 30
start --public-read --catalog .
# chromium refuses to run as root without --no-sandbox; the page is our own, on loopback.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1100 \
  --screenshot="$out" "http://127.0.0.1:$port/?sort=errors&dir=desc" 2>"$dir/chromium.log" \
  || { cat "$dir/chromium.log" >&2; exit 1; }
echo "wrote $out"
