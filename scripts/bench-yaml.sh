#!/usr/bin/env bash
# YAML loading, in process (thread CPU time, bytes already in memory), on the 20 MB big.yaml:
#   PMOYAML load vs a bare libyaml event scan (the floor)   target: load ≥ 50% of the scan's speed
#   PMOYAML load vs PyYAML's CSafeLoader (libyaml + Python objects)   for comparison
# Usage: scripts/bench-yaml.sh   (YAML_ITERATIONS=7, PYYAML_RUNS=3; PMO/PMOBENCH/YAMLSCAN skip the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bench-lib.sh
. "$ROOT/scripts/bench-lib.sh"
bench_tools
bench_binaries
bench_corpus
bench_group yaml
ITERATIONS=${YAML_ITERATIONS:-7}
BIG_BYTES=$(wc -c <"$BIG")
MB=$(python3 -c "print(f'{$BIG_BYTES / 1048576:.0f}')")

bench_say "pmobench yaml: load and scan alternating, $ITERATIONS runs each, $BIG ($BIG_BYTES bytes)"
"$PMOBENCH" yaml --iterations "$ITERATIONS" --json "$BIG" >"$HF_DIR/pmobench-yaml.json"
read -r LOAD SCAN < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d["yaml-load"]["median_seconds"], d["yaml-scan"]["median_seconds"])' "$HF_DIR/pmobench-yaml.json")
RSS=$(bench_rss "$PMOBENCH" yaml-load --iterations 1 "$BIG")
PERCENT=$(python3 -c "print(f'{100 * $SCAN / $LOAD:.0f}')")
bench_row workload="YAML load, $MB MB (in process, CPU)" pmo="$LOAD" rss="$RSS" peer="libyaml event scan (floor)" \
    peer_s="$SCAN" kind=floor target="load ≥ 50% of scan speed (≤ 2.00× floor)" check="ratio <= 2.0" \
    note="PMOYAML at $PERCENT% of the bare libyaml scan's speed (node tree, positions, core schema, duplicate keys, limits)"

bench_say "PyYAML CSafeLoader on the same file"
if bench_peer pyyaml pyyaml && "$VENV/bin/python" -c 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 1)' 2>/dev/null; then
    PYYAML=$("$VENV/bin/python" - "$BIG" "${PYYAML_RUNS:-3}" <<'PY'
import statistics, sys, time
import yaml
data = open(sys.argv[1], "rb").read()
yaml.load(data, Loader=yaml.CSafeLoader)
samples = []
for _ in range(int(sys.argv[2])):
    start = time.thread_time()
    yaml.load(data, Loader=yaml.CSafeLoader)
    samples.append(time.thread_time() - start)
print(statistics.median(samples))
PY
)
    bench_row workload="YAML load, $MB MB (in process, CPU)" pmo="$LOAD" rss="$RSS" peer="$(bench_peer_status pyyaml) CSafeLoader" \
        peer_s="$PYYAML" kind=speedup target="—" note="PyYAML: libyaml parser + Python objects, median of ${PYYAML_RUNS:-3} loads"
else
    [ -f "$BENCH_DIR/peers/pyyaml.failed" ] || echo "PyYAML installed without libyaml: yaml.CSafeLoader is missing" >"$BENCH_DIR/peers/pyyaml.failed"
    bench_row workload="YAML load, $MB MB (in process, CPU)" pmo="$LOAD" rss="$RSS" peer="$(bench_peer_status pyyaml)" target="—"
fi
bench_done
