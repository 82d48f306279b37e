import ArgumentParser
import Foundation
import PMOCatalog
import PMOChecklists
import PMOProject
import PMORules
import PMOSupport
import PMOTemplates
import PMOYAML

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
            var reports = book.reports(catalog: catalog, verifier: ChecklistVerifier(projectRoot: project, catalog: catalog))
            if let checklist {
                guard reports.contains(where: { $0.name == checklist }) else {
                    console.error(
                        "error: \(ChecklistError.unknownChecklist(checklist, suggestion: Suggestion.closest(to: checklist, in: reports.map(\.name))))"
                    )
                    throw ExitCode(1)
                }
                reports = reports.filter { $0.name == checklist }
            }
            switch format {
            case .json:
                console.line(try JSONOutput.encode(ChecklistJSON(project: Paths.display(project), reports: reports, catalog: catalog)))
            case .text:
                console.line(ChecklistText.progress(reports, catalog: catalog))
                if items || checklist != nil { console.line("\n" + ChecklistText.items(reports)) }
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
            let console = Console()
            let lock = try ProjectLocking.lock(project, command: "pmo checklist check", console: console)
            defer { lock?.release() }
            var (book, catalog) = try ChecklistCommand.open(project, catalogOptions: catalogOptions, console: console)
            do {
                let name = try book.check(item, by: by, evidence: evidence, checklist: checklist, catalog: catalog)
                let record = book.states.first { $0.name == name }?.items.first { $0.id == item }
                ChecklistCommand.confirm(console, format: format, checklist: name, item: item, record: record)
            } catch {
                console.error("error: \(error)")
                throw ExitCode(1)
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
            let console = Console()
            let lock = try ProjectLocking.lock(project, command: "pmo checklist uncheck", console: console)
            defer { lock?.release() }
            var (book, catalog) = try ChecklistCommand.open(project, catalogOptions: catalogOptions, console: console)
            do {
                let name = try book.uncheck(item, checklist: checklist, catalog: catalog)
                ChecklistCommand.confirm(console, format: format, checklist: name, item: item, record: ChecklistState.Item(id: item))
            } catch {
                console.error("error: \(error)")
                throw ExitCode(1)
            }
        }
    }

    /// The project's checklists and the catalog; exit 2 when either is missing, 1 when the lock is broken
    /// (read by the same reader as lint, drift and update, so that `verify:` items never see a lock they refuse).
    static func open(_ project: String, catalogOptions: CatalogOptions, console: Console) throws -> (ProjectChecklists, Catalog) {
        do {
            _ = try ProjectContext.withCheckedLock(root: project, displayPath: Paths.display(project + "/" + Lock.path))
        } catch {
            console.report(error.diagnostics)
            throw ExitCode(1)
        }
        let book: ProjectChecklists
        do {
            book = try ProjectChecklists(projectRoot: project, displayRoot: Paths.display(project))
        } catch {
            console.report(error.diagnostics)
            throw ExitCode(error.diagnostics.contains { $0.range != nil } ? 1 : 2)
        }
        return (book, try catalogOptions.load(console: console).catalog)
    }

    static func confirm(_ console: Console, format: OutputFormat, checklist: String, item: String, record: ChecklistState.Item?) {
        switch format {
        case .json:
            let json = ItemChangeJSON(
                checklist: checklist, item: item, status: record?.status.rawValue ?? "open", by: record?.by, at: record?.at,
                evidence: record?.evidence)
            console.line((try? JSONOutput.encode(json)) ?? "{}")
        case .text:
            if record?.status == .done {
                console.line("✓ \(item) (checklist/\(checklist)) done by \(record?.by ?? "")" + (record?.evidence.map { " — \($0)" } ?? ""))
            } else {
                console.line("○ \(item) (checklist/\(checklist)) is open again")
            }
        }
    }
}
