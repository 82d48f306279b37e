#!/bin/bash
# The fuzz harnesses (Fuzz/, a package of their own) call this package's library products from
# outside, so they see only `public` declarations. Type-checks every harness against the debug
# build's modules without -package-name, as such a client: fails when something a harness calls
# was made `package`. Needs `swift build` first; much faster than building Fuzz/ with the fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=.build/debug/Modules
[ -d "$modules" ] || { echo "check-fuzz-api: build first (swift build)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf 'module FuzzDriver {\n  header "%s"\n  export *\n}\n' "$PWD/Fuzz/Harnesses/FuzzDriver/include/FuzzDriver.h" >"$scratch/module.modulemap"
failed=0
for harness in Fuzz/Harnesses/fuzz-*; do
    if ! output=$(swiftc -typecheck -parse-as-library -D PMO_FUZZ_HARNESS -I "$modules" \
        -Xcc -fmodule-map-file=Sources/CYAML/module.modulemap -Xcc -fmodule-map-file="$scratch/module.modulemap" \
        "$harness"/*.swift 2>&1); then
        echo "$output" | grep -E "error:" >&2 || echo "$output" >&2
        echo "check-fuzz-api: $harness calls something that is not public" >&2
        failed=1
    fi
done
[ "$failed" = 0 ] && echo "check-fuzz-api: $(ls -d Fuzz/Harnesses/fuzz-* | wc -l) harnesses see the public API they call"
exit "$failed"
