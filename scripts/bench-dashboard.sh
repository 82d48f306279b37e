#!/usr/bin/env bash
# The dashboard's page times with PROJECTS x REPORTS of history (default 10,000 x 30), on SQLite and PostgreSQL:
#   scripts/bench-dashboard.sh [PMO_SERVER_BINARY]        (make bench-dashboard builds a release pmo-server first)
# Seeds a SQLite store (scripts/seed-dashboard-bench.py) and copies the same rows into a PostgreSQL store
# (scripts/with-postgres.sh starts a throw-away server when PMO_TEST_POSTGRES_URL is not set). For each store:
#   1. serve it with --public-read and the repository's catalog; the seeded reports have no campaign verdicts, so
#      the server judges them in the background: the time until its "complete" log line is the backfill;
#   2. restart it (nothing in memory: cold) and time each page over loopback, the first request alone and then
#      RUNS requests (p50/p95, client wall time, so the server's share is a little less);
#   3. time each page again after warm-up requests (warm).
# STORE=PATH reuses a SQLite store seeded before (it is not removed). STORES="sqlite postgres" picks the stores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${PMO_TEST_POSTGRES_URL:-}" ] && [[ "${STORES:-sqlite postgres}" == *postgres* ]]; then
  exec "$ROOT/scripts/with-postgres.sh" "$0" "$@"
fi
server=$(realpath "${1:-$ROOT/.build/release/pmo-server}")
cd "$ROOT"
dir=$(mktemp -d /tmp/pmo-dashboard-bench.XXXXXX)
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop; rm -rf "$dir"' EXIT

start() {  # start DATABASE ARGS...: sets pid and port
  : >"$dir/out"; : >"$dir/err"
  "$server" --database "$1" --port 0 "${@:2}" >"$dir/out" 2>"$dir/err" &
  pid=$!
  for _ in $(seq 1 600); do grep -q "listening on" "$dir/out" 2>/dev/null && break; sleep 0.1; done
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$dir/out")
  [ -n "$port" ] || { cat "$dir/err" >&2; exit 1; }
}

db=${STORE:-$dir/store.db}
if [ -z "${STORE:-}" ]; then
  "$server" token create --reader bench --database "sqlite:$db" >/dev/null  # migrates
  python3 scripts/seed-dashboard-bench.py "$db" "${PROJECTS:-10000}" "${REPORTS:-30}"
fi

echo "pmo-server: $server; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for store in ${STORES:-sqlite postgres}; do
  if [ "$store" = sqlite ]; then
    database="sqlite:$db"
    sqlite3_clear="DELETE FROM campaign_verdicts; DELETE FROM campaign_days;"
    python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$db" "$sqlite3_clear"
  else
    psql -q "$PMO_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS bench_dashboard" -c "CREATE DATABASE bench_dashboard"
    database="${PMO_TEST_POSTGRES_URL%/*}/bench_dashboard"
    "$server" token create --reader bench --database "$database" >/dev/null  # migrates
    python3 scripts/seed-dashboard-bench.py --copy "$db" | psql -q "$database" >/dev/null
  fi
  echo "== $store =="
  start "$database" --public-read --catalog .
  began=$(date +%s.%N)
  for _ in $(seq 1 6000); do grep -q "campaigns: stored verdicts" "$dir/err" 2>/dev/null && break; sleep 0.1; done
  echo "backfill (verdicts of the seeded reports, burn-up days): $(grep -o 'campaigns: stored verdicts.*' "$dir/err" || echo 'not finished')," \
    "waited $(python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$began" "$(date +%s.%N)") s"
  stop
  start "$database" --public-read --catalog .
  PMO_BENCH_RUNS=${RUNS:-20} python3 - "$port" <<'PY' || { echo "the page timings failed; the server's log ends:" >&2; tail -20 "$dir/err" >&2; exit 1; }
import os, sys, time, urllib.request
port, runs = sys.argv[1], int(os.environ["PMO_BENCH_RUNS"])
pages = [("/", 100), ("/?sort=errors&dir=desc", 100), ("/?owner=team-07&state=errors", 100), ("/?q=prj-0999&page=1", 100),
         ("/?page=50", 100), ("/projects/prj-00042", 50), ("/templates", None), ("/campaigns", 200),
         ("/campaigns/charter-no-placeholder", 200), ("/campaigns/standard-project-2-1", 200), ("/?format=csv", None)]

def timed(url):
    start = time.perf_counter()
    size = len(urllib.request.urlopen(url, timeout=600).read())
    return (time.perf_counter() - start) * 1000, size

def series(url):
    times = sorted(timed(url)[0] for _ in range(runs))
    return times[len(times) // 2], times[max(0, int(len(times) * 0.95 + 0.5) - 1)]

print(f"{'page':40} {'cold 1st':>9} {'cold p50':>9} {'cold p95':>9} {'warm p50':>9} {'warm p95':>9} {'target p95':>11} {'bytes':>9}")
cold = {}
for page, _ in pages:  # a fresh process: each page's first request, then a series, before any warm-up
    url = f"http://127.0.0.1:{port}{page}"
    first, size = timed(url)
    cold[page] = (first, size) + series(url)
for page, target in pages:
    url = f"http://127.0.0.1:{port}{page}"
    for _ in range(5):
        timed(url)
    p50, p95 = series(url)
    first, size, cold50, cold95 = cold[page]
    goal = f"≤ {target} ms" if target else "—"
    print(f"{page:40} {first:9.1f} {cold50:9.1f} {cold95:9.1f} {p50:9.1f} {p95:9.1f} {goal:>11} {size:9d}")
PY
  stop
done
