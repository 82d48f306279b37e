#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Fuzz/, a package of its own so `make test` never builds them)
# and runs each target for SECONDS with its seed corpus, one after the other.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (make fuzz SECONDS=N)
#
# Targets: yaml catalog expression template-path sanitizer merge markdown (default: all).
# New interesting inputs go to .build-fuzz/corpus/TARGET (not committed); an input that crashes,
# times out or runs out of memory is saved as Fuzz/regressions/TARGET/crash-… (or timeout-…, oom-…),
# which `make test` replays through the same check (Tests/*/FuzzRegressionTests.swift).
# Commit those files together with the fix. Exits 1 when any target found something.
set -euo pipefail

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(yaml catalog expression template-path sanitizer merge markdown)

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

cd "$root/Fuzz"
swift build "${flags[@]}"
bin=$(swift build "${flags[@]}" --show-bin-path)
cd "$root"

# Leak checks are off (libFuzzer's in-loop check and ASan's at exit): corelibs Foundation leaks one
# NSRegularExpression allocation for an invalid pattern, which would stop every run; -rss_limit_mb
# still catches an input that makes memory grow without bound.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

mkdir -p "$scratch/logs"
status=0
summary=""
for target in "${targets[@]}"; do
    [ -x "$bin/fuzz-$target" ] || { echo "fuzz.sh: no target '$target'" >&2; exit 2; }
    work="$scratch/corpus/$target"
    regressions="Fuzz/regressions/$target"
    log="$scratch/logs/$target.log"
    mkdir -p "$work" "$regressions"
    before=$(ls "$regressions" | wc -l)
    echo "== fuzz-$target for ${seconds}s (log: $log)"
    set +e
    "$bin/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$regressions/" \
        "$work" "Fuzz/corpus/$target" >"$log" 2>&1
    code=$?
    set -e
    after=$(ls "$regressions" | wc -l)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1 || true)
    found=$((after - before))
    echo "   exit $code, execs ${runs:-?}, new regression files $found"
    echo "   ${last:-no progress line}"
    summary+=$(printf '%-14s %6ss  execs %-10s %s  new crashes %s' "$target" "$seconds" "${runs:-?}" \
        "$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)" "$found")$'\n'
    if [ "$code" -ne 0 ] || [ "$found" -ne 0 ]; then
        status=1
        grep -E 'ERROR|Fatal error|SUMMARY' "$log" | head -5 || true
    fi
done
echo
echo "$summary"
exit $status
