#!/usr/bin/env bash
# `pmo new` against cookiecutter and copier on the same template (issue 8).
#
# Converts standards/templates/standard-project into an equivalent cookiecutter template and copier
# template (same files, same variables, same conditional file), installs both peers from PyPI into
# the bench venv (each on its own; a failure is a row that says so), and times one generation of
# each with hyperfine in the same run, process start included.
# Target: pmo new ≤ 50 ms and ≥ 10× faster than each peer.
# Usage: scripts/bench-new.sh   (RUNS=10; PMO/PMOBENCH/YAMLSCAN skip the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bench-lib.sh
. "$ROOT/scripts/bench-lib.sh"
bench_tools
bench_binaries
bench_group new
WORK="$BENCH_DIR/new"
RUNS=${RUNS:-10}

rm -rf "$WORK" && mkdir -p "$WORK/out"
# Convert the standard template into cookiecutter and copier templates with the same content.
python3 - "$ROOT/standards/templates/standard-project" "$WORK" <<'PY'
import json, os, re, sys
src, work = sys.argv[1], sys.argv[2]
values = {"project_name": "基幹システム刷新", "project_code": "KKS-001", "pm_name": "山田太郎", "sponsor": "事業責任者",
          "start_date": "2026-04-01", "release_date": "2026-09-30", "team_size": 5, "methodology": "agile",
          "outsourcing": False, "vendor_name": "委託先（未定）", "members": ["佐藤", "鈴木"]}
# The files of template.yaml, in order (a tiny reader: each "- source:" line and the following target/when).
files, current = [], None
for line in open(os.path.join(src, "template.yaml"), encoding="utf-8"):
    m = re.match(r"\s*- source: (\S+)", line)
    if m:
        current = {"source": m.group(1)}; files.append(current); continue
    m = re.match(r'\s*(target|when): "?([^"]+?)"?\s*$', line)
    if m and current is not None:
        current[m.group(1)] = m.group(2)
def jinja(text, prefix):
    text = re.sub(r"\{\{#members\}\}(.*?)\{\{/members\}\}", lambda m: "{%% for m in %smembers %%}%s{%% endfor %%}" % (prefix, m.group(1).replace("{{.}}", "{{ m }}")), text, flags=re.S)
    text = re.sub(r"\{\{#(\w+)\}\}", lambda m: "{%% if %s%s %%}" % (prefix, m.group(1)), text)
    text = re.sub(r"\{\{\^(\w+)\}\}", lambda m: "{%% if not %s%s %%}" % (prefix, m.group(1)), text)
    text = re.sub(r"\{\{/(\w+)\}\}", "{% endif %}", text)
    return re.sub(r"\{\{(\w+)\}\}", lambda m: "{{ %s%s }}" % (prefix, m.group(1)), text)
# cookiecutter: {{cookiecutter.project_slug}}/… plus a hook-free conditional file removal via the path itself.
cc = os.path.join(work, "cookiecutter")
root = os.path.join(cc, "{{cookiecutter.project_slug}}")
cp = os.path.join(work, "copier")
for f in files:
    text = open(os.path.join(src, "files", f["source"]), encoding="utf-8").read()
    target = f["target"]
    for base, prefix, path in ((root, "cookiecutter.", target), (cp, "", target)):
        rendered_path = jinja(path, prefix)
        if "when" in f:
            # Conditional file: cookiecutter and copier both skip a file whose rendered name is empty.
            head, _, name = rendered_path.rpartition("/")
            rendered_path = (head + "/" if head else "") + "{%% if %s%s %%}%s{%% endif %%}" % (prefix, f["when"], name)
        out = os.path.join(base, rendered_path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        open(out, "w", encoding="utf-8").write(jinja(text, prefix))
cc_values = dict(values, project_slug="proj")
json.dump(cc_values, open(os.path.join(cc, "cookiecutter.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
with open(os.path.join(cp, "copier.yml"), "w", encoding="utf-8") as y:
    y.write("_templates_suffix: \"\"\n")
    for k, v in values.items():
        y.write("%s:\n  type: %s\n  default: %s\n" % (k, {bool: "bool", int: "int", list: "yaml"}.get(type(v), "str"), json.dumps(v, ensure_ascii=False)))
print("templates: %d files each" % len(files))
PY

SETS="--set project_name=基幹システム刷新 --set project_code=KKS-001 --set pm_name=山田太郎 --set start_date=2026-04-01 --set release_date=2026-09-30 --set members=佐藤,鈴木"
OUT="$WORK/out"
W="pmo new, standard-project ($(find "$WORK/copier" -type f -not -name copier.yml | wc -l) files)"
TARGET="≤ 50 ms and ≥ 10× faster"

bench_say "pmo new ($RUNS runs)"
PMO_S=$(bench_time new-pmo "$RUNS" 3 "$PMO new standard-project $OUT/pmo --catalog $ROOT --no-input $SETS" --prepare "rm -rf $OUT/pmo")
rm -rf "$OUT/pmo"
# shellcheck disable=SC2086
RSS=$(bench_rss "$PMO" new standard-project "$OUT/pmo" --catalog "$ROOT" --no-input $SETS)
PMO_FILES=$(find "$OUT/pmo" -type f | wc -l)

for peer in cookiecutter copier; do
    bench_say "$peer ($RUNS runs)"
    if ! bench_peer "$peer" "$peer"; then
        bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status "$peer")" target="$TARGET" \
            check="pmo <= 0.05" check="ratio >= 10"
        continue
    fi
    case $peer in
        cookiecutter) command="$VENV/bin/cookiecutter --no-input -o $OUT/cookiecutter $WORK/cookiecutter" ;;
        copier) command="$VENV/bin/copier copy --defaults --quiet $WORK/copier $OUT/copier" ;;
    esac
    PEER_S=$(bench_time "new-$peer" "$RUNS" 3 "$command" --prepare "rm -rf $OUT/$peer")
    bench_row workload="$W" pmo="$PMO_S" rss="$RSS" peer="$(bench_peer_status "$peer")" peer_s="$PEER_S" kind=speedup \
        target="$TARGET" check="pmo <= 0.05" check="ratio >= 10" \
        note="files written: pmo $PMO_FILES (with .pmo/: lock, checklists), $peer $(find "$OUT/$peer" -type f | wc -l)"
done
bench_done
