#!/usr/bin/env python3
"""Deterministic benchmark corpus for `make bench` (issue 3, "Performance").

Writes under OUT:
  catalog/   a ~1,000-document catalog in the format of docs/format.md (catalog/catalog.yaml,
             pages with Japanese Markdown bodies, checklists, rule sets, templates with files/),
             valid so that `pmo validate --catalog OUT/catalog` passes;
  big.yaml   one ~20 MB YAML document: nested mappings, lists, Japanese and ASCII strings,
             numbers, booleans, dates-as-strings and block scalars.

The same --seed always gives byte-identical output, so runs are comparable.

Usage: scripts/gen-corpus.py OUT [--seed N] [--documents N] [--megabytes N]
"""

import argparse
import os
import random
import shutil

OWNERS = [
    ("pmo-office", "全社PMO（経営企画本部 PMO室）"),
    ("quality-assurance", "品質保証部"),
    ("product-dev", "開発本部"),
    ("hr-ga", "人事総務部"),
    ("legal-procurement", "法務・購買部"),
    ("sre-team", "SRE部"),
]
CATEGORIES = [
    ("governance", "ガバナンス"), ("planning", "計画"), ("reporting", "報告"), ("meetings", "会議体"),
    ("risk-issue", "リスク・課題"), ("quality", "品質"), ("change", "変更管理"), ("onboarding", "参画・退場"),
    ("release", "リリース"), ("knowledge", "ナレッジ"), ("procurement", "外部委託"), ("operations", "運用"),
]
PHASES = [("initiation", "立ち上げ"), ("planning", "計画"), ("execution", "実行"),
          ("monitoring", "監視・コントロール"), ("release", "リリース"), ("closing", "終結")]
ROLES = [("sponsor", "スポンサー"), ("po", "PO（プロダクトオーナー）"), ("pm", "PM（プロジェクトマネージャー）"),
         ("pmo", "PMO"), ("dev-lead", "開発リーダー"), ("qa", "QA（品質保証担当）"), ("sre", "運用・SRE担当"),
         ("member", "メンバー")]
TOPICS = ["進捗報告", "課題管理", "リスク登録", "変更要求", "品質計画", "リリース判定", "キックオフ", "振り返り",
          "議事録", "体制図", "WBS", "ステークホルダー", "会議体", "完了報告", "委託先評価", "障害報告",
          "受入テスト", "要件定義", "見積もり", "予算管理", "セキュリティ審査", "移行計画", "教育計画", "運用設計"]
WORDS_JA = ["プロジェクト", "計画", "進捗", "品質", "課題", "リスク", "担当者", "期限", "承認", "スポンサー", "報告",
            "会議", "合意", "範囲", "予算", "要員", "成果物", "レビュー", "テスト", "リリース", "顧客", "委託先",
            "見直し", "判定", "基準", "手順", "記録", "共有", "エスカレーション", "影響", "対応策", "優先度"]
PARTICLES = ["は", "を", "に", "の", "と", "で", "が", "から", "まで"]
ENDINGS = ["します。", "してください。", "を確認します。", "が必要です。", "を記録します。", "を共有します。"]
TAGS = ["weekly", "report", "kickoff", "risk", "issue", "quality", "release", "review", "minutes", "budget",
        "security", "vendor", "onboarding", "metrics", "change", "closing"]


def sentence(rng):
    parts = []
    for _ in range(rng.randint(3, 6)):
        parts.append(rng.choice(WORDS_JA) + rng.choice(PARTICLES))
    return "".join(parts) + rng.choice(ENDINGS)


def paragraph(rng, sentences=(2, 5)):
    return "".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def q(text):
    """A double-quoted YAML string (the generator only needs quotes and backslashes escaped)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date(rng, year=2026):
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def envelope(rng, kind, name, title, description, owner, category, version_minor):
    major = rng.randint(1, 3)
    versions = [f"{major}.{m}.0" for m in range(version_minor + 1)]
    lines = [
        "apiVersion: pmo/v1",
        f"kind: {kind}",
        "metadata:",
        f"  name: {name}",
        f"  title: {title}",
        f"  description: {description}",
        f"  owner: {owner}",
    ]
    if category:
        lines.append(f"  category: {category}")
    tags = rng.sample(TAGS, rng.randint(1, 3))
    lines += [
        f"  tags: [{', '.join(tags)}]",
        f"  version: {q(versions[-1])}",
        "  status: active",
        f"  reviewed: {date(rng)}",
        f"  reviewEvery: {rng.choice(['90d', '180d', '1y', '26w', '6m'])}",
        "  changelog:",
    ]
    for i, version in enumerate(versions):
        lines += [f"    - version: {q(version)}", f"      date: 2026-{i + 1:02d}-{rng.randint(1, 28):02d}",
                  f"      changes: {sentence(rng)}"]
    return "\n".join(lines) + "\n"


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def catalog_doc():
    lines = [
        "apiVersion: pmo/v1", "kind: Catalog", "metadata:", "  name: bench-pmo",
        "  title: ベンチマーク用PMOカタログ",
        "  description: pmo のベンチマークで使う生成カタログです。実データではありません。",
        "  owner: pmo-office", "  tags: [catalog, bench]", '  version: "1.0.0"', "  status: active",
        "  reviewed: 2026-04-01", "  reviewEvery: 180d", "  changelog:",
        '    - version: "1.0.0"', "      date: 2026-04-01", "      changes: 生成", "spec:",
        "  organization: 株式会社ベンチマーク", "  language: ja", "  owners:",
    ]
    for owner_id, name in OWNERS:
        lines += [f"    - id: {owner_id}", f"      name: {name}", f"      contact: {owner_id}@bench.example.co.jp"]
    lines += ["  taxonomy:", "    categories:"]
    for cid, title in CATEGORIES:
        lines += [f"      - id: {cid}", f"        title: {title}", f"        description: {title}に関する標準"]
    lines.append("    phases:")
    for pid, title in PHASES:
        lines += [f"      - id: {pid}", f"        title: {title}"]
    lines.append("    roles:")
    for rid, title in ROLES:
        lines += [f"      - id: {rid}", f"        title: {title}"]
    lines += ["  site:", "    title: ベンチマーク PMOナレッジカタログ", "    baseURL: https://pmo.bench.example.co.jp/"]
    return "\n".join(lines) + "\n"


def markdown_body(rng, title):
    out = [f"# {title}", "", paragraph(rng, (3, 7)), ""]
    for h in range(rng.randint(3, 7)):
        out += [f"## {rng.choice(TOPICS)}の{rng.choice(['目的', '手順', '注意点', '例', '役割'])}", "", paragraph(rng, (3, 7)), ""]
        if rng.random() < 0.5:
            out += [f"- {sentence(rng)}" for _ in range(rng.randint(2, 5))] + [""]
        if rng.random() < 0.3:
            out += ["| 項目 | 担当 | 期限 |", "| --- | --- | --- |"]
            out += [f"| {rng.choice(TOPICS)} | {rng.choice(ROLES)[1]} | {date(rng)} |" for _ in range(3)] + [""]
    return "\n".join(out)


def page(rng, i, names):
    name = f"page-{i:04d}"
    title = f"{rng.choice(TOPICS)}の手引き（{i}）"
    text = envelope(rng, "Page", name, title, f"{title}です。{sentence(rng)}", rng.choice(OWNERS)[0],
                    rng.choice(CATEGORIES)[0], rng.randint(0, 3))
    text += "spec:\n"
    body = markdown_body(rng, title)
    extra = {}
    if i % 4 == 0:
        text += f"  bodyFile: {name}.md\n"
        extra[f"{name}.md"] = body
    else:
        text += "  body: |\n" + "".join(("    " + line if line else "") + "\n" for line in body.split("\n")).rstrip("\n") + "\n"
    related = [rng.choice(names[kind]) for kind in ("template", "checklist") if rng.random() < 0.7]
    if related:
        text += f"  related: [{', '.join(related)}]\n"
    return name, text, extra


def checklist(rng, i):
    name = f"checklist-{i:04d}"
    title = f"{rng.choice(TOPICS)}チェックリスト（{i}）"
    text = envelope(rng, "Checklist", name, title, f"{title}。{sentence(rng)}", rng.choice(OWNERS)[0],
                    rng.choice(CATEGORIES)[0], rng.randint(0, 2))
    prefix = "CL" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
    text += "spec:\n  items:\n"
    for n in range(1, rng.randint(5, 15) + 1):
        text += (f"    - id: {prefix}-{n:02d}\n      text: {sentence(rng)}\n"
                 f"      phase: {rng.choice(PHASES)[0]}\n      role: {rng.choice(ROLES)[0]}\n")
        if rng.random() < 0.3:
            text += f"      evidence: {rng.choice(TOPICS)}の記録へのリンク\n"
        if rng.random() < 0.2:
            text += f"      help: {sentence(rng)}\n"
    return name, text


def ruleset(rng, i):
    name = f"rules-{i:04d}"
    title = f"{rng.choice(TOPICS)}のルール（{i}）"
    text = envelope(rng, "RuleSet", name, title, f"{title}。{sentence(rng)}", rng.choice(OWNERS)[0],
                    rng.choice(CATEGORIES)[0], rng.randint(0, 2))
    text += "spec:\n  target: project\n  rules:\n"
    for n in range(rng.randint(2, 6)):
        path = f"docs/{n:02d}_{rng.choice(TOPICS)}.md"
        text += (f"    - id: rule-{n:02d}\n      severity: {rng.choice(['error', 'warning', 'info'])}\n"
                 f"      title: {path} がある\n      description: {sentence(rng)}\n"
                 f"      check: {{type: file-exists, path: {q(path)}}}\n"
                 f"      message: {q('{{path}} がありません')}\n      help: {sentence(rng)}\n"
                 f"      examples:\n        pass:\n          - files: {{{q(path)}: \"# 見出し\\n\"}}\n"
                 f"        fail:\n          - files: {{}}\n")
    return name, text


def template(rng, i, names):
    name = f"template-{i:04d}"
    title = f"{rng.choice(TOPICS)}テンプレート（{i}）"
    text = envelope(rng, "Template", name, title, f"{title}。{sentence(rng)}", rng.choice(OWNERS)[0],
                    rng.choice(CATEGORIES)[0], rng.randint(0, 2))
    text += ("spec:\n  parameters:\n"
             "    - name: project_name\n      title: プロジェクト名\n      type: string\n      required: true\n"
             "      pattern: '^[^/\\\\]+$'\n"
             "    - name: pm\n      title: PM\n      type: string\n      default: \"\"\n"
             "    - name: start_date\n      title: 開始日\n      type: date\n      required: true\n"
             "    - name: team_size\n      title: チーム人数\n      type: int\n      default: 5\n"
             "    - name: outsourcing\n      title: 外部委託あり\n      type: bool\n      default: false\n"
             "  files:\n")
    files = {}
    for n in range(rng.randint(2, 4)):
        topic = rng.choice(TOPICS)
        source = f"doc-{n}.md"
        files[source] = f"# {{{{project_name}}}} {topic}\n\nPM: {{{{pm}}}} / 開始日: {{{{start_date}}}}\n\n{paragraph(rng)}\n"
        text += f"    - source: {source}\n      target: {q('docs/' + f'{n:02d}_' + topic + '.md')}\n"
        text += f"      policy: {rng.choice(['managed', 'managed', 'seeded'])}\n"
    files["vendors.csv"] = "委託先,契約形態,窓口\n"
    text += '    - source: vendors.csv\n      target: "docs/委託先一覧.csv"\n      policy: seeded\n      when: "outsourcing"\n'
    text += f"  checklists: [{names['checklist'][i % len(names['checklist'])]}]\n"
    text += f"  rules: [{names['ruleset'][i % len(names['ruleset'])]}]\n"
    return name, text, files


def generate_catalog(out, documents, rng):
    root = os.path.join(out, "catalog")
    if os.path.exists(root):
        shutil.rmtree(root)
    write(root, "catalog/catalog.yaml", catalog_doc())
    remaining = documents - 1
    counts = {"ruleset": max(1, remaining // 10), "checklist": max(1, remaining // 4), "template": max(1, remaining // 5)}
    counts["page"] = remaining - sum(counts.values())
    names = {kind: [f"{kind}/{prefix}-{i:04d}" for i in range(counts[kind])]
             for kind, prefix in (("ruleset", "rules"), ("checklist", "checklist"), ("template", "template"))}
    for i in range(counts["ruleset"]):
        name, text = ruleset(rng, i)
        write(root, f"standards/rules/{name}.yaml", text)
    for i in range(counts["checklist"]):
        name, text = checklist(rng, i)
        write(root, f"standards/checklists/{name}.yaml", text)
    for i in range(counts["template"]):
        name, text, files = template(rng, i, names)
        write(root, f"standards/templates/{name}/template.yaml", text)
        for source, content in files.items():
            write(root, f"standards/templates/{name}/files/{source}", content)
    for i in range(counts["page"]):
        name, text, extra = page(rng, i, names)
        write(root, f"standards/pages/{name}.yaml", text)
        for file, content in extra.items():
            write(root, f"standards/pages/{file}", content)
    return counts


def big_record(rng, i):
    """One list item of the big file: about 2 KB of mixed YAML."""
    lines = [
        f"  - id: PRJ-{i:06d}",
        f"    name: {rng.choice(TOPICS)}プロジェクト{i}",
        f"    code: {q('P' + str(rng.randint(10000, 99999)))}",
        f"    active: {rng.choice(['true', 'false'])}",
        f"    budget: {rng.randint(1000, 900000)}",
        f"    ratio: {rng.random():.4f}",
        f"    started: {q(date(rng))}",
        f"    country: {rng.choice(['no', 'jp', 'us'])}",
        f"    owner: {{team: {rng.choice(OWNERS)[0]}, name: {q(rng.choice(ROLES)[1])}, size: {rng.randint(1, 40)}}}",
        f"    tags: [{', '.join(rng.sample(TAGS, 3))}]",
        "    milestones:",
    ]
    for m in range(rng.randint(2, 5)):
        lines += [f"      - phase: {rng.choice(PHASES)[0]}", f"        due: {date(rng)}",
                  f"        done: {rng.choice(['true', 'false', 'null'])}",
                  f"        note: {sentence(rng)}"]
    lines += ["    metrics:", f"      spi: {rng.uniform(0.5, 1.5):.3f}", f"      cpi: {rng.uniform(0.5, 1.5):.3f}",
              f"      defects: [{', '.join(str(rng.randint(0, 50)) for _ in range(6))}]",
              f"      hex: 0x{rng.randint(0, 0xFFFFFF):06X}",
              "    description: |", *("      " + paragraph(rng, (1, 2)) for _ in range(rng.randint(1, 3))),
              "    summary: >-", f"      {sentence(rng)}", f"      {rng.choice(TAGS)} summary line in ASCII text",
              f"    ascii: {q('plain ASCII note ' + str(rng.random()))}"]
    return "\n".join(lines) + "\n"


def generate_big(out, megabytes, rng):
    target = int(megabytes * 1024 * 1024)
    path = os.path.join(out, "big.yaml")
    size = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        header = "# generated by scripts/gen-corpus.py\nversion: \"1.0\"\nprojects:\n"
        f.write(header)
        size += len(header.encode("utf-8"))
        i = 0
        while size < target:
            record = big_record(rng, i)
            f.write(record)
            size += len(record.encode("utf-8"))
            i += 1
    return path, size, i


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="output folder")
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--megabytes", type=float, default=20.0)
    args = parser.parse_args()
    if args.documents < 5:
        parser.error("--documents must be at least 5 (one of each kind)")
    os.makedirs(args.out, exist_ok=True)
    counts = generate_catalog(args.out, args.documents, random.Random(args.seed))
    path, size, records = generate_big(args.out, args.megabytes, random.Random(args.seed + 1))
    total = 1 + sum(counts.values())
    print(f"gen-corpus: {total} documents in {args.out}/catalog "
          f"({', '.join(f'{v} {k}s' for k, v in counts.items())}); {path}: {size} bytes, {records} records")


if __name__ == "__main__":
    main()
