#!/usr/bin/env bash
# The 全社型 fan-in on the demo projects: pmo serve on a free port with SQLite in the demo folder,
# a token per project, pmo report | curl for three projects in different states (the demo project;
# one whose charter was deleted, so lint has errors; one further along its checklists), the API read
# back, then a clean stop. The store stays, so the dashboard has something to show.
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

report() {  # report ID DIR TOKEN
  "$PMO" report "$2" --project-id "$1" --generated-at "$(date -u +%FT%TZ)" \
    | curl --fail --silent --show-error -H "Authorization: Bearer $3" -H "Content-Type: application/json" \
        --data-binary @- "$URL/api/v1/reports"
  echo
}

step "pmo report $PROJECT --project-id horizon --generated-at NOW | curl … $URL/api/v1/reports"
report horizon "$PROJECT" "$TOKEN"

# Two more projects, so that the portfolio has rows in different states.
HERE=$(dirname "$PROJECT")
step "pmo new standard-project kirameki …; rm its charter; pmo report | curl"
rm -rf "$HERE/kirameki" "$HERE/sakura"
"$PMO" new standard-project "$HERE/kirameki" --no-input \
  --set project_name=キラメキ決済 --set project_code=KRM-003 --set pm_name=佐藤一郎 \
  --set start_date=2026-10-01 --set release_date=2027-03-31 --set outsourcing=false >/dev/null
rm -f "$HERE"/kirameki/docs/01_*.md
report kirameki "$HERE/kirameki" "$("$PMO" serve token create kirameki --database "$DB" 2>/dev/null)"
step "pmo new standard-project sakura …; pmo checklist check …; pmo report | curl"
"$PMO" new standard-project "$HERE/sakura" --no-input \
  --set project_name=さくら在庫 --set project_code=SKR-007 --set pm_name=鈴木花子 \
  --set start_date=2026-09-01 --set release_date=2027-01-31 --set outsourcing=false >/dev/null
for item in $("$PMO" checklist "$HERE/sakura" --items --format json 2>/dev/null \
    | python3 -c 'import json,sys; print(" ".join([i["id"] for c in json.load(sys.stdin)["checklists"] for i in c["items"] if i["status"] == "open"][:12]))' || true); do
  "$PMO" checklist check "$item" --project "$HERE/sakura" --by 鈴木花子 --evidence "週次定例で確認" >/dev/null 2>&1 || true
done
report sakura "$HERE/sakura" "$("$PMO" serve token create sakura --database "$DB" 2>/dev/null)"

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
