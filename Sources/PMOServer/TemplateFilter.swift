/// The condition "the project uses this template (at this version)" of the project lists, API and dashboard alike.
///
/// It is `p.id IN (SELECT project_id … WHERE template = ?)`, not a correlated `EXISTS`: SQLite runs an `EXISTS` once
/// per project, each time searching the `(template, version, project_id)` index by template alone, which at 10,000
/// projects read 10,000 index entries per project (41 s for one page); the `IN` list is built once from that index.
struct TemplateFilter {
    /// The SQL condition over `projects p`.
    var condition: String
    /// Its parameters, in order.
    var binds: [SQLValue]

    /// The filter for `template` and/or `version`; nil when neither is given.
    init?(template: String?, version: String?) {
        var parts: [String] = []
        var binds: [SQLValue] = []
        if let template {
            parts.append("template = ?")
            binds.append(.text(template))
        }
        if let version {
            parts.append("version = ?")
            binds.append(.text(version))
        }
        guard !parts.isEmpty else { return nil }
        condition = "p.id IN (SELECT project_id FROM project_templates WHERE " + parts.joined(separator: " AND ") + ")"
        self.binds = binds
    }
}
