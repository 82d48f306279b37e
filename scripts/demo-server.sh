#!/usr/bin/env bash
# The 全社型 fan-in on the demo project: pmo serve on a free port with SQLite in the demo folder,
# a project token, pmo report | curl, the API read back, then a clean stop.
#   scripts/demo-server.sh PMO PROJECT OUT
set -euo pipefail
PMO=$1
PROJECT=$2
OUT=$3
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

mkdir -p "$OUT"
DB="sqlite:$OUT/pmo-server.db"

step pmo serve token create horizon --database "$DB"
TOKEN=$("$PMO" serve token create horizon --database "$DB")
READER=$("$PMO" serve token create --reader pmo-office --database "$DB" 2>/dev/null)
echo "${TOKEN:0:12}… (shown once; the store keeps its SHA-256)"

step pmo serve --database "$DB" --port 0
"$PMO" serve --database "$DB" --port 0 >"$OUT/server.out" 2>"$OUT/server.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q 'listening on' "$OUT/server.out" 2>/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$OUT/server.log" >&2; exit 1; }
  sleep 0.1
done
URL=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$OUT/server.out")
cat "$OUT/server.out"

step "pmo report $PROJECT --project-id horizon --generated-at NOW | curl … $URL/api/v1/reports"
"$PMO" report "$PROJECT" --project-id horizon --generated-at "$(date -u +%FT%TZ)" \
  | curl --fail --silent --show-error -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
      --data-binary @- "$URL/api/v1/reports"
echo

step curl "$URL/api/v1/projects"
curl --fail --silent --show-error -H "Authorization: Bearer $READER" "$URL/api/v1/projects"
echo

kill -TERM "$SERVER"
wait "$SERVER" || true
trap - EXIT
echo
echo "API:    $URL/api/v1/projects  (the server is stopped now; start it again with the line below)"
echo "serve:  $PMO serve --database $DB --port 8080"
echo "read:   curl -H 'Authorization: Bearer $READER' http://127.0.0.1:8080/api/v1/projects"
echo "dashboard: $PMO serve --database $DB --port 8080 --catalog $(pwd)"
echo "        then open http://127.0.0.1:8080/ and sign in with the read token $READER (docs/dashboard.md)"
echo "log:    $OUT/server.log"
