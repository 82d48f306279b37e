#!/usr/bin/env bash
# `make bench`: pmo against its floors and its peers, measured in the same run (issue 8, parts 4 and 5).
#
#   yaml      PMOYAML load vs a bare libyaml scan (the floor) and PyYAML's CSafeLoader, in process, 20 MB
#   validate  `pmo validate` of 1,000 documents vs yamlscan (the floor), yamllint and check-jsonschema
#             (against the schemas `pmo schema` exports) on the same files; the memory gate
#   new       `pmo new` vs cookiecutter and copier on the same template
#   lint      `pmo lint` of 200 files × 100 rules
#   drift     `pmo drift` of one project, `--fleet` of 1,000 projects, `pmo update`
#   publish   `pmo publish` vs Hugo and MkDocs on the same 1,000 pages; the search index size
#   server    pmo-server ingest (8 clients) and GET /api/v1/projects p95 at 10,000 × 30, SQLite and PostgreSQL
#
# Prints one table at the end and writes it to $BENCH_DIR/report.md and report.json
# (`make bench-readme` copies the table into README.md). Peers are installed from PyPI, each on
# its own, into $BENCH_DIR/venv; a peer that fails to install is a row that says so.
# Exits 1, loudly, when `pmo validate`'s peak RSS exceeds 10× its input bytes (the memory gate);
# or when a workload script stops with an error (its row says ERROR); other missed targets are
# reported as MISSED (STRICT=1 makes them fail the run too).
#
# Environment: BENCH_DIR (default .build/bench), SCRATCH (default .build), BENCH_GROUPS (default: all,
#              e.g. BENCH_GROUPS="yaml validate"), RUNS (default 10; slow peers use fewer), SEED.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/bench-lib.sh
. scripts/bench-lib.sh

BENCH_GROUPS=${BENCH_GROUPS:-yaml validate new lint drift publish server}

bench_tools
bench_binaries
export BENCH_DIR PMO PMOBENCH YAMLSCAN
export BENCH_PARENT=1  # the scripts leave the table to the report below
rm -f "$ROWS_DIR"/*.jsonl

for group in $BENCH_GROUPS; do
    bench_say "scripts/bench-$group.sh"
    if "scripts/bench-$group.sh"; then continue; else code=$?; fi
    echo "bench: scripts/bench-$group.sh stopped with exit status $code; its rows may be incomplete" >&2
    BENCH_GROUP=$group bench_row workload="scripts/bench-$group.sh" \
        error="stopped with exit status $code before finishing its rows (see the output above)"
done

bench_say "report"
exec python3 scripts/bench-report.py "$BENCH_DIR"
