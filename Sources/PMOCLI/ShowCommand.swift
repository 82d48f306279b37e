import ArgumentParser
import PMOCatalog
import PMOSupport
import PMOYAML

/// `pmo show KIND/NAME`: one document in the terminal — metadata, its spec in brief, and what refers to it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one catalog document (e.g. template/standard-project).")

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("The document, written KIND/NAME.", valueName: "KIND/NAME"), transform: ShowCommand.key)
    var key: DocumentKey

    @Option(help: "Output format: text or json (the document as the strict loader read it).")
    var format: OutputFormat = .text

    /// `KIND/NAME`, or a usage error naming the kinds.
    static func key(_ text: String) throws -> DocumentKey {
        guard let key = DocumentKey(parsing: text) else {
            throw ValidationError("not KIND/NAME (kinds: \(DocumentKind.allCases.map(\.referenceName).joined(separator: ", ")))")
        }
        return key
    }

    func run() throws {
        let console = Console()
        let result = try catalogOptions.load(console: console)
        let catalog = result.catalog
        guard let document = catalog.document(key) else {
            let names = catalog.documents(of: key.kind).map(\.metadata.name.value)
            let hint = Suggestion.closest(to: key.name, in: names).map { "; did you mean \(key.kind.referenceName)/\($0)?" } ?? ""
            console.error("error: no \(key.kind.rawValue) named '\(key.name)'\(hint)")
            throw ExitCode(1)
        }
        switch format {
        case .json:
            console.line(JSONWriter.json(document.root))
        case .text:
            console.write(DocumentText(document: document, catalog: catalog).render())
        }
    }
}

/// The terminal rendering of one document.
struct DocumentText {
    let document: Document
    let catalog: Catalog

    func render() -> String {
        let m = document.metadata
        var out = "\(m.title)  (\(document.key))\n\(m.description)\n\n"
        var facts = TextTable(["", ""])
        facts.headers = ["version", "\(m.version)  [\(m.status.rawValue)]"]
        if let replacement = m.replacedBy { facts.add(["replacedBy", replacement.description]) }
        if let owner = m.owner { facts.add(["owner", ownerName(owner.value)]) }
        if let category = m.category { facts.add(["category", categoryTitle(category.value)]) }
        if !m.tags.isEmpty { facts.add(["tags", m.tags.joined(separator: ", ")]) }
        if let reviewed = m.reviewed {
            facts.add(["reviewed", reviewed.description + (m.reviewDue.map { "  (next review due \($0))" } ?? "")])
        }
        facts.add(["file", document.file])
        out += facts.render() + "\n"
        out += specText()
        if !m.changelog.isEmpty {
            out +=
                "\nchangelog:\n"
                + m.changelog.map { "  \($0.version)  \($0.date?.description ?? "")  \($0.changes)" }.joined(separator: "\n") + "\n"
        }
        let referrers = catalog.referrers(of: document.key)
        if !referrers.isEmpty {
            out += "\nreferenced by:\n" + referrers.map { "  \($0)" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    private func specText() -> String {
        switch document.spec {
        case .catalog(let s):
            return "\norganization: \(s.organization)\nowners: \(s.owners.map { "\($0.id.value) (\($0.name))" }.joined(separator: ", "))\n"
                + "categories: \(s.categories.map(\.id.value).joined(separator: ", "))\n"
                + "phases: \(s.phases.map(\.id.value).joined(separator: " → "))\n"
                + "policies: \(s.policies.map(\.description).joined(separator: ", "))\n"
        case .template(let s):
            var parameters = TextTable(["PARAMETER", "TYPE", "REQUIRED", "DEFAULT", "TITLE"])
            for p in s.parameters {
                parameters.add([
                    p.name.value, p.type.rawValue + (p.choices.isEmpty ? "" : " (\(p.choices.joined(separator: "|")))"),
                    p.required ? "yes" : "", p.defaultValue.map(Self.inline) ?? "", p.title,
                ])
            }
            var files = TextTable(["TARGET", "POLICY", "WHEN"])
            for f in s.files { files.add([f.target.value, f.policy.rawValue, f.when?.value ?? ""]) }
            return "\n" + parameters.render() + "\n\n" + files.render() + "\n\nchecklists: "
                + s.checklists.map(\.description).joined(separator: ", ") + "\nrules: " + s.rules.map(\.description).joined(separator: ", ")
                + "\n\nnew project: pmo new \(document.metadata.name.value) DEST --set NAME=VALUE ...\n"
        case .checklist(let s):
            var items = TextTable(["ID", "PHASE", "ROLE", "ITEM", "VERIFY"])
            for item in s.items {
                let verify: String
                switch item.verify {
                case .assert?: verify = "auto"
                case .rule(let set, let id, _)?: verify = "\(set)/\(id)"
                case nil: verify = ""
                }
                items.add([item.id.value, item.phase?.value ?? "", item.role?.value ?? "", item.text, verify])
            }
            return "\n" + items.render() + "\n"
        case .ruleSet(let s):
            var rules = TextTable(["RULE", "SEVERITY", "TITLE"])
            for rule in s.rules { rules.add([rule.id.value, rule.severity.rawValue, rule.title]) }
            return "\ntarget: \(s.target.rawValue)\n\n" + rules.render() + "\n"
        case .page(let s):
            let related = s.related.isEmpty ? "" : "\nrelated: " + s.related.map(\.description).joined(separator: ", ") + "\n"
            return "\n" + s.body + (s.body.hasSuffix("\n") ? "" : "\n") + related
        case .campaign(let s):
            var lines = ["", "deadline: \(s.deadline)", "target: \(s.target.value)"]
            let scope = s.appliesTo.templates.map(\.description) + s.appliesTo.owners.map { "owner \($0.value)" }
            lines.append("applies to: " + (scope.isEmpty ? "every project" : scope.joined(separator: ", ")))
            if let guidance = s.guidance { lines += ["", guidance] }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private func ownerName(_ id: String) -> String {
        catalog.spec?.owners.first { $0.id.value == id }.map { "\($0.name) (\(id))" } ?? id
    }

    private func categoryTitle(_ id: String) -> String {
        catalog.spec?.categories.first { $0.id.value == id }.map { "\($0.title) (\(id))" } ?? id
    }

    private static func inline(_ node: Node) -> String {
        node.scalar?.text ?? JSONWriter.json(node)
    }
}
