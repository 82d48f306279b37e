# Shared by the scripts/bench*.sh scripts (sourced, not run).
#
# Every workload script measures with hyperfine (medians), takes pmo's peak RSS with
# `/usr/bin/time -v`, and appends its rows to $BENCH_DIR/rows/GROUP.jsonl with bench_row;
# scripts/bench-report.py turns the rows into the table, report.md and report.json.
#
# Needs: ROOT (repository root). Sets: BENCH_DIR, VENV, ROWS_DIR.
# shellcheck shell=bash

BENCH_DIR=${BENCH_DIR:-$ROOT/.build/bench}
case "$BENCH_DIR" in /*) ;; *) BENCH_DIR="$ROOT/$BENCH_DIR" ;; esac
VENV="$BENCH_DIR/venv"
ROWS_DIR="$BENCH_DIR/rows"
HF_DIR="$BENCH_DIR/hyperfine"
mkdir -p "$ROWS_DIR" "$HF_DIR" "$BENCH_DIR/peers"

# A path as the report shows it: relative to the repository when inside it, so that no report,
# README table or log line names a folder of the machine the bench ran on.
shown_path() {
    case "$1" in "$ROOT"/*) echo "${1#"$ROOT"/}" ;; *) echo "$1" ;; esac
}

bench_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs what the bench needs from Debian when it is missing (hyperfine, GNU time).
bench_tools() {
    command -v hyperfine >/dev/null 2>&1 || apt-get install -y hyperfine >/dev/null 2>&1 ||
        { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1; } ||
        { echo "bench: hyperfine is needed (apt-get install hyperfine failed)" >&2; return 1; }
    dpkg -s time >/dev/null 2>&1 || apt-get install -y time >/dev/null 2>&1 ||
        { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; } ||
        { echo "bench: GNU time is needed for peak RSS (apt-get install time failed)" >&2; return 1; }
}

# bench_group NAME: the rows file this script writes, emptied.
bench_group() {
    BENCH_GROUP=$1
    : >"$ROWS_DIR/$BENCH_GROUP.jsonl"
}

# bench_peer NAME PIP-SPEC: installs one peer from PyPI into the shared venv (each peer on its
# own, so that one failure does not take the others with it). Returns 1 when it cannot be
# installed, with the reason in $BENCH_DIR/peers/NAME.failed; bench_peer_status prints it.
bench_peer() {
    local name=$1 spec=$2 log="$BENCH_DIR/peers/$1.log"
    rm -f "$BENCH_DIR/peers/$name.failed"
    if [ -f "$BENCH_DIR/peers/$name.ok" ]; then return 0; fi
    if [ ! -x "$VENV/bin/python" ] && ! python3 -m venv "$VENV" >"$log" 2>&1; then
        echo "python3 -m venv failed: $(tail -1 "$log")" >"$BENCH_DIR/peers/$name.failed"
        return 1
    fi
    if "$VENV/bin/pip" install --quiet --disable-pip-version-check "$spec" >"$log" 2>&1; then
        "$VENV/bin/pip" show "${spec%%[<>=]*}" 2>/dev/null | awk '/^Version:/ {print $2}' >"$BENCH_DIR/peers/$name.ok"
        return 0
    fi
    echo "pip install $spec failed: $(grep -E 'ERROR|error' "$log" | tail -1 | cut -c1-160)" >"$BENCH_DIR/peers/$name.failed"
    return 1
}

# The peer's version, or "failed to install: REASON".
bench_peer_status() {
    if [ -f "$BENCH_DIR/peers/$1.failed" ]; then
        echo "peer failed to install: $(cat "$BENCH_DIR/peers/$1.failed")"
    elif [ -f "$BENCH_DIR/peers/$1.ok" ]; then
        echo "$1 $(cat "$BENCH_DIR/peers/$1.ok")"
    else
        echo "$1"
    fi
}

# bench_time NAME RUNS WARMUP COMMAND [HYPERFINE-OPTION...]: median wall seconds of RUNS runs.
# COMMAND is one string; it runs through the shell only when it or an option needs one.
# A non-zero exit is accepted (-i): linters exit 1 on findings. Prints nothing when hyperfine fails.
bench_time() {
    local name=$1 runs=$2 warmup=$3 command=$4 out="$HF_DIR/$1.json"
    shift 4
    # Without a shell (-N) hyperfine also splits --prepare into words: `rm -rf a && cp -R b a`
    # would remove b. So any shell syntax, in the command or in an option, brings the shell.
    local shell=(-N)
    case "$command $*" in *'>'* | *'|'* | *'&&'* | *';'*) shell=() ;; esac
    if hyperfine --style none --warmup "$warmup" --runs "$runs" "${shell[@]}" -i --export-json "$out" \
        "$@" -n "$name" -- "$command" >"$HF_DIR/$name.log" 2>&1; then
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$out"
    else
        echo "bench: hyperfine failed for $name (see $HF_DIR/$name.log)" >&2
        tail -5 "$HF_DIR/$name.log" >&2
    fi
}

# bench_rss COMMAND...: peak resident set size in bytes of one run (`/usr/bin/time -v`).
bench_rss() {
    local report="$HF_DIR/rss.txt"
    /usr/bin/time -v -o "$report" "$@" >/dev/null 2>&1 || true
    awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2 * 1024}' "$report"
}

# bench_row KEY=VALUE...: appends one row. Keys: workload, pmo (s), rss (bytes), peer, peer_s,
# kind (speedup: peer/pmo; floor: pmo/peer), value, value_text, target, check (repeatable,
# "pmo <= 0.05", "ratio >= 10", "value <= 10"; names: pmo, peer_s, ratio, value), gate, note.
bench_row() {
    python3 "$ROOT/scripts/bench-row.py" "$ROWS_DIR/$BENCH_GROUP.jsonl" "$@"
}

# Builds the release binaries into $SCRATCH (default .build, as `make release`) unless PMO is set,
# and sets PMO, PMOBENCH and YAMLSCAN to absolute paths.
bench_binaries() {
    if [ -n "${PMO:-}" ] && [ -n "${PMOBENCH:-}" ] && [ -n "${YAMLSCAN:-}" ]; then return 0; fi
    local scratch=${SCRATCH:-$ROOT/.build} swift=${SWIFT:-swift} product
    # The same link flags as `make release` (a fixed-address static binary on Linux).
    local link=()
    [ "$(uname -s)" = Linux ] && link=(-Xlinker -no-pie)
    for product in pmo yamlscan pmobench; do
        bench_say "swift build -c release --product $product"
        "$swift" build -c release --static-swift-stdlib "${link[@]}" --scratch-path "$scratch" --product "$product" \
            >"$BENCH_DIR/build-$product.log" 2>&1 ||
            { echo "bench: building $product failed (see $(shown_path "$BENCH_DIR/build-$product.log"))" >&2; tail -20 "$BENCH_DIR/build-$product.log" >&2; return 1; }
    done
    local bin
    bin=$(cd "$ROOT" && "$swift" build -c release --static-swift-stdlib "${link[@]}" --scratch-path "$scratch" --show-bin-path)
    export PMO="$bin/pmo" PMOBENCH="$bin/pmobench" YAMLSCAN="$bin/yamlscan"
}

# The deterministic corpus (scripts/gen-corpus.py): $BENCH_DIR/catalog (1,000 documents) and big.yaml (20 MB).
bench_corpus() {
    CATALOG="$BENCH_DIR/catalog"
    BIG="$BENCH_DIR/big.yaml"
    if [ ! -f "$CATALOG/catalog/catalog.yaml" ] || [ ! -f "$BIG" ]; then
        bench_say "generating the corpus under $BENCH_DIR (seed ${SEED:-20261127})"
        python3 "$ROOT/scripts/gen-corpus.py" "$BENCH_DIR" --seed "${SEED:-20261127}" >&2
    fi
}

# Run alone, a script prints its own rows; under scripts/bench.sh the one report prints them all.
bench_done() {
    [ -n "${BENCH_PARENT:-}" ] || python3 "$ROOT/scripts/bench-report.py" "$BENCH_DIR" "$BENCH_GROUP"
}
