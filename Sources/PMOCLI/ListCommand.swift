import ArgumentParser
import PMOCatalog
import PMOSupport

/// `pmo list`: browse the catalog as a table, filtered by kind, tag or owner.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List catalog documents (filter by --kind, --tag, --owner).")

    @OptionGroup var catalogOptions: CatalogOptions

    @Option(
        help: ArgumentHelp("Only this kind: catalog, template, checklist, ruleset, page.", valueName: "KIND"),
        transform: ListCommand.kind)
    var kind: DocumentKind?

    @Option(help: ArgumentHelp("Only documents with this tag.", valueName: "TAG"))
    var tag: String?

    @Option(help: ArgumentHelp("Only documents of this owner team.", valueName: "OWNER"))
    var owner: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    /// `--kind K`, case-insensitive, with a suggestion when misspelt.
    static func kind(_ text: String) throws -> DocumentKind {
        guard let kind = DocumentKind(referenceName: text.lowercased()) else {
            throw ValidationError(
                "unknown kind '\(text)'; \(Suggestion.help(for: text.lowercased(), in: DocumentKind.allCases.map(\.referenceName)))")
        }
        return kind
    }

    func run() throws {
        let console = Console()
        let kindFilter = kind
        let result = try catalogOptions.load(console: console)
        let documents = result.catalog.documents.filter { document in
            (kindFilter == nil || document.kind == kindFilter)
                && (tag == nil || document.metadata.tags.contains(tag!))
                && (owner == nil || document.metadata.owner?.value == owner)
        }
        switch format {
        case .text:
            var table = TextTable(["KIND/NAME", "TITLE", "VERSION", "STATUS", "OWNER"])
            for document in documents {
                table.add([
                    document.key.description, document.metadata.title, document.metadata.version.description,
                    document.metadata.status.rawValue, document.metadata.owner?.value ?? "",
                ])
            }
            console.line(table.render())
            console.line("\(documents.count) document\(documents.count == 1 ? "" : "s")")
        case .json:
            console.line(try JSONText.encode(documents.map(DocumentSummary.init)))
        }
        if result.errorCount > 0 {
            console.error("note: the catalog has \(result.errorCount) error(s); run `pmo validate`")
        }
    }
}

/// The JSON summary of a document in `pmo list`.
struct DocumentSummary: Encodable {
    var ref: String
    var kind: String
    var name: String
    var title: String
    var description: String
    var version: String
    var status: String
    var owner: String?
    var category: String?
    var tags: [String]
    var file: String

    init(_ document: Document) {
        ref = document.key.description
        kind = document.kind.rawValue
        name = document.metadata.name.value
        title = document.metadata.title
        description = document.metadata.description
        version = document.metadata.version.description
        status = document.metadata.status.rawValue
        owner = document.metadata.owner?.value
        category = document.metadata.category?.value
        tags = document.metadata.tags
        file = document.file
    }
}
