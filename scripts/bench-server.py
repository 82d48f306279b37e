#!/usr/bin/env python3
"""Helpers of scripts/bench-server.sh (standard library only).

  bodies DIR PROJECTS...         one ~5 KB report template per project (body-N.json, @SERIAL@ in generatedAt)
  seed-sqlite DB N M             N projects x M reports straight into a migrated SQLite store
  seed-postgres N M              the same as COPY text on stdout (for psql)
  p95 URL TOKEN RUNS             GET URL RUNS times on one connection; prints p50 and p95 in ms
"""
import hashlib, http.client, json, sqlite3, sys, time, urllib.parse


def report(project, serial, errors=3, behind=1):
    findings = [{"column": 1, "file": "docs/01_charter.md", "line": i + 1, "message": "プロジェクト憲章に未記入の箇所（TBD）が残っています",
                 "rule": "project-standard/charter-no-placeholder", "severity": "error"} for i in range(errors)]
    findings += [{"message": "週次報告が 2 週間ありません", "rule": "project-standard/weekly-report", "severity": "warning"} for _ in range(26)]
    return {
        "apiVersion": "pmo/report/v1",
        "catalog": {"name": "company", "version": "1.0.0"},
        "checklists": [{"done": 7, "name": "kickoff", "phases": [{"done": 7, "id": "initiation", "title": "立ち上げ", "total": 15}],
                        "title": "キックオフ準備", "total": 15, "version": "1.0.0"}],
        "generatedAt": "2026-12-01T09:00:00.%sZ" % serial,
        "lint": {"errors": errors, "findings": findings, "infos": 0, "total": len(findings), "truncated": False, "warnings": 26},
        "pmo": {"version": "0.1.0"},
        "project": {"id": project, "name": "プロジェクト " + project, "owner": "team-%d" % (hash(project) % 20), "phase": "planning",
                    "repository": {"commit": "0" * 40, "url": "https://git.example/%s.git" % project}},
        "summary": {"checklistDone": 7, "checklistTotal": 15, "deletedFiles": 0, "lintErrors": errors, "lintWarnings": 26,
                    "modifiedFiles": 1, "versionsBehind": behind, "waiversExpiringSoon": 0},
        "templates": [{"currentVersion": "2.2.0", "deletedFiles": [], "managedFiles": 13,
                       "missedChanges": [{"changes": "品質計画に品質メトリクスの報告を追加", "date": "2026-11-01", "version": "2.2.0"}][:behind],
                       "missingFromCatalog": False, "modifiedFiles": ["docs/01_charter.md"], "name": "standard-project",
                       "version": "2.1.0" if behind else "2.2.0", "versionsBehind": behind}],
        "waivers": [],
    }


def canonical(doc):
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def bodies(folder, projects):
    for index, project in enumerate(projects, 1):
        open("%s/body-%d.json" % (folder, index), "w", encoding="utf-8").write(canonical(report(project, "@SERIAL@")))


def rows(n, m):
    """(project row, template row, report rows) for n projects with m reports each."""
    start = int(time.time() * 1000) - m * 86_400_000
    for p in range(n):
        project = "p%05d" % p
        for r in range(m):
            doc = report(project, "%09d" % r, errors=(p + r) % 5, behind=(p % 3 == 0) * 1)
            body = canonical(doc)
            yield ("report", (project, hashlib.sha256(body.encode()).hexdigest(), start + r * 86_400_000, doc["generatedAt"], body,
                              doc["summary"]["lintErrors"], 26, doc["summary"]["versionsBehind"], 7, 15))
        summary = canonical(doc["summary"])
        yield ("project", (project, doc["project"]["name"], doc["project"]["owner"], "planning",
                           "standard-project@" + doc["templates"][0]["version"], start + (m - 1) * 86_400_000, doc["generatedAt"],
                           summary, doc["summary"]["versionsBehind"]))
        yield ("template", (project, 0, "standard-project", doc["templates"][0]["version"], doc["summary"]["versionsBehind"]))


REPORT_COLUMNS = "project_id, digest, received_at, generated_at, body, lint_errors, lint_warnings, versions_behind, checklist_done, checklist_total"


def seed_sqlite(db, n, m):
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    cur = con.cursor()
    for kind, row in rows(n, m):
        if kind == "report":
            cur.execute("INSERT INTO reports (%s) VALUES (?,?,?,?,?,?,?,?,?,?)" % REPORT_COLUMNS, row)
            last = cur.lastrowid
        elif kind == "project":
            cur.execute("INSERT INTO projects (id, name, owner, phase, templates, report_id, received_at, generated_at, summary, versions_behind)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?)", row[:5] + (last,) + row[5:])
        else:
            cur.execute("INSERT INTO project_templates (project_id, position, template, version, versions_behind) VALUES (?,?,?,?,?)", row)
    con.commit()


def copy_escape(value):
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def seed_postgres(n, m):
    """psql script on stdout: reports with explicit ids, so projects can point at them."""
    out = sys.stdout
    report_id = 0
    projects, templates = [], []
    out.write("COPY reports (id, %s) FROM stdin;\n" % REPORT_COLUMNS)
    for kind, row in rows(n, m):
        if kind == "report":
            report_id += 1
            out.write("\t".join(copy_escape(v) for v in (report_id,) + row) + "\n")
        elif kind == "project":
            projects.append(row[:5] + (report_id,) + row[5:])
        else:
            templates.append(row)
    out.write("\\.\n")
    out.write("COPY projects (id, name, owner, phase, templates, report_id, received_at, generated_at, summary, versions_behind) FROM stdin;\n")
    for row in projects:
        out.write("\t".join(copy_escape(v) for v in row) + "\n")
    out.write("\\.\n")
    out.write("COPY project_templates (project_id, position, template, version, versions_behind) FROM stdin;\n")
    for row in templates:
        out.write("\t".join(copy_escape(v) for v in row) + "\n")
    out.write("\\.\n")
    out.write("SELECT setval(pg_get_serial_sequence('reports', 'id'), %d);\nANALYZE;\n" % report_id)


def p95(url, token, runs):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    path = parts.path + ("?" + parts.query if parts.query else "")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        connection.request("GET", path, headers={"Authorization": "Bearer " + token})
        response = connection.getresponse()
        body = response.read()
        times.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            sys.exit("GET %s: %d %s" % (path, response.status, body[:200]))
    times.sort()
    print("%.2f %.2f %d" % (times[len(times) // 2], times[int(len(times) * 0.95) - 1], len(json.loads(body)["projects"])))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "bodies":
        bodies(sys.argv[2], sys.argv[3:])
    elif command == "seed-sqlite":
        seed_sqlite(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif command == "seed-postgres":
        seed_postgres(int(sys.argv[2]), int(sys.argv[3]))
    elif command == "p95":
        p95(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)
