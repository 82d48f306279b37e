import PMOCatalog
import PMOSupport
import PMOYAML

/// A living checklist in a project: `.pmo/checklists/NAME.yaml`, one status per item.
///
/// Manual items are ticked with `pmo checklist check ITEM --by NAME`; items with `verify:` are
/// evaluated every time and their stored status is not used.
package struct ChecklistState: Sendable, Hashable {
    /// The status of a manual item.
    package enum Status: String, Sendable, Hashable, CaseIterable {
        case open, done
    }

    /// One item's record.
    package struct Item: Sendable, Hashable {
        package var id: String
        package var status: Status
        /// Who attested it.
        package var by: String?
        /// When it was attested (ISO 8601, UTC).
        package var at: String?
        /// The evidence given (a link, a document name).
        package var evidence: String?

        /// Creates an item record.
        package init(id: String, status: Status = .open, by: String? = nil, at: String? = nil, evidence: String? = nil) {
            self.id = id
            self.status = status
            self.by = by
            self.at = at
            self.evidence = evidence
        }
    }

    /// The checklist's name (`kickoff`).
    package var name: String
    /// The checklist version it was instantiated from.
    package var version: String
    package var items: [Item]
    /// Set when a newer template version dropped the checklist: which one (`standard-project 3.0.0`).
    /// A retired checklist keeps its file and progress; it is shown as retired and no longer counted.
    package var retired: String?

    /// Creates a state.
    package init(name: String, version: String, items: [Item], retired: String? = nil) {
        self.name = name
        self.version = version
        self.items = items
        self.retired = retired
    }

    /// A fresh state with every item open.
    package init(document: Document) {
        self.init(
            name: document.metadata.name.value, version: document.metadata.version.description,
            items: (document.checklist?.items ?? []).map { Item(id: $0.id.value) })
    }

    /// The project-relative path of checklist `name`.
    package static func path(_ name: String) -> String { ".pmo/checklists/\(name).yaml" }

    /// The state as YAML.
    package func yaml() -> String {
        let itemNodes: [(String, Node)] = items.map { item in
            var entries: [(String, Node)] = [("status", Node(string: item.status.rawValue))]
            if let by = item.by { entries.append(("by", Node(string: by))) }
            if let at = item.at { entries.append(("at", Node(string: at))) }
            if let evidence = item.evidence { entries.append(("evidence", Node(string: evidence))) }
            return (item.id, Node(entries: entries))
        }
        var entries: [(String, Node)] = [("checklist", Node(string: name)), ("version", Node(string: version))]
        if let retired { entries.append(("retired", Node(string: retired))) }
        let root = Node(entries: entries + [("items", Node(entries: itemNodes))])
        return YAMLWriter.document(root, comment: "Progress of checklist/\(name). Change it with `pmo checklist check ITEM --by NAME`.")
    }

    /// Reads a state file; every problem is reported at its position. With `projectRoot`, a symbolic
    /// link on the way that leads out of the project is refused.
    package static func load(
        atPath path: String, displayPath: String, projectRoot: String? = nil,
        limits: YAMLLimits = .default
    ) throws(DiagnosticList) -> ChecklistState {
        try parse(
            YAMLLoader(limits: limits).loadFileReporting(atPath: path, displayPath: displayPath, under: projectRoot, place: "project"))
    }

    /// Reads a state from YAML text.
    package static func parse(_ text: String, path: String) throws(DiagnosticList) -> ChecklistState {
        try parse(YAMLLoader().loadReporting(SourceFile(path: path, text: text)))
    }

    private static func parse(_ stream: YAMLStream) throws(DiagnosticList) -> ChecklistState {
        let root = try stream.singleMapping("a checklist file")
        let sink = DiagnosticSink(file: stream.source.path)
        let fields = FieldReader(root, sink: sink, context: "the checklist file")
        fields.rejectUnknown(allowed: ["checklist", "version", "retired", "items"], severity: .warning)
        let name = fields.text("checklist", required: true)?.value ?? ""
        let version = fields.text("version", required: true)?.value ?? ""
        let retired = fields.text("retired")?.value
        var items: [Item] = []
        if let node = fields.required("items") {
            for entry in node.mapping ?? [] {
                guard let id = entry.key.string, entry.value.mapping != nil else {
                    sink.error("each item is 'ID: {status: open|done, …}'", at: entry.value.range)
                    continue
                }
                let item = FieldReader(entry.value, sink: sink, context: "item \(id)")
                item.rejectUnknown(allowed: ["status", "by", "at", "evidence"], severity: .warning)
                let statusText = item.text("status", required: true)
                guard let status = Status(rawValue: statusText?.value ?? "open") else {
                    sink.error("status '\(statusText?.value ?? "")' is not open or done", at: statusText?.range)
                    continue
                }
                items.append(
                    Item(
                        id: id, status: status, by: item.text("by")?.value, at: item.text("at")?.value,
                        evidence: item.text("evidence")?.value))
            }
            if node.mapping == nil {
                sink.error("'items' must be a mapping of item ids", at: node.range)
            }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        return ChecklistState(name: name, version: version, items: items, retired: retired)
    }
}
