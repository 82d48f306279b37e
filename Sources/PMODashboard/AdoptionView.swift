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

    /// The context of the `adoption` template.
    var context: [String: Any] {
        let byTemplate = Dictionary(grouping: adoption, by: \.template)
        let templates = byTemplate.keys.sorted().map { name -> [String: Any] in
            let rows = byTemplate[name] ?? []
            let template = catalog.templates[name]
            let total = rows.reduce(0) { $0 + $1.projects }
            let versions = rows.sorted { Self.order($0.version, $1.version) }.map { row -> [String: Any] in
                let missed = missedChanges(template, row.version)
                return [
                    "version": row.version, "projects": row.projects,
                    "href": "/?template=" + FormFields.encode(name) + "&version=" + FormFields.encode(row.version),
                    "progress": PageLayout.progress(done: row.projects, total: total), "missed": !missed.isEmpty,
                    "changes": missed.map { ["version": $0.version.description, "text": $0.changes] },
                ]
            }
            return [
                "name": name, "known": template != nil, "title": template?.title ?? "", "latest": template?.version.description ?? "",
                "deprecated": template?.deprecated == true, "versions": versions,
            ]
        }
        let deprecated = deprecatedProjects.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { name, projects -> [String: Any] in
            [
                "name": name, "replacement": PageLayout.sectionValue(catalog.templates[name]?.replacedBy),
                "projects": projects.map { project -> [String: Any] in
                    ["href": "/projects/" + HTMLEscape.pathSegment(project.id), "name": project.name, "owner": project.owner ?? "—"]
                },
            ]
        }
        return [
            "hasCatalog": hasCatalog, "exports": PageLayout.exports(path: "/templates", fields: FormFields(), table: "adoption"),
            "templates": templates, "deprecatedTemplates": deprecated,
        ]
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
