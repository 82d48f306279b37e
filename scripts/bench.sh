#!/usr/bin/env bash
# `make bench`: pmo's performance against a floor measured in the same run (issue 3 "Performance").
#
#   yaml-load vs yaml-scan    PMOYAML loading the ~20 MB file vs a bare libyaml event pull
#                             (in process, bytes already in memory; target: load ≥ 50% of the scan throughput)
#   validate vs yamlscan      `pmo validate` of the 1,000-document catalog vs yamlscan over the same files
#                             (whole processes; target ≤ 3× and under 1 s wall)
#   validate peak RSS         `/usr/bin/time -v` maximum resident set vs the catalog's bytes (target ≤ 10×)
#
# Prints one table and writes it to $BENCH_DIR/report.md and report.json. Exits 1 when a
# measured workload misses its target; a workload that cannot run yet is reported as SKIP.
#
# Environment: BENCH_DIR (default .build/bench), SCRATCH (default .build-bench),
#              RUNS (default 10), YAML_ITERATIONS (default 7), SEED (default 20261127).
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-.build/bench}
SCRATCH=${SCRATCH:-.build-bench}
RUNS=${RUNS:-10}
YAML_ITERATIONS=${YAML_ITERATIONS:-7}
SEED=${SEED:-20261127}
SWIFT=${SWIFT:-swift}
ROWS="$BENCH_DIR/rows.tsv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# --- build -------------------------------------------------------------------------------------
say "building release binaries in $SCRATCH"
built_all=1
mkdir -p "$SCRATCH"
for product in pmobench yamlscan pmo; do
    if ! "$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product "$product" >"$SCRATCH/build-$product.log" 2>&1; then
        echo "bench: building $product failed (see $SCRATCH/build-$product.log)" >&2
        built_all=0
    fi
done
BIN=$("$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)
PMOBENCH="$BIN/pmobench"
YAMLSCAN="$BIN/yamlscan"
PMO="$BIN/pmo"
[ -x "$PMOBENCH" ] && [ -x "$YAMLSCAN" ] || { echo "bench: pmobench and yamlscan are needed; fix the build first" >&2; exit 2; }

# --- corpus ------------------------------------------------------------------------------------
mkdir -p "$BENCH_DIR"
CATALOG="$BENCH_DIR/catalog"
BIG="$BENCH_DIR/big.yaml"
if [ ! -f "$CATALOG/catalog/catalog.yaml" ] || [ ! -f "$BIG" ]; then
    say "generating the corpus under $BENCH_DIR (seed $SEED)"
    python3 scripts/gen-corpus.py "$BENCH_DIR" --seed "$SEED"
fi
mapfile -t DOCS < <(cd "$CATALOG" && find catalog standards -name '*.yaml' -not -path '*/files/*' | sort)
INPUT_BYTES=$(find "$CATALOG" -type f -print0 | xargs -0 cat | wc -c)
BIG_BYTES=$(wc -c <"$BIG")

: >"$ROWS"
# workload, pmo median (s), floor median (s), ratio, target text, target max, unit, note
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$ROWS"; }

# --- YAML: load vs scan, in process ------------------------------------------------------------
say "pmobench yaml (${YAML_ITERATIONS} alternating runs each) on $BIG ($BIG_BYTES bytes)"
YAML_JSON=$("$PMOBENCH" yaml --iterations "$YAML_ITERATIONS" --json "$BIG")
read -r LOAD SCAN PERCENT < <(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
print(d["yaml-load"]["median_seconds"], d["yaml-scan"]["median_seconds"], d["throughput_percent"])' "$YAML_JSON")
RATIO=$(python3 -c "print($LOAD / $SCAN)")
row "YAML load vs libyaml scan (20 MB, in process)" "$LOAD" "$SCAN" "$RATIO" "≤ 2.00× (load ≥ 50% of scan throughput)" 2.0 s \
    "PMOYAML at $(printf '%.1f' "$PERCENT")% of the scan throughput"

# --- pmo validate ------------------------------------------------------------------------------
time_runs() {  # time_runs OUTFILE NAME CMD...: median wall seconds of RUNS runs (after one warm-up)
    local out=$1 name=$2; shift 2
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style basic --warmup 1 --runs "$RUNS" -N -i --export-json "$out" -n "$name" -- "$(printf '%q ' "$@")" >&2
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$out"
    else
        "$@" >/dev/null 2>&1 || true
        local samples=()
        for _ in $(seq "$RUNS"); do
            local t0 t1
            t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
            samples+=("$((t1 - t0))")
        done
        python3 -c 'import statistics,sys; print(statistics.median(int(x) for x in sys.argv[1:]) / 1e9)' "${samples[@]}"
    fi
}

if ! command -v hyperfine >/dev/null 2>&1; then
    (apt-get install -y hyperfine >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1)) \
        || echo "bench: hyperfine not available; timing with a date +%s%N loop" >&2
fi
if [ ! -x /usr/bin/time ]; then
    (apt-get install -y time >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1)) || true
fi

if [ -x "$PMO" ] && "$PMO" validate --help >/dev/null 2>&1; then
    ABS_PMO=$(cd "$(dirname "$PMO")" && pwd)/pmo
    ABS_SCAN=$(cd "$(dirname "$YAMLSCAN")" && pwd)/yamlscan
    ABS_OUT=$(cd "$BENCH_DIR" && pwd)
    say "pmo validate --catalog $CATALOG (${#DOCS[@]} documents, $INPUT_BYTES bytes)"
    if (cd "$CATALOG" && "$ABS_PMO" validate --catalog . >"$ABS_OUT/validate.out" 2>&1); then
        VALID=1
    else
        VALID=0
        echo "bench: pmo validate reports problems in the generated catalog (first lines of $BENCH_DIR/validate.out):" >&2
        head -20 "$BENCH_DIR/validate.out" >&2
    fi
    VALIDATE=$(cd "$CATALOG" && time_runs "$ABS_OUT/validate.json" "pmo validate" "$ABS_PMO" validate --catalog .)
    FLOOR=$(cd "$CATALOG" && time_runs "$ABS_OUT/yamlscan.json" "yamlscan (${#DOCS[@]} files)" "$ABS_SCAN" "${DOCS[@]}")
    NOTE=$([ "$VALID" = 1 ] && echo "catalog valid" || echo "pmo validate exited non-zero on the corpus")
    row "pmo validate vs yamlscan (${#DOCS[@]} files)" "$VALIDATE" "$FLOOR" "$(python3 -c "print($VALIDATE / $FLOOR)")" "≤ 3.00×" 3.0 s "$NOTE"
    row "pmo validate wall time (${#DOCS[@]} documents)" "$VALIDATE" "" "$VALIDATE" "< 1 s" 1.0 s "absolute"
    RSS_KB=$( (cd "$CATALOG" && /usr/bin/time -v "$ABS_PMO" validate --catalog . 2>&1 >/dev/null) | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
    if [ -n "$RSS_KB" ]; then
        RSS=$((RSS_KB * 1024))
        BASE_KB=$( (/usr/bin/time -v "$ABS_PMO" --version 2>&1 >/dev/null) | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
        BASE=$((BASE_KB * 1024))
        row "pmo validate peak RSS vs input bytes" "$RSS" "$INPUT_BYTES" "$(python3 -c "print($RSS / $INPUT_BYTES)")" "≤ 10×" 10.0 B "input = every file under the catalog folder"
        row "pmo validate RSS above process start vs input bytes" "$((RSS - BASE))" "$INPUT_BYTES" "$(python3 -c "print(($RSS - $BASE) / $INPUT_BYTES)")" "≤ 10×" 10.0 B "process start (pmo --version) alone: $((BASE / 1048576)) MiB"
    else
        row "pmo validate peak RSS vs input bytes" "" "" "" "≤ 10×" "" B "SKIP: /usr/bin/time -v not available"
    fi
else
    echo "bench: pmo validate not available yet$([ "$built_all" = 0 ] && echo " (the pmo build failed)"); skipping the catalog workloads" >&2
    row "pmo validate vs yamlscan (${#DOCS[@]} files)" "" "" "" "≤ 3.00×" "" s "SKIP: pmo validate not available yet"
    row "pmo validate wall time (${#DOCS[@]} documents)" "" "" "" "< 1 s" "" s "SKIP: pmo validate not available yet"
    row "pmo validate peak RSS vs input bytes" "" "" "" "≤ 10×" "" B "SKIP: pmo validate not available yet"
fi

# --- the peers: pmo new vs cookiecutter/copier, publish vs Hugo, drift/update ---------------------
# Each script prints its own table; its exit status becomes a row, its text goes into the report.
if [ -x "$PMO" ] && [ "${SKIP_PEERS:-0}" != 1 ]; then
    ABS_PMO=$(cd "$(dirname "$PMO")" && pwd)/pmo
    for peer in new publish drift; do
        say "scripts/bench-$peer.sh"
        if PMO="$ABS_PMO" RUNS="${PEER_RUNS:-10}" scripts/bench-$peer.sh >"$BENCH_DIR/peer-$peer.txt" 2>&1; then status=0; else status=$?; fi
        cat "$BENCH_DIR/peer-$peer.txt" >&2
        row "scripts/bench-$peer.sh (see peer-$peer.txt)" "" "" "$status" "all its targets met" 0 s "exit status $status"
    done
fi

# --- report ------------------------------------------------------------------------------------
python3 - "$ROWS" "$BENCH_DIR" <<'PY'
import json, os, sys, datetime, platform
rows_path, out = sys.argv[1], sys.argv[2]

def fmt(value, unit):
    if value == "":
        return "-"
    v = float(value)
    if unit == "B":
        return f"{v / 1048576:.1f} MiB"
    return f"{v * 1000:.1f} ms"

rows, failed = [], False
for line in open(rows_path, encoding="utf-8"):
    name, pmo, floor, ratio, target, limit, unit, note = line.rstrip("\n").split("\t")
    if ratio == "" or limit == "":
        result = "SKIP"
    else:
        result = "PASS" if float(ratio) <= float(limit) else "FAIL"
    failed |= result == "FAIL"
    rows.append({
        "workload": name, "pmo": float(pmo) if pmo else None, "floor": float(floor) if floor else None,
        "ratio": float(ratio) if ratio else None, "target": target, "limit": float(limit) if limit else None,
        "unit": "seconds" if unit == "s" else "bytes", "result": result, "note": note,
        "pmo_text": fmt(pmo, unit), "floor_text": fmt(floor, unit),
        "ratio_text": "-" if not ratio else (f"exit {ratio}" if name.startswith("scripts/") else f"{float(ratio):.2f} s" if floor == "" else f"{float(ratio):.2f}×"),
    })

headers = ["workload", "pmo median", "floor median", "ratio", "target", "result"]
table = [[r["workload"], r["pmo_text"], r["floor_text"], r["ratio_text"], r["target"], r["result"]] for r in rows]
widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(headers)]
line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
print()
print(line(headers))
print(line(["-" * w for w in widths]))
for t in table:
    print(line(t))
for r in rows:
    if r["note"]:
        print(f"  {r['workload']}: {r['note']}")

stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
md = [f"# pmo benchmark ({stamp}, {platform.machine()}, {os.cpu_count()} cores)", "",
      "| " + " | ".join(headers) + " |", "|" + "|".join(["---"] * len(headers)) + "|"]
md += ["| " + " | ".join(t) + " |" for t in table]
md += [""] + [f"- {r['workload']}: {r['note']}" for r in rows if r["note"]]
for peer in ("new", "publish", "drift"):
    path = os.path.join(out, f"peer-{peer}.txt")
    if os.path.exists(path):
        md += ["", f"## scripts/bench-{peer}.sh", "", "```", open(path, encoding="utf-8").read().rstrip(), "```"]
with open(os.path.join(out, "report.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(md) + "\n")
with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as f:
    json.dump({"generated": stamp, "cores": os.cpu_count(), "workloads": [
        {k: v for k, v in r.items() if not k.endswith("_text")} for r in rows]}, f, ensure_ascii=False, indent=2)
print(f"\nreport: {out}/report.md, {out}/report.json")
sys.exit(1 if failed else 0)
PY
