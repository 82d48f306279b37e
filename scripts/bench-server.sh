#!/usr/bin/env bash
# The report server (issue 13, reported by `make bench`), on SQLite and on PostgreSQL, this machine:
#   ingest over loopback, 8 concurrent clients (wrk, distinct ~5 KB reports)   ≥ 1,000 reports/s
#   GET /api/v1/projects (first page of 100), PROJECTS × HISTORY reports stored  p95 ≤ 50 ms
#   server memory (peak RSS) at that size                                        ≤ 200 MB
# The store for the GET is seeded straight into the database (scripts/bench-server.py) after the
# server migrated it: 300,000 posts would take minutes and measure ingest again.
# PostgreSQL comes from scripts/with-postgres.sh. Usage: scripts/bench-server.sh
#   (PROJECTS=10000 HISTORY=30 BENCH_SECONDS=10 RUNS=200; PMO_SERVER=path skips the release build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if [ -z "${PMO_TEST_POSTGRES_URL:-}" ]; then exec scripts/with-postgres.sh "$0" "$@"; fi
# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh
command -v wrk >/dev/null 2>&1 || apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
bench_group server
PROJECTS=${PROJECTS:-10000}
HISTORY=${HISTORY:-30}
SECONDS_=${BENCH_SECONDS:-10}  # not SECONDS: bash counts the seconds since the shell started in it
RUNS=${RUNS:-200}
WORK="$BENCH_DIR/server"
rm -rf "$WORK" && mkdir -p "$WORK"

if [ -z "${PMO_SERVER:-}" ]; then
  bench_say "swift build -c release --product pmo-server"
  swift build -c release --static-swift-stdlib --scratch-path "${SCRATCH:-$ROOT/.build}" --product pmo-server >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log" >&2; exit 1; }
  PMO_SERVER="$(swift build -c release --static-swift-stdlib --scratch-path "${SCRATCH:-$ROOT/.build}" --show-bin-path)/pmo-server"
fi

SERVER_PID=
start_server() {  # start_server DATABASE: sets SERVER_PID and URL
  "$PMO_SERVER" --database "$1" --port 0 >"$WORK/server.out" 2>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 1 200); do grep -q 'listening on' "$WORK/server.out" 2>/dev/null && break; sleep 0.05; done
  URL=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$WORK/server.out")
  [ -n "$URL" ] || { cat "$WORK/server.log" >&2; exit 1; }
}
stop_server() { kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
trap 'kill -9 $SERVER_PID 2>/dev/null || true' EXIT

PSQL_ADMIN="$PMO_TEST_POSTGRES_URL"
for store in sqlite postgres; do
  bench_say "server: $store"
  if [ "$store" = sqlite ]; then
    DB="sqlite:$WORK/ingest.db"
  else
    psql -q "$PSQL_ADMIN" -c "DROP DATABASE IF EXISTS bench_ingest" -c "CREATE DATABASE bench_ingest"
    DB="${PSQL_ADMIN%/*}/bench_ingest"
  fi
  projects=()
  for i in 1 2 3 4 5 6 7 8; do
    projects+=("ingest-$i")
    "$PMO_SERVER" token create "ingest-$i" --database "$DB" >"$WORK/token-$i" 2>/dev/null
  done
  python3 scripts/bench-server.py bodies "$WORK" "${projects[@]}"
  start_server "$DB"
  wrk -t8 -c8 -d"${SECONDS_}s" -s scripts/bench-server-ingest.lua "$URL" -- "$WORK" >"$WORK/wrk-$store.txt" 2>&1
  stop_server
  rate=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$store.txt")
  errors=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk-$store.txt")
  bench_row workload="server ingest, $store, 8 clients, ~5 KB reports" value="${rate:-0}" value_text="${rate:-0} reports/s" \
    target="≥ 1,000 reports/s" check="value >= 1000" note="non-2xx: ${errors:-0}"

  # GET /api/v1/projects with PROJECTS × HISTORY stored.
  if [ "$store" = sqlite ]; then
    DB="sqlite:$WORK/read.db"
    "$PMO_SERVER" token create --reader bench --database "$DB" >"$WORK/reader" 2>/dev/null
    python3 scripts/bench-server.py seed-sqlite "$WORK/read.db" "$PROJECTS" "$HISTORY"
  else
    psql -q "$PSQL_ADMIN" -c "DROP DATABASE IF EXISTS bench_read" -c "CREATE DATABASE bench_read"
    DB="${PSQL_ADMIN%/*}/bench_read"
    "$PMO_SERVER" token create --reader bench --database "$DB" >"$WORK/reader" 2>/dev/null
    python3 scripts/bench-server.py seed-postgres "$PROJECTS" "$HISTORY" | psql -q "$DB" >/dev/null
  fi
  start_server "$DB"
  read -r p50 p95 rows < <(python3 scripts/bench-server.py p95 "$URL/api/v1/projects?limit=100" "$(cat "$WORK/reader")" "$RUNS")
  read -r fp50 fp95 frows < <(python3 scripts/bench-server.py p95 "$URL/api/v1/projects?limit=100&behind=true&owner=team-3" "$(cat "$WORK/reader")" "$RUNS")
  rss=$(awk '/VmHWM/ {print $2 * 1024}' "/proc/$SERVER_PID/status")
  stop_server
  bench_row workload="GET /api/v1/projects, $store, $PROJECTS projects × $HISTORY reports" value="$p95" \
    value_text="p95 $p95 ms (p50 $p50 ms, $rows rows)" target="p95 ≤ 50 ms" check="value <= 50" rss="$rss" \
    note="filtered (owner, behind): p95 $fp95 ms, $frows rows"
  bench_row workload="pmo-server peak RSS, $store, after the reads above" value="$((rss / 1048576))" value_text="$((rss / 1048576)) MB" \
    target="≤ 200 MB" check="value <= 200"
done
bench_done
