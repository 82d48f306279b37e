#!/usr/bin/env bash
# The dashboard's page times with PROJECTS x REPORTS of history (default 10,000 x 30) on SQLite:
#   scripts/bench-dashboard.sh [PMO_SERVER_BINARY]
# Seeds a store (scripts/seed-dashboard-bench.py), serves it with --public-read and the repository's catalog, and
# prints p50/p95 over loopback of each page (after warm-up requests: the campaign verdict cache is warm).
# STORE=PATH reuses a store seeded before (it is not removed) instead of seeding a new one.
set -euo pipefail
server=${1:-.build/release/pmo-server}
dir=$(mktemp -d /tmp/pmo-dashboard-bench.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT

db=${STORE:-$dir/store.db}
start() {
  "$server" --database "sqlite:$db" --port 0 "$@" >"$dir/out" 2>"$dir/err" &
  pid=$!
  for _ in $(seq 1 200); do grep -q "listening on" "$dir/out" 2>/dev/null && break; sleep 0.1; done
  port=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$dir/out")
}

if [ -z "${STORE:-}" ]; then
  start
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  python3 "$(dirname "$0")/seed-dashboard-bench.py" "$db" "${PROJECTS:-10000}" "${REPORTS:-30}"
fi
start --public-read --catalog .
# The campaign cache fills in the background after start (latest reports, then burn-up days): wait for it.
sleep "${WARM_SECONDS:-0}"
python3 - "$port" <<'PY'
import sys, time, urllib.request
port = sys.argv[1]
pages = ["/", "/?sort=errors&dir=desc", "/?owner=team-07&state=errors", "/?q=prj-0999&page=1", "/?page=50",
         "/projects/prj-00042", "/templates", "/campaigns", "/campaigns/charter-no-placeholder", "/?format=csv"]
print(f"{'page':45} {'p50 ms':>8} {'p95 ms':>8} {'bytes':>9}")
for page in pages:
    url = f"http://127.0.0.1:{port}{page}"
    for _ in range(25 if page.startswith("/campaigns/") else 2):
        urllib.request.urlopen(url, timeout=600).read()
    times, size = [], 0
    for _ in range(20):
        start = time.perf_counter()
        size = len(urllib.request.urlopen(url, timeout=600).read())
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{page:45} {times[len(times)//2]:8.1f} {times[int(len(times)*0.95)-1]:8.1f} {size:9d}")
PY
