import PMOCatalog
import PMOSupport
import PMOYAML

/// Reads `.pmo/lock.yaml` back into a ``Lock``, reporting every problem at its YAML position.
package struct LockLoader: Sendable {
    /// Bounds for the YAML.
    package var limits: YAMLLimits

    /// Creates a loader.
    package init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Loads the lock of the project at `projectRoot`; diagnostics name `displayPath`.
    package func load(projectRoot: String, displayPath: String? = nil) throws(DiagnosticList) -> Lock {
        let shown = displayPath ?? (projectRoot == "." ? Lock.path : projectRoot + "/" + Lock.path)
        return try parse(
            YAMLLoader(limits: limits).loadFileReporting(atPath: Lock.path, displayPath: shown, under: projectRoot, place: "project"))
    }

    /// Loads a lock from YAML text (tests, or a lock taken from git history).
    package func load(_ text: String, path: String = Lock.path) throws(DiagnosticList) -> Lock {
        try parse(YAMLLoader(limits: limits).loadReporting(SourceFile(path: path, text: text)))
    }

    private func parse(_ stream: YAMLStream) throws(DiagnosticList) -> Lock {
        let root = try stream.singleMapping("the lock file")
        let sink = DiagnosticSink(file: stream.source.path)
        let fields = FieldReader(root, sink: sink, context: "the lock file")
        fields.rejectUnknown(allowed: ["lockVersion", "template", "parameters", "catalog", "templates"], severity: .warning)
        if let version = fields.required("lockVersion"), version.scalar?.value != .int(Lock.formatVersion) {
            sink.error(
                "lockVersion \(version.scalar?.text ?? version.kindDescription) is not supported (this pmo reads \(Lock.formatVersion))",
                at: version.range, help: "upgrade pmo")
        }
        var catalog = Lock.CatalogInfo(name: "", version: "")
        if let node = fields.required("catalog") {
            let c = FieldReader(node, sink: sink, context: "catalog")
            catalog = Lock.CatalogInfo(
                name: c.text("name", required: true)?.value ?? "", version: c.text("version", required: true)?.value ?? "",
                commit: c.text("commit")?.value)
        }
        var templates: [Lock.TemplateEntry] = []
        if let node = fields.required("templates") {
            if let items = node.sequence, !items.isEmpty {
                templates = items.compactMap { template($0, sink: sink) }
            } else {
                sink.error("'templates' must be a non-empty list", at: node.range)
            }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        return Lock(catalog: catalog, templates: templates)
    }

    private func template(_ node: Node, sink: DiagnosticSink) -> Lock.TemplateEntry? {
        guard node.mapping != nil else {
            sink.error("a template entry must be a mapping, not \(node.kindDescription)", at: node.range)
            return nil
        }
        let fields = FieldReader(node, sink: sink, context: "template entry")
        fields.rejectUnknown(allowed: ["name", "version", "parameters", "checklists", "rules", "files"], severity: .warning)
        let name = fields.text("name", required: true)?.value
        let version = fields.text("version", required: true)
        if let version, Semver(version.value) == nil {
            sink.error(
                "template '\(name ?? "?")' has version '\(version.value)', which is not a semantic version", at: version.range,
                help: "restore the lock from version control; it is written by pmo and not edited by hand")
        }
        var parameters: [(name: String, value: ParameterValue)] = []
        if let node = fields.value("parameters"), !node.isNull {
            if let entries = node.mapping {
                for entry in entries {
                    guard let key = entry.key.string, let value = Self.parameterValue(entry.value) else {
                        sink.error("parameter values are text, numbers, booleans or lists of text", at: entry.value.range)
                        continue
                    }
                    parameters.append((key, value))
                }
            } else {
                sink.error("'parameters' must be a mapping", at: node.range)
            }
        }
        var files: [Lock.FileEntry] = []
        if let list = fields.required("files") {
            for item in list.sequence ?? [] {
                if let entry = file(item, sink: sink) { files.append(entry) }
            }
            if list.sequence == nil { sink.error("'files' must be a list", at: list.range) }
        }
        guard let name, let version else { return nil }
        return Lock.TemplateEntry(
            name: name, version: version.value, parameters: ResolvedParameters(parameters),
            checklists: fields.texts("checklists").map(\.value), rules: fields.texts("rules").map(\.value), files: files)
    }

    private func file(_ item: Node, sink: DiagnosticSink) -> Lock.FileEntry? {
        let f = FieldReader(item, sink: sink, context: "file entry")
        guard let path = f.text("path", required: true), let policyText = f.text("policy", required: true),
            let sha = f.text("sha256", required: true)
        else { return nil }
        guard let policy = TemplateSpec.Policy(rawValue: policyText.value) else {
            sink.error("policy '\(policyText.value)' is not managed or seeded", at: policyText.range)
            return nil
        }
        // Drift reads and update replaces these paths: one that leaves the project is refused here, for every command.
        if let problem = RenderedPath.problem(path.value) {
            sink.error(
                "file path '\(path.value)' \(problem)", at: path.range,
                help: "restore the lock from version control; it is written by pmo and not edited by hand")
            return nil
        }
        if sha.value.count != 64 || !sha.value.allSatisfy(\.isHexDigit) {
            sink.error("sha256 '\(sha.value)' is not 64 hex digits", at: sha.range)
        }
        return Lock.FileEntry(path: path.value, policy: policy, sha256: sha.value)
    }

    /// A YAML value as a parameter value; text that is a real date reads as a date (it renders the same either way).
    static func parameterValue(_ node: Node) -> ParameterValue? {
        if let items = node.sequence {
            let texts = items.compactMap { $0.isNull ? nil : $0.scalar?.text }
            return texts.count == items.count ? .list(texts) : nil
        }
        switch node.scalar?.value {
        case .int(let i)?: return .int(i)
        case .bool(let b)?: return .bool(b)
        case .string(let s)?: return CalendarDate(s).map(ParameterValue.date) ?? .string(s)
        case .float?: return node.scalar.map { .string($0.text) }
        default: return nil
        }
    }
}
