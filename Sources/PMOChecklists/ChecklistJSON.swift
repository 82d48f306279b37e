import PMOCatalog

/// `pmo checklist --format json`.
package struct ChecklistJSON: Encodable, Sendable {
    /// One phase's progress.
    package struct Phase: Encodable, Sendable {
        package var id: String; package var title: String; package var done: Int; package var total: Int
    }
    /// One item and how it stands.
    package struct Item: Encodable, Sendable {
        package var id: String, text: String, phase: String?, role: String?, verify: Bool, status: String
        package var by: String?, at: String?, evidence: String?, evidenceRequired: String?, reason: String?, retired: Bool?
    }
    /// One checklist.
    package struct List: Encodable, Sendable {
        package var name: String, title: String, version: String, catalogVersion: String?, retired: String?, done: Int, total: Int
        package var phases: [Phase]
        package var items: [Item]
    }
    package var project: String
    package var checklists: [List]
    package var done: Int
    package var total: Int

    /// The JSON of `reports` for the project shown as `project`.
    package init(project: String, reports: [ChecklistReport], catalog: Catalog?) {
        self.project = project
        checklists = reports.map { report in
            List(
                name: report.name, title: report.title, version: report.version, catalogVersion: report.catalogVersion,
                retired: report.retired, done: report.done, total: report.total,
                phases: report.phases(in: catalog).map { Phase(id: $0.id, title: $0.title, done: $0.done, total: $0.total) },
                items: report.items.map { item in
                    var json = Item(
                        id: item.id, text: item.text, phase: item.phase, role: item.role, verify: item.isVerified,
                        status: item.status.name, evidenceRequired: item.evidence, retired: item.isRetired ? true : nil)
                    switch item.status {
                    case .done(let by, let at, let evidence): json.by = by; json.at = at; json.evidence = evidence
                    case .failed(let why), .notEvaluated(let why): json.reason = why
                    case .open, .passed: break
                    }
                    return json
                })
        }
        let counted = reports.filter { $0.retired == nil }
        done = counted.reduce(0) { $0 + $1.done }
        total = counted.reduce(0) { $0 + $1.total }
    }
}

/// `pmo checklist check|uncheck --format json`.
package struct ItemChangeJSON: Encodable, Sendable {
    package var checklist: String
    package var item: String
    package var status: String
    package var by: String?
    package var at: String?
    package var evidence: String?

    /// The JSON of one attested or re-opened item.
    package init(checklist: String, item: String, status: String, by: String?, at: String?, evidence: String?) {
        self.checklist = checklist
        self.item = item
        self.status = status
        self.by = by
        self.at = at
        self.evidence = evidence
    }

    /// The JSON form of `change`.
    package init(_ change: ItemChange) {
        self.init(
            checklist: change.checklist, item: change.item, status: change.record.status.rawValue, by: change.record.by,
            at: change.record.at, evidence: change.record.evidence)
    }
}
