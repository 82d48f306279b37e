import PMOReport
import PMOServer

/// A project's page (`/projects/{id}`): the latest report in full and the history charts.
struct ProjectView {
    var detail: ProjectDetail
    var report: ProjectReport
    var history: [HistoryPoint]
    /// The published knowledge site, for rule links.
    var siteURL: String?
    var now: Int64

    /// The context of the `project` template.
    var context: [String: Any] {
        let project = detail.summary
        let tables = self.tables
        let path = "/projects/" + HTMLEscape.pathSegment(project.id)
        var facts: [[String: Any]] = [
            ["term": "ID", "value": project.id, "code": true], ["term": "オーナー", "value": project.owner ?? "—", "code": false],
            ["term": "フェーズ", "value": project.phase ?? "—", "code": false],
        ]
        if let url = report.project.repository?.url { facts.append(["term": "リポジトリ", "value": url, "code": true]) }
        if let commit = report.project.repository?.commit { facts.append(["term": "コミット", "value": commit, "code": true]) }
        let received = "\(PageLayout.time(project.receivedAt)) UTC（\(PageLayout.age(project.receivedAt, now: now))、全\(detail.reportCount)件）"
        facts.append(["term": "最終報告", "value": received, "code": false])
        if let catalog = report.catalog { facts.append(["term": "カタログ", "value": "\(catalog.name) \(catalog.version)", "code": false]) }
        let truncated = report.lint?.truncated == true ? "指摘は全\(report.lint?.total ?? 0)件のうち先頭のみ報告されています" : nil
        let sections = [
            section("templates", "テンプレート", tables[0], path),
            section(
                "findings", "lint の指摘（エラー \(report.lint?.errors ?? 0)・警告 \(report.lint?.warnings ?? 0)）", tables[1], path, note: truncated),
            section("waivers", "免除", tables[2], path),
            section("checklists", "チェックリスト（フェーズ別）", tables[3], path),
            section("files", "変更・削除された管理ファイル", tables[4], path),
            section("changes", "未適用の変更（遅れている版の変更履歴）", tables[5], path),
        ]
        return [
            "facts": facts, "charts": charts, "sections": sections,
            "historyExports": PageLayout.exports(path: path, fields: FormFields(), table: "history"),
        ]
    }

    /// The context of the `table` partial: a heading, the rows (rule ids linked, severities as badges), the exports.
    private func section(_ id: String, _ title: String, _ table: DataTable, _ path: String, note: String? = nil) -> [String: Any] {
        let rows = table.rows.map { row -> [String: Any] in
            let cells = row.enumerated().map { position, cell -> [String: Any] in
                let key = table.columns[position].key
                var context: [String: Any] = [
                    "isNumber": false, "isEmpty": false, "isRule": false, "isSeverity": false, "isMessage": false, "value": "",
                    "href": false,
                ]
                switch cell {
                case .number(let number):
                    context["isNumber"] = true
                    context["value"] = number
                case .empty: context["isEmpty"] = true
                case .text(let text):
                    context["value"] = text
                    if key == "rule" {
                        context["isRule"] = true
                        context["href"] = PageLayout.sectionValue(ruleLink(text))
                    } else {
                        context[key == "severity" ? "isSeverity" : "isMessage"] = true
                    }
                }
                return context
            }
            return ["cells": cells]
        }
        return [
            "id": id, "title": title, "hasRows": !rows.isEmpty, "headings": table.columns.map(\.heading), "rows": rows,
            "exports": PageLayout.exports(path: path, fields: FormFields(), table: id), "note": PageLayout.sectionValue(note),
        ]
    }

    /// Where the rule is on the published site (`ruleset/NAME.html#rule-ID`), when the site is known.
    private func ruleLink(_ rule: String) -> String? {
        guard let siteURL, let slash = rule.firstIndex(of: "/") else { return nil }
        let ruleSet = String(rule[..<slash])
        let id = String(rule[rule.index(after: slash)...])
        let base = siteURL.hasSuffix("/") ? String(siteURL.dropLast()) : siteURL
        return base + "/ruleset/" + HTMLEscape.pathSegment(ruleSet) + ".html#rule-" + HTMLEscape.pathSegment(id)
    }

    /// The three history charts, each a title and the SVG ``LineChart`` drew from the numbers.
    private var charts: [[String: Any]] {
        let labels = history.map { CivilDay(milliseconds: $0.receivedAt).text }
        let lint = LineChart(
            title: "lint の指摘の推移", labels: labels,
            series: [
                .init(label: "エラー", color: "#b3261e", values: history.map { Double($0.lintErrors) }),
                .init(label: "警告", color: "#8a5a00", values: history.map { Double($0.lintWarnings) }),
            ])
        let progress = LineChart(
            title: "チェックリスト進捗（%）の推移", labels: labels,
            series: [
                .init(
                    label: "進捗 %", color: "#1f7a3a",
                    values: history.map { $0.checklistTotal > 0 ? Double($0.checklistDone * 100 / $0.checklistTotal) : 0 })
            ], minimumTop: 100)
        let behind = LineChart(
            title: "標準からの遅れ（版）の推移", labels: labels,
            series: [
                .init(label: "遅れ", color: "#0b5cad", values: history.map { Double($0.versionsBehind) })
            ])
        return [
            ["title": "lint の指摘", "svg": lint.svg], ["title": "チェックリスト進捗", "svg": progress.svg],
            ["title": "標準からの遅れ", "svg": behind.svg],
        ]
    }

    /// Every table of the page, in page order, then the history.
    var tables: [DataTable] {
        let templates = DataTable(
            name: "templates",
            columns: [
                ("name", "テンプレート"), ("version", "版"), ("currentVersion", "最新版"),
                ("versionsBehind", "遅れ（版）"), ("managedFiles", "管理ファイル"),
            ],
            rows: report.templates.map {
                [
                    .text($0.name), .text($0.version), $0.currentVersion.map(DataTable.Cell.text) ?? .empty,
                    .number($0.versionsBehind), .number($0.managedFiles),
                ]
            })
        let findings = DataTable(
            name: "findings", columns: [("severity", "重大度"), ("rule", "ルール"), ("location", "場所"), ("message", "メッセージ")],
            rows: (report.lint?.findings ?? []).map { finding in
                [.text(finding.severity), .text(finding.rule), .text(Self.location(finding)), .text(finding.message)]
            })
        let waivers = DataTable(
            name: "waivers",
            columns: [
                ("rule", "ルール"), ("path", "パス"), ("reason", "理由"), ("owner", "責任者"),
                ("expires", "期限"), ("state", "状態"),
            ],
            rows: report.waivers.map { waiver in
                [
                    .text(waiver.rule), waiver.path.map(DataTable.Cell.text) ?? .empty, .text(waiver.reason), .text(waiver.owner),
                    .text(waiver.expires), .text(waiver.expired ? "期限切れ" : waiver.expiringSoon ? "30日以内に期限" : "有効"),
                ]
            })
        var phaseRows: [[DataTable.Cell]] = []
        for checklist in report.checklists {
            for phase in checklist.phases {
                phaseRows.append([
                    .text(checklist.title), .text(phase.title.isEmpty ? "（フェーズなし）" : phase.title), .number(phase.done),
                    .number(phase.total), .number(phase.total > 0 ? phase.done * 100 / phase.total : 0),
                ])
            }
        }
        let checklists = DataTable(
            name: "checklists",
            columns: [
                ("checklist", "チェックリスト"), ("phase", "フェーズ"), ("done", "完了"),
                ("total", "全体"), ("percent", "進捗 %"),
            ], rows: phaseRows)
        var fileRows: [[DataTable.Cell]] = []
        for template in report.templates {
            fileRows += template.modifiedFiles.map { [.text(template.name), .text($0), .text("変更")] }
            fileRows += template.deletedFiles.map { [.text(template.name), .text($0), .text("削除")] }
        }
        let files = DataTable(name: "files", columns: [("template", "テンプレート"), ("path", "ファイル"), ("state", "状態")], rows: fileRows)
        var changeRows: [[DataTable.Cell]] = []
        for template in report.templates {
            changeRows += template.missedChanges.map {
                [.text(template.name), .text($0.version), $0.date.map(DataTable.Cell.text) ?? .empty, .text($0.changes)]
            }
        }
        let changes = DataTable(
            name: "changes", columns: [("template", "テンプレート"), ("version", "版"), ("date", "日付"), ("changes", "変更内容")],
            rows: changeRows)
        let points = DataTable(
            name: "history",
            columns: [
                ("receivedAt", "受信（UTC）"), ("lintErrors", "エラー"), ("lintWarnings", "警告"),
                ("versionsBehind", "遅れ（版）"), ("checklistDone", "完了項目"), ("checklistTotal", "全項目"),
            ],
            rows: history.map {
                [
                    .text(PageLayout.time($0.receivedAt)), .number($0.lintErrors), .number($0.lintWarnings),
                    .number($0.versionsBehind), .number($0.checklistDone), .number($0.checklistTotal),
                ]
            })
        return [templates, findings, waivers, checklists, files, changes, points]
    }

    /// `file:line:column`, or `（プロジェクト全体）`.
    static func location(_ finding: ReportFinding) -> String {
        guard let file = finding.file else { return "（プロジェクト全体）" }
        return [file, finding.line.map(String.init), finding.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}
