#!/usr/bin/env bash
# Benchmark `pmo new` against cookiecutter and copier on the same 15-file project template.
#
# Builds pmo in release mode, installs cookiecutter and copier from PyPI into a venv under
# the build folder, converts standards/templates/standard-project into an equivalent
# cookiecutter template and copier template (same files, same variables, same conditional
# file), and times one generation of each with hyperfine in the same run (process start
# included). Prints the medians and the ratios, and fails when pmo takes more than 50 ms
# or is less than 10x faster than either tool.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-.build}
BENCH="$ROOT/$BUILD_DIR/bench"
VENV="$BENCH/venv"
WORK="$BENCH/new"
RUNS=${RUNS:-30}

command -v hyperfine >/dev/null || { apt-get install -y hyperfine || (apt-get update && apt-get install -y hyperfine); }

if [ -z "${PMO:-}" ]; then
  swift build -c release --static-swift-stdlib --product pmo --scratch-path "$BUILD_DIR" >/dev/null
  PMO="$ROOT/$BUILD_DIR/release/pmo"
fi

if [ ! -x "$VENV/bin/cookiecutter" ] || [ ! -x "$VENV/bin/copier" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check cookiecutter copier
fi

rm -rf "$WORK" && mkdir -p "$WORK/out"
# Convert the standard template into cookiecutter and copier templates with the same content.
"$VENV/bin/python" - "$ROOT/standards/templates/standard-project" "$WORK" <<'PY'
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
hyperfine --warmup 3 --runs "$RUNS" --export-json "$WORK/results.json" -N \
  --prepare "rm -rf $OUT/pmo" --prepare "rm -rf $OUT/cc" --prepare "rm -rf $OUT/copier" \
  -n pmo "$PMO new standard-project $OUT/pmo --catalog $ROOT --no-input $SETS" \
  -n cookiecutter "$VENV/bin/cookiecutter --no-input -o $OUT/cc $WORK/cookiecutter" \
  -n copier "$VENV/bin/copier copy --defaults --quiet $WORK/copier $OUT/copier" >/dev/null

"$VENV/bin/python" - "$WORK/results.json" "$OUT" <<'PY'
import json, os, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
out = sys.argv[2]
count = lambda d: sum(len(fs) for _, _, fs in os.walk(d))
pmo = results["pmo"]["median"] * 1000
print("one generation of the standard project template (median of %d runs, process start included):" % len(results["pmo"]["times"]))
print("  pmo new       %7.1f ms" % pmo)
failed = False
for name in ("cookiecutter", "copier"):
    ms = results[name]["median"] * 1000
    ratio = ms / pmo
    print("  %-12s  %7.1f ms   pmo is %.1fx faster" % (name, ms, ratio))
    failed |= ratio < 10
print("files written: pmo %d (incl. .pmo/), cookiecutter %d, copier %d" % (count(out + "/pmo"), count(out + "/cc"), count(out + "/copier")))
if pmo > 50: print("FAIL: pmo new took more than 50 ms"); failed = True
if failed: print("FAIL: pmo is less than 10x faster than cookiecutter or copier"); sys.exit(1)
print("ok: pmo new <= 50 ms and >= 10x faster than both")
PY
