import ArgumentParser
import Foundation
import PMOCatalog
import PMOChecklists
import PMOSupport

/// `pmo checklist`: progress of a project's living checklists; `check` and `uncheck` attest manual items.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Show a project's checklist progress, or tick manual items (check / uncheck).",
        discussion:
            "Items with verify: are evaluated every time and cannot be ticked by hand. Exit status: 0 ok, 1 bad item or input, 2 no project or catalog.",
        subcommands: [Show.self, Check.self, Uncheck.self],
        defaultSubcommand: Show.self)

    /// `pmo checklist [show] [PROJECT]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Progress per checklist and phase (with --items, every item).")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("The project folder.", valueName: "PROJECT"), completion: .directory)
        var project: String = "."

        @Option(help: ArgumentHelp("Only this checklist (its items are listed).", valueName: "NAME"))
        var checklist: String?

        @Flag(help: "List every item, not only the progress.")
        var items = false

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let console = Console()
            let (book, catalog) = try ChecklistCommand.open(project, catalogOptions: catalogOptions, console: console)
            let reports: [ChecklistReport]
            do {
                reports = try book.reports(catalog: catalog, only: checklist)
            } catch {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
            switch format {
            case .json:
                console.line(try JSONText.encode(ChecklistJSON(project: Paths.display(project), reports: reports, catalog: catalog)))
            case .text:
                console.line(ChecklistText.report(reports, catalog: catalog, listItems: items || checklist != nil))
            }
        }
    }

    /// `pmo checklist check ITEM --by NAME [--evidence TEXT]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Attest a manual item as done.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("The item id (e.g. KO-01).", valueName: "ITEM"))
        var item: String

        @Option(help: ArgumentHelp("Who attests it.", valueName: "NAME"))
        var by: String

        @Option(help: ArgumentHelp("The evidence (a link, a document); required when the item asks for it.", valueName: "TEXT"))
        var evidence: String?

        @Option(help: ArgumentHelp("The checklist, when several have the item id.", valueName: "NAME"))
        var checklist: String?

        @Option(help: ArgumentHelp("The project folder.", valueName: "PROJECT"), completion: .directory)
        var project: String = "."

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if by.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--by needs the name of the person who attests the item; it is empty")
            }
        }

        func run() throws {
            try ChecklistCommand.change(project, command: "pmo checklist check", catalogOptions: catalogOptions, format: format) {
                book, catalog throws(ChecklistError) in
                try book.check(item, by: by, evidence: evidence, checklist: checklist, catalog: catalog)
            }
        }
    }

    /// `pmo checklist uncheck ITEM`.
    struct Uncheck: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-open a manual item.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("The item id.", valueName: "ITEM"))
        var item: String

        @Option(help: ArgumentHelp("The checklist, when several have the item id.", valueName: "NAME"))
        var checklist: String?

        @Option(help: ArgumentHelp("The project folder.", valueName: "PROJECT"), completion: .directory)
        var project: String = "."

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            try ChecklistCommand.change(project, command: "pmo checklist uncheck", catalogOptions: catalogOptions, format: format) {
                book, catalog throws(ChecklistError) in
                try book.uncheck(item, checklist: checklist, catalog: catalog)
            }
        }
    }

    /// The project's checklists and the catalog; exit 2 when either is missing, 1 when the lock or a checklist file is broken.
    static func open(_ project: String, catalogOptions: CatalogOptions, console: Console) throws -> (ProjectChecklists, Catalog) {
        let book: ProjectChecklists
        do {
            book = try ProjectChecklists.open(projectRoot: project, displayRoot: Paths.display(project))
        } catch {
            console.report(error.diagnostics)
            throw ExitCode(error.isMissing ? 2 : 1)
        }
        return (book, try catalogOptions.load(console: console).catalog)
    }

    /// Ticks or re-opens one item under the project's write lock and prints what changed; exit 1 when refused.
    static func change(
        _ project: String, command: String, catalogOptions: CatalogOptions, format: OutputFormat,
        _ body: (inout ProjectChecklists, Catalog) throws(ChecklistError) -> ItemChange
    ) throws {
        let console = Console()
        let lock = try ProjectLocking.lock(project, command: command, console: console)
        defer { lock?.release() }
        var (book, catalog) = try open(project, catalogOptions: catalogOptions, console: console)
        let change: ItemChange
        do {
            change = try body(&book, catalog)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        switch format {
        case .json: console.line((try? JSONText.encode(ItemChangeJSON(change))) ?? "{}")
        case .text: console.line(ChecklistText.change(change))
        }
    }
}
