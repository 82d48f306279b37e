import Foundation

/// Writes a catalog of many documents of every kind — knowledge pages with tables and lists, templates
/// with files, checklists with phases and roles, rule sets with examples — from a seeded generator, so
/// that search can be measured on more than the fixture's seven documents.
struct GeneratedCatalog {
    let documentCount: Int
    var random = SeededRandom(seed: 16)

    static let subjects = [
        "進捗報告", "リスク登録簿", "課題管理表", "議事録", "品質計画", "変更要求", "リリース判定", "要員計画", "外部委託",
        "受入検査", "フェーズゲート", "ステークホルダー", "関心度", "見積り", "予算管理", "教育計画", "退場手続き", "構成管理",
        "障害報告", "振り返り", "稼働実績", "契約管理", "検収", "セキュリティ診断", "性能試験", "移行計画",
    ]
    static let verbs = ["を作成する", "を更新する", "をレビューする", "を承認する", "を共有する", "を見直す", "を記録する", "を確認する"]
    static let tails = [
        "担当者は期限までに対応し、結果を定例会で報告します", "判断が必要な場合はスポンサーにエスカレーションします",
        "記録は文書管理規程に従って保管します", "不明点は全社PMOに相談してください", "phase gate の判定材料として使います",
        "Risk register と Issue log を区別して書きます", "品質保証部が四半期ごとに点検します",
    ]
    static let roles = ["pm", "pmo", "dev-lead", "qa", "sponsor"]
    static let phases = ["planning", "execution", "closing"]
    static let owners = ["pmo-office", "qa-dept", "legal"]

    static let catalogYAML = """
        apiVersion: pmo/v1
        kind: Catalog
        metadata:
          name: generated
          title: 生成カタログ
          description: 検索の網羅率を測るための生成カタログです。
          owner: pmo-office
          version: "1.0.0"
          changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]
        spec:
          organization: 生成株式会社
          owners:
            - {id: pmo-office, name: 全社PMO}
            - {id: qa-dept, name: 品質保証部}
            - {id: legal, name: 法務・購買部}
          taxonomy:
            categories: [{id: knowledge, title: ナレッジ}, {id: governance, title: ガバナンス}, {id: quality, title: 品質管理}]
            phases: [{id: planning, title: 計画}, {id: execution, title: 実行}, {id: closing, title: 終結}]
            roles: [{id: pm, title: PM}, {id: pmo, title: PMO}, {id: dev-lead, title: 開発リーダー}, {id: qa, title: QA担当}, {id: sponsor, title: スポンサー}]

        """

    mutating func pick(_ words: [String]) -> String { words[random.next(words.count)] }

    mutating func sentence() -> String { pick(Self.subjects) + pick(Self.verbs) + "。" + pick(Self.tails) + "。" }

    /// Writes the catalog under `root`.
    mutating func write(to root: String) throws {
        try Self.write(Self.catalogYAML, to: root + "/catalog/catalog.yaml")
        for number in 0..<documentCount {
            switch number % 10 {
            case 0: try writeTemplate(number, root: root)
            case 1, 2: try writeChecklist(number, root: root)
            case 3: try writeRuleSet(number, root: root)
            default: try writePage(number, root: root)
            }
        }
    }

    private mutating func metadata(_ name: String, title: String) -> String {
        let reviewed = ["2025-06-01", "2026-01-10", "2026-02-20"][random.next(3)]
        let version = "1.\(random.next(5)).0"
        return """
              name: \(name)
              title: \(title)
              description: \(pick(Self.subjects))について\(pick(Self.subjects))の観点から説明します。
              owner: \(pick(Self.owners))
              category: \(["knowledge", "governance", "quality"][random.next(3)])
              tags: [\(["weekly", "risk", "quality", "meeting", "release", "vendor"][random.next(6)]), 案件\(random.next(50))]
              version: "\(version)"
              status: \(["active", "draft"][random.next(2)])
              reviewed: \(reviewed)
              reviewEvery: 90d
              changelog: [{version: "\(version)", date: 2026-01-01, changes: \(pick(Self.subjects))の改訂}]
            """
    }

    private mutating func writePage(_ number: Int, root: String) throws {
        let name = "page-\(number)"
        var body = ""
        for section in 1...3 {
            body += "## \(pick(Self.subjects))の手順 \(section)\n\n\(sentence())**\(pick(Self.subjects))**\(sentence())\n\n"
            body += (0..<3).map { _ in "- \(sentence())" }.joined(separator: "\n") + "\n\n"
        }
        body += "| 項目 | 担当 | 期限 |\n| --- | --- | --- |\n"
        for row in 0..<3 { body += "| \(pick(Self.subjects)) | \(["PM", "PMO", "開発リーダー"][row]) | 第\(random.next(12) + 1)週 |\n" }
        let related = number >= 10 ? "\n  related: [checklist/checklist-\(number - number % 10 + 1)]" : ""
        try Self.write(body, to: root + "/standards/pages/\(name).md")
        try Self.write(
            "apiVersion: pmo/v1\nkind: Page\nmetadata:\n\(metadata(name, title: "\(pick(Self.subjects))の手引き 第\(number)版"))\nspec:\n  bodyFile: \(name).md\(related)\n",
            to: root + "/standards/pages/\(name).yaml")
    }

    private mutating func writeChecklist(_ number: Int, root: String) throws {
        let name = "checklist-\(number)"
        var items = ""
        for item in 1...6 {
            items += """
                    - id: C\(number)-\(item)
                      text: \(pick(Self.subjects))\(pick(Self.verbs))
                      phase: \(pick(Self.phases))
                      role: \(pick(Self.roles))
                      evidence: \(pick(Self.subjects))の記録

                """
        }
        try Self.write(
            "apiVersion: pmo/v1\nkind: Checklist\nmetadata:\n\(metadata(name, title: "\(pick(Self.subjects))チェックリスト \(number)"))\nspec:\n  items:\n\(items)",
            to: root + "/standards/checklists/\(name).yaml")
    }

    private mutating func writeRuleSet(_ number: Int, root: String) throws {
        let name = "rules-\(number)"
        var rules = ""
        for rule in 1...3 {
            let folder = ["docs/minutes", "docs/risks", "docs/reports"][random.next(3)]
            rules += """
                    - id: rule-\(rule)
                      severity: \(["error", "warning", "info"][random.next(3)])
                      title: \(pick(Self.subjects))がある
                      description: \(sentence())
                      check: {type: file-exists, path: \(folder)/README.md}
                      message: \(pick(Self.subjects))が見つかりません
                      help: pmo new で\(pick(Self.subjects))を作成してください。
                      examples:
                        pass:
                          - files: {"\(folder)/README.md": "# \(pick(Self.subjects))\\n"}
                        fail:
                          - files: {"docs/README.md": "# 概要\\n↓\\n"}

                """
        }
        try Self.write(
            "apiVersion: pmo/v1\nkind: RuleSet\nmetadata:\n\(metadata(name, title: "\(pick(Self.subjects))のルール \(number)"))\nspec:\n  target: project\n  rules:\n\(rules)",
            to: root + "/standards/rules/\(name).yaml")
    }

    private mutating func writeTemplate(_ number: Int, root: String) throws {
        let name = "template-\(number)"
        let folder = root + "/standards/templates/\(name)"
        let column = pick(Self.subjects)
        try Self.write(
            "# {{project_name}} \(pick(Self.subjects))\n\n| 氏名 | 役割 | \(column) |\n| --- | --- | --- |\n| 山田 | PM | 高 |\n\n\(sentence())\n",
            to: folder + "/files/main.md")
        try Self.write("# README\n\n\(sentence())\n", to: folder + "/files/readme.md")
        let yaml = """
            apiVersion: pmo/v1
            kind: Template
            metadata:
            \(metadata(name, title: "\(pick(Self.subjects))テンプレート \(number)"))
            spec:
              parameters:
                - name: project_name
                  title: プロジェクト名
                  type: string
                  default: サンプル案件
                  help: \(pick(Self.subjects))に載せる名前です。
                - name: cadence
                  title: 報告頻度
                  type: enum
                  choices: [weekly, monthly]
                  default: weekly
              files:
                - source: main.md
                  target: "docs/{{cadence}}/main.md"
                  policy: managed
                - source: readme.md
                  target: docs/README.md
                  policy: seeded
              checklists: [checklist/checklist-\(number + 1)]
              rules: [ruleset/rules-\(number + 3)]

            """
        try Self.write(yaml, to: folder + "/template.yaml")
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// A small deterministic generator (SplitMix64), so that a failing measurement can be replayed.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
