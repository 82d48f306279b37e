#!/usr/bin/env bash
# `pmo validate` of the generated 1,000-document catalog, against, on the same files:
#   yamlscan           a bare libyaml event scan of each file (the floor)   target: < 1 s and ≤ 3× the floor
#   yamllint           default rules                                        for comparison
#   check-jsonschema   against the JSON Schema `pmo schema` exports         for comparison
# and the memory gate: `pmo validate`'s peak RSS ≤ 10× the bytes of the catalog folder (every file
# under it, page bodies and template files included), which fails `make bench` when missed.
# Usage: scripts/bench-validate.sh   (RUNS=10, PEER_RUNS=3; PMO/PMOBENCH/YAMLSCAN skip the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bench-lib.sh
. "$ROOT/scripts/bench-lib.sh"
bench_tools
bench_binaries
bench_corpus
bench_group validate
RUNS=${RUNS:-10}
PEER_RUNS=${PEER_RUNS:-3}

cd "$CATALOG"
mapfile -t DOCS < <(find catalog standards -name '*.yaml' -not -path '*/files/*' | sort)
N=${#DOCS[@]}
INPUT_BYTES=$(find . -type f -print0 | xargs -0 cat | wc -c)
FILES=$(printf '%q ' "${DOCS[@]}")
W="pmo validate, $N docs"

bench_say "pmo validate --catalog $CATALOG ($N documents, $INPUT_BYTES bytes in the folder)"
if "$PMO" validate --catalog . >"$BENCH_DIR/validate.out" 2>&1; then
    VALID="the catalog is valid"
else
    VALID="pmo validate exited non-zero on the corpus (see $BENCH_DIR/validate.out)"
    echo "bench: $VALID:" >&2
    head -20 "$BENCH_DIR/validate.out" >&2
fi
PMO_S=$(bench_time validate-pmo "$RUNS" 1 "$PMO validate --catalog .")
FLOOR_S=$(bench_time validate-yamlscan "$RUNS" 1 "$YAMLSCAN $FILES")
RSS=$(bench_rss "$PMO" validate --catalog .)
bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="yamlscan: libyaml scan (floor)" peer_s="$FLOOR_S" kind=floor \
    target="< 1 s and ≤ 3× floor" check="pmo < 1.0" check="ratio <= 3.0" note="$VALID"

bench_say "yamllint on the same $N files"
if bench_peer yamllint yamllint; then
    "$VENV/bin/yamllint" -f parsable "${DOCS[@]}" >"$BENCH_DIR/yamllint.out" 2>&1 || true
    PEER_S=$(bench_time validate-yamllint "$PEER_RUNS" 1 "$VENV/bin/yamllint -f parsable $FILES")
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status yamllint)" peer_s="$PEER_S" kind=speedup target="—" \
        note="yamllint with its default rules found $(wc -l <"$BENCH_DIR/yamllint.out") problems (style; it checks no schema or reference)"
else
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status yamllint)" target="—"
fi

bench_say "check-jsonschema on the same $N files, against pmo schema"
"$PMO" schema --out "$BENCH_DIR/schemas" >/dev/null
SCHEMA="$BENCH_DIR/schemas/pmo.schema.json"
if bench_peer check-jsonschema check-jsonschema; then
    if "$VENV/bin/check-jsonschema" --schemafile "$SCHEMA" "${DOCS[@]}" >"$BENCH_DIR/check-jsonschema.out" 2>&1; then
        CJS="every file matches pmo's JSON Schema"
    else
        CJS="check-jsonschema reported problems (see $(shown_path "$BENCH_DIR/check-jsonschema.out")): $(grep -c -- '->' "$BENCH_DIR/check-jsonschema.out" || true) lines"
    fi
    PEER_S=$(bench_time validate-check-jsonschema "$PEER_RUNS" 1 "$VENV/bin/check-jsonschema --schemafile $SCHEMA $FILES")
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status check-jsonschema)" peer_s="$PEER_S" kind=speedup \
        target="—" note="$CJS; schema only (pmo also checks references, versions, policies and rule examples)"
else
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status check-jsonschema)" target="—"
fi

# The memory gate.
START_RSS=$(bench_rss "$PMO" --version)
python3 - "$RSS" "$INPUT_BYTES" "$START_RSS" "$N" >"$BENCH_DIR/memory.env" <<'PY'
import sys
rss, size, start, n = (float(x) for x in sys.argv[1:])
print(f"RATIO={rss / size}")
print(f"TEXT='{rss / size:.1f}× input'")
print(f"NOTE='peak {rss / 1048576:.1f} MiB for {size / 1048576:.2f} MiB of input ({int(n)} documents; every file under the "
      f"catalog folder); pmo --version alone peaks at {start / 1048576:.1f} MiB, so above process start: {(rss - start) / size:.1f}× input'")
PY
# shellcheck disable=SC1091
. "$BENCH_DIR/memory.env"
bench_row workload="pmo validate peak RSS ÷ input bytes" rss="$RSS" \
    peer="input: $(python3 -c "print(f'{$INPUT_BYTES / 1048576:.2f} MiB')")" value="$RATIO" value_text="$TEXT" \
    target="≤ 10× input bytes (gate)" check="value <= 10" gate=memory note="$NOTE"
bench_done
