import PMOCatalog
import PMOSupport
import PMOYAML

/// Reads `.pmo/lock.yaml` back into a ``Lock``, reporting every problem at its YAML position.
public struct LockLoader: Sendable {
    /// Bounds for the YAML.
    public var limits: YAMLLimits

    /// Creates a loader.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Loads the lock of the project at `projectRoot`; diagnostics name `displayPath`.
    public func load(projectRoot: String, displayPath: String? = nil) throws(DiagnosticList) -> Lock {
        let shown = displayPath ?? (projectRoot == "." ? Lock.path : projectRoot + "/" + Lock.path)
        do {
            return try parse(
                YAMLLoader(limits: limits).loadFile(atPath: Lock.path, displayPath: shown, under: projectRoot, place: "project"))
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([Diagnostic(.error, "cannot read the lock file: \(error)", file: shown, range: nil)])
        }
    }

    /// Loads a lock from YAML text (tests, or a lock taken from git history).
    public func load(_ text: String, path: String = Lock.path) throws(DiagnosticList) -> Lock {
        do {
            return try parse(YAMLLoader(limits: limits).load(text, path: path))
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([Diagnostic(.error, "\(error)", file: path, range: nil)])
        }
    }

    private func parse(_ stream: YAMLStream) throws(DiagnosticList) -> Lock {
        let file = stream.source.path
        guard stream.documents.count == 1, let root = stream.documents.first, root.mapping != nil else {
            throw DiagnosticList([
                Diagnostic(.error, "the lock file must hold one mapping", file: file, range: stream.documents.first?.range)
            ])
        }
        var diagnostics: [Diagnostic] = []
        let fields = NodeFields(node: root, file: file, context: "the lock file")
        fields.rejectUnknown(["lockVersion", "template", "parameters", "catalog", "templates"], into: &diagnostics)
        if let version = fields.required("lockVersion", into: &diagnostics), version.scalar?.value != .int(Lock.formatVersion) {
            diagnostics.append(
                Diagnostic(
                    .error,
                    "lockVersion \(version.scalar?.text ?? version.kindDescription) is not supported (this pmo reads \(Lock.formatVersion))",
                    file: file, range: version.range, help: "upgrade pmo"))
        }
        var catalog = Lock.CatalogInfo(name: "", version: "")
        if let node = fields.required("catalog", into: &diagnostics) {
            let c = NodeFields(node: node, file: file, context: "catalog")
            catalog = Lock.CatalogInfo(
                name: c.string("name", into: &diagnostics) ?? "", version: c.string("version", into: &diagnostics) ?? "",
                commit: c.string("commit", required: false, into: &diagnostics))
        }
        var templates: [Lock.TemplateEntry] = []
        if let node = fields.required("templates", into: &diagnostics) {
            if let items = node.sequence, !items.isEmpty {
                templates = items.compactMap { template($0, file: file, diagnostics: &diagnostics) }
            } else {
                diagnostics.append(Diagnostic(.error, "'templates' must be a non-empty list", file: file, range: node.range))
            }
        }
        if !diagnostics.filter({ $0.severity == .error }).isEmpty { throw DiagnosticList(diagnostics) }
        return Lock(catalog: catalog, templates: templates)
    }

    private func template(_ node: Node, file: String, diagnostics: inout [Diagnostic]) -> Lock.TemplateEntry? {
        guard node.mapping != nil else {
            diagnostics.append(
                Diagnostic(.error, "a template entry must be a mapping, not \(node.kindDescription)", file: file, range: node.range))
            return nil
        }
        let fields = NodeFields(node: node, file: file, context: "template entry")
        fields.rejectUnknown(["name", "version", "parameters", "checklists", "rules", "files"], into: &diagnostics)
        let name = fields.string("name", into: &diagnostics)
        let version = fields.string("version", into: &diagnostics)
        if let version, Semver(version) == nil {
            diagnostics.append(
                Diagnostic(
                    .error, "template '\(name ?? "?")' has version '\(version)', which is not a semantic version",
                    file: file, range: node["version"]?.range,
                    help: "restore the lock from version control; it is written by pmo and not edited by hand"))
        }
        var parameters: [(name: String, value: ParameterValue)] = []
        if let node = node["parameters"], !node.isNull {
            if let entries = node.mapping {
                for entry in entries {
                    guard let key = entry.key.string, let value = Self.parameterValue(entry.value) else {
                        diagnostics.append(
                            Diagnostic(
                                .error, "parameter values are text, numbers, booleans or lists of text", file: file,
                                range: entry.value.range))
                        continue
                    }
                    parameters.append((key, value))
                }
            } else {
                diagnostics.append(Diagnostic(.error, "'parameters' must be a mapping", file: file, range: node.range))
            }
        }
        var files: [Lock.FileEntry] = []
        if let list = fields.required("files", into: &diagnostics) {
            for item in list.sequence ?? [] {
                let f = NodeFields(node: item, file: file, context: "file entry")
                guard let path = f.string("path", into: &diagnostics), let policyText = f.string("policy", into: &diagnostics),
                    let sha = f.string("sha256", into: &diagnostics)
                else { continue }
                guard let policy = TemplateSpec.Policy(rawValue: policyText) else {
                    diagnostics.append(
                        Diagnostic(.error, "policy '\(policyText)' is not managed or seeded", file: file, range: item["policy"]?.range))
                    continue
                }
                // Drift reads and update replaces these paths: one that leaves the project is refused here, for every command.
                if let problem = RenderedPath.problem(path) {
                    diagnostics.append(
                        Diagnostic(
                            .error, "file path '\(path)' \(problem)", file: file, range: item["path"]?.range,
                            help: "restore the lock from version control; it is written by pmo and not edited by hand"))
                    continue
                }
                if sha.count != 64 || !sha.allSatisfy(\.isHexDigit) {
                    diagnostics.append(Diagnostic(.error, "sha256 '\(sha)' is not 64 hex digits", file: file, range: item["sha256"]?.range))
                }
                files.append(Lock.FileEntry(path: path, policy: policy, sha256: sha))
            }
            if list.sequence == nil { diagnostics.append(Diagnostic(.error, "'files' must be a list", file: file, range: list.range)) }
        }
        guard let name, let version else { return nil }
        return Lock.TemplateEntry(
            name: name, version: version, parameters: ResolvedParameters(parameters),
            checklists: fields.strings("checklists", into: &diagnostics), rules: fields.strings("rules", into: &diagnostics),
            files: files)
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
