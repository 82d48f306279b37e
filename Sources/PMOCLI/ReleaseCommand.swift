import ArgumentParser
import Foundation
import PMOAuthoring
import PMOCatalog

/// `pmo release KIND/NAME --bump … --note …`: raise a standard's version and append its changelog entry.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Release a new version of a standard: set metadata.version and append the changelog entry.",
        discussion: """
            Only the version line and the new changelog entry change in the YAML file; comments and layout stay. \
            pmo release refuses when the version and the changelog already disagree, and warns when git shows no \
            change to the document (for a template, its folder) since its last release. Run pmo validate afterwards.
            Exit status: 0 released, 1 the document has errors or cannot be written, 2 usage error (unknown document, bad --bump or --date).
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("The document: KIND/NAME, e.g. template/standard-project or checklist/kickoff.", valueName: "KIND/NAME"))
    var document: String

    @Option(help: "Which part of the version to raise: major, minor or patch.")
    var bump: VersionBump

    @Option(help: ArgumentHelp("What changed, for the changelog.", valueName: "TEXT"))
    var note: String

    @Option(help: ArgumentHelp("The changelog date (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    func validate() throws {
        _ = try key()
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--note must say what changed") }
    }

    /// `KIND/NAME` as a document key, or a usage error naming the kinds.
    private func key() throws -> DocumentKey {
        let parts = document.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let kinds = DocumentKind.allCases.map(\.referenceName).joined(separator: ", ")
        guard parts.count == 2, !parts[1].isEmpty else {
            throw ValidationError("'\(document)' is not KIND/NAME (e.g. template/standard-project); kinds: \(kinds)")
        }
        guard let kind = DocumentKind(referenceName: parts[0]) else {
            throw ValidationError("unknown kind '\(parts[0])' in '\(document)'; kinds: \(kinds)")
        }
        return DocumentKey(kind: kind, name: parts[1])
    }

    func run() throws {
        let console = Console()
        let key = try key()
        let loaded = try catalogOptions.load(console: console)
        let release = StandardRelease(catalog: loaded.catalog, diagnostics: loaded.diagnostics, yamlLimits: Environment.yamlLimits())
        let outcome: StandardRelease.Outcome
        do {
            outcome = try release.release(
                key, bump: bump, note: note.trimmingCharacters(in: .whitespacesAndNewlines), date: date ?? .today())
        } catch {
            if !error.diagnostics.isEmpty { console.report(error.diagnostics) }
            console.error("error: \(error)")
            if case .unknownDocument = error { throw ExitCode(2) }
            throw ExitCode(1)
        }
        switch outcome.history {
        case .changed:
            break
        case .unchanged(let commit):
            console.error(
                "warning: \(key) has not changed since its last release (commit \(commit.prefix(12))); released anyway — was this intended?"
            )
        case .notChecked:
            console.error("warning: the catalog is not in a git repository, so pmo cannot check that \(key) changed since its last release")
        }
        console.line("released \(key) \(outcome.previous) → \(outcome.version) (\(outcome.date)) in \(outcome.file)")
        console.line("next: pmo validate, then commit the change and the release together")
    }
}

extension VersionBump: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
