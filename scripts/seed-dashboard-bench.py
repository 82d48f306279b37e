#!/usr/bin/env python3
"""Fills a migrated pmo-server SQLite store with PROJECTS projects x REPORTS reports each, for the dashboard bench.

  scripts/seed-dashboard-bench.py STORE.db [PROJECTS] [REPORTS]
  scripts/seed-dashboard-bench.py --copy STORE.db | psql -q POSTGRES_URL

Start `pmo-server --database sqlite:STORE.db` once first (it migrates), stop it, then run this. Reports are
written straight into the tables in one transaction (as the server would store them, canonical JSON with
sorted keys), one a day back from now, so history and burn-ups have something to show. With --copy, the
reports, projects and templates of a seeded SQLite store are printed as PostgreSQL COPY input, for a
PostgreSQL store the server has migrated: both stores then hold the same rows.
"""
import json, random, sqlite3, sys, time, hashlib

def copy_text(value):
    if value is None:
        return "\\N"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

if sys.argv[1] == "--copy":
    source = sqlite3.connect(sys.argv[2])
    out = sys.stdout
    out.write("BEGIN;\n")
    for table, columns in [("reports", "id, project_id, digest, received_at, generated_at, body, lint_errors, lint_warnings, "
                                       "versions_behind, checklist_done, checklist_total"),
                           ("projects", "id, name, owner, phase, templates, report_id, received_at, generated_at, summary, versions_behind"),
                           ("project_templates", "project_id, position, template, version, versions_behind")]:
        out.write(f"COPY {table} ({columns}) FROM STDIN;\n")
        for row in source.execute(f"SELECT {columns} FROM {table}"):
            out.write("\t".join(copy_text(value) for value in row) + "\n")
        out.write("\\.\n")
    out.write("SELECT setval(pg_get_serial_sequence('reports', 'id'), (SELECT MAX(id) FROM reports));\nCOMMIT;\nANALYZE;\n")
    sys.exit(0)

path = sys.argv[1]
projects = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
reports = int(sys.argv[3]) if len(sys.argv) > 3 else 30
rng = random.Random(14)
now = int(time.time() * 1000)
day = 86_400_000
owners = [f"team-{i:02d}" for i in range(40)]
phases = ["planning", "execution", "closing"]
versions = ["2.0.0", "2.1.0", "2.2.0"]

def report(pid, owner, phase, version, errors, done, serial, stamp):
    behind = versions[::-1].index(version) if version in versions else 0
    findings = [{"column": 1, "file": "docs/charter.md", "line": i + 1, "message": "（記入してください）が残っています",
                 "rule": "project-standard/charter-no-placeholder", "severity": "error"} for i in range(errors)]
    changes = [{"changes": f"変更 {v}", "date": "2026-11-01", "version": v} for v in versions[versions.index(version) + 1:]]
    summary = {"checklistDone": done, "checklistTotal": 20, "deletedFiles": 0, "lintErrors": errors, "lintWarnings": serial % 4,
               "modifiedFiles": 1, "versionsBehind": behind, "waiversExpiringSoon": 1 if serial % 50 == 0 else 0}
    body = {"apiVersion": "pmo/report/v1", "generatedAt": stamp,
            "project": {"id": pid, "name": f"プロジェクト {pid}", "owner": owner, "phase": phase},
            "catalog": {"name": "company", "version": "1.0.0"}, "pmo": {"version": "0.1.0"},
            "templates": [{"currentVersion": versions[-1], "deletedFiles": [], "managedFiles": 8, "missedChanges": changes,
                           "missingFromCatalog": False, "modifiedFiles": ["docs/charter.md"], "name": "standard-project",
                           "version": version, "versionsBehind": behind}],
            "lint": {"errors": errors, "findings": findings, "infos": 0, "total": errors, "truncated": False, "warnings": serial % 4},
            "waivers": [], "checklists": [{"done": done, "name": "kickoff", "phases": [{"done": done, "id": "planning", "title": "計画", "total": 20}],
                                           "title": "キックオフ", "total": 20, "version": "1.0.0"}],
            "summary": summary}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text, summary, behind

db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode = WAL")
with db:
    for p in range(projects):
        pid = f"prj-{p:05d}"
        owner, phase = rng.choice(owners), rng.choice(phases)
        version = versions[0]
        errors = rng.randint(0, 4)
        done = 0
        last = None
        for r in range(reports):
            if rng.random() < 0.05 and version != versions[-1]:
                version = versions[versions.index(version) + 1]
            errors = max(0, errors - (1 if rng.random() < 0.2 else 0))
            done = min(20, done + rng.randint(0, 1))
            received = now - (reports - 1 - r) * day - rng.randint(0, 3_600_000) - (20 * day if p % 97 == 0 else 0)
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(received // 1000))
            text, summary, behind = report(pid, owner, phase, version, errors, done, p + r, stamp)
            cur = db.execute("""INSERT INTO reports (project_id, digest, received_at, generated_at, body, lint_errors, lint_warnings,
                                versions_behind, checklist_done, checklist_total) VALUES (?,?,?,?,?,?,?,?,?,?)""",
                             (pid, hashlib.sha256(text.encode()).hexdigest(), received, stamp, text, errors,
                              summary["lintWarnings"], behind, done, 20))
            last = (cur.lastrowid, received, stamp, summary, behind, version)
        rid, received, stamp, summary, behind, version = last
        db.execute("""INSERT INTO projects (id, name, owner, phase, templates, report_id, received_at, generated_at, summary, versions_behind)
                      VALUES (?,?,?,?,?,?,?,?,?,?)""",
                   (pid, f"プロジェクト {pid}", owner, phase, f"standard-project@{version}", rid, received, stamp,
                    json.dumps(summary, sort_keys=True, separators=(",", ":")), behind))
        db.execute("INSERT INTO project_templates (project_id, position, template, version, versions_behind) VALUES (?,?,?,?,?)",
                   (pid, 0, "standard-project", version, behind))
print(f"seeded {projects} projects x {reports} reports into {path}")
