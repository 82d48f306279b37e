import PMOCatalog
import PMOServer

/// The standards adoption page (`/templates`): per template, projects per version with what each older
/// version misses, and the projects on deprecated templates.
struct AdoptionView {
    var adoption: [TemplateAdoption]
    var catalog: DashboardCatalog
    /// Whether `--catalog` was given.
    var hasCatalog: Bool
    /// Projects per deprecated template in use.
    var deprecatedProjects: [String: [ProjectSummary]]

    var html: String {
        var out = hasCatalog ? "" : "<p class=\"note\">カタログが指定されていないため、最新版・変更履歴・非推奨は表示できません（<code>pmo serve --catalog DIR</code>）。</p>"
        let byTemplate = Dictionary(grouping: adoption, by: \.template)
        out += PageLayout.exportLinks(path: "/templates", fields: FormFields(), table: "adoption")
        for name in byTemplate.keys.sorted() {
            let rows = byTemplate[name] ?? []
            let template = catalog.templates[name]
            let total = rows.reduce(0) { $0 + $1.projects }
            var heading = HTMLEscape.text(name)
            if let template { heading += "（\(HTMLEscape.text(template.title))・最新 \(HTMLEscape.text(template.version.description))）" }
            if template?.deprecated == true { heading += " <span class=\"badge error\">非推奨</span>" }
            out += "<h2 id=\"template-\(HTMLEscape.text(name))\">\(heading)</h2><div class=\"table-wrap\"><table><thead><tr>"
            out += "<th>版</th><th>プロジェクト</th><th>割合</th><th>この版に足りない変更</th></tr></thead><tbody>"
            for row in rows.sorted(by: { Self.order($0.version, $1.version) }) {
                let href = "/?template=" + FormFields.encode(name) + "&version=" + FormFields.encode(row.version)
                out += "<tr><td><code>\(HTMLEscape.text(row.version))</code></td>"
                out +=
                    "<td class=\"number\"><a href=\"\(HTMLEscape.text(href))\">\(row.projects)</a></td><td>\(PortfolioView.progress(done: row.projects, total: total))</td><td>"
                let missed = missedChanges(template, row.version)
                out +=
                    missed.isEmpty
                    ? "—"
                    : "<ul>"
                        + missed.map { "<li><code>\(HTMLEscape.text($0.version.description))</code> \(HTMLEscape.text($0.changes))</li>" }
                        .joined() + "</ul>"
                out += "</td></tr>"
            }
            out += "</tbody></table></div>"
        }
        if byTemplate.isEmpty { out += "<p class=\"note\">まだ報告がありません</p>" }
        out += "<h2 id=\"deprecated\">非推奨テンプレートのプロジェクト</h2>"
        let deprecated = deprecatedProjects.filter { !$0.value.isEmpty }
        if deprecated.isEmpty { return out + "<p class=\"note\">ありません</p>" }
        for name in deprecated.keys.sorted() {
            let replacement = catalog.templates[name]?.replacedBy.map { "（後継: <code>\(HTMLEscape.text($0))</code>）" } ?? ""
            out += "<h3>\(HTMLEscape.text(name))\(replacement)</h3><ul>"
            for project in deprecated[name] ?? [] {
                out +=
                    "<li><a href=\"/projects/\(HTMLEscape.text(HTMLEscape.pathSegment(project.id)))\">\(HTMLEscape.text(project.name))</a>（\(HTMLEscape.text(project.owner ?? "—"))）</li>"
            }
            out += "</ul>"
        }
        return out
    }

    /// The changelog entries after `version` of the catalog's template, oldest first.
    func missedChanges(_ template: DashboardCatalog.Template?, _ version: String) -> [Metadata.Change] {
        guard let template, let used = Semver(version) else { return [] }
        return template.changelog.filter { $0.version > used }.sorted { $0.version < $1.version }
    }

    /// Newest version first; text that is not a version sorts last.
    static func order(_ lhs: String, _ rhs: String) -> Bool {
        switch (Semver(lhs), Semver(rhs)) {
        case let (left?, right?): return left > right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs < rhs
        }
    }

    var table: DataTable {
        DataTable(
            name: "adoption",
            columns: [
                ("template", "テンプレート"), ("version", "版"), ("latest", "最新版"), ("projects", "プロジェクト"),
                ("behind", "遅れているプロジェクト"), ("deprecated", "非推奨"), ("missedChanges", "足りない変更"),
            ],
            rows: adoption.map { row in
                let template = catalog.templates[row.template]
                return [
                    .text(row.template), .text(row.version), template.map { .text($0.version.description) } ?? .empty,
                    .number(row.projects), .number(row.behind), .text(template?.deprecated == true ? "はい" : ""),
                    .text(missedChanges(template, row.version).map { "\($0.version) \($0.changes)" }.joined(separator: "\n")),
                ]
            })
    }
}
