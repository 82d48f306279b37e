import ArgumentParser
import Foundation
import PMOCatalog
import PMODrift

/// `pmo update [PROJECT]`: take a newer version of the standard into a project without losing its edits.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Merge a newer version of the project's standard into it (3-way, local edits kept).",
        discussion: """
            Each managed file is merged: base = the recorded version re-rendered (from the catalog's git history),
            ours = the project's file, theirs = the new version. Conflicts are written inline between
            <<<<<<< project and >>>>>>> standard X.Y.Z and listed. See docs/drift.md.
            The update is all or nothing: files and the lock are staged under .pmo/ and renamed into place after a journal \
            is committed; an update that was killed is finished (or, if killed before its commit, cleaned up) by the next pmo update.
            Exit status: 0 updated (or nothing to do), 1 conflicts written (or, with --dry-run, expected) or bad input, 2 usage error.
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("The project folder.", valueName: "PROJECT"), completion: .directory)
    var project: String = "."

    @Option(
        help: ArgumentHelp("The version to go to (default: the catalog's current version).", valueName: "VERSION"),
        transform: UpdateCommand.version)
    var to: Semver?

    @Option(help: ArgumentHelp("Update only this template of the project (one added with pmo new --add, say).", valueName: "NAME"))
    var template: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp("A value for a parameter the new version adds without a default (repeatable).", valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Flag(name: .customLong("dry-run"), help: "Show what would happen to every file; write nothing.")
    var dryRun = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: project, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("project folder '\(project)' does not exist")
        }
    }

    /// `--to VERSION`, with or without a leading `v`.
    static func version(_ text: String) throws -> Semver {
        guard let version = Semver(text.hasPrefix("v") ? String(text.dropFirst()) : text) else {
            throw ValidationError("not a version (MAJOR.MINOR.PATCH)")
        }
        return version
    }

    func run() throws {
        let console = Console()
        let root = try catalogOptions.locate(console: console)
        let catalog = try catalogOptions.load(console: console).catalog
        let updater = ProjectUpdater(catalog: catalog, catalogRoot: root, yamlLimits: Environment.yamlLimits())
        let shown = Paths.display(project) == "" ? "." : Paths.display(project)
        // Even a dry run: finishing an interrupted update writes, and must not race a running one.
        let lock = try ProjectLocking.lock(project, command: "pmo update", console: console)
        defer { lock?.release() }
        let result = updater.run(
            projectRoot: project, displayPath: shown, template: template, to: to, assignments: assignments, dryRun: dryRun)
        for note in UpdateText.notes(result.recovery) { console.error(note) }
        if let update = result.update { console.write(UpdateText.render(update, dryRun: dryRun)) }
        if let failure = result.failure { try report(failure, console: console) }
        for line in UpdateText.selfChecks(result.selfChecks) { console.line(line) }
        if result.hasConflicts {
            console.error(UpdateText.conflictAdvice(dryRun: dryRun))
            throw ExitCode(1)
        }
    }

    private func report(_ error: UpdateError, console: Console) throws -> Never {
        switch error {
        case .lock(.badLock(let diagnostics)):
            console.report(diagnostics)
            throw ExitCode(1)
        case .renderFailed(let name, let version, let diagnostics) where !diagnostics.isEmpty:
            console.report(diagnostics)
            console.error(
                "error: cannot render \(name) \(version) with the project's parameters (a parameter the new version adds without a default is given with --set NAME=VALUE)"
            )
            throw ExitCode(1)
        case .lock(.noLock), .templateNotInProject:
            console.error("error: \(error)")
            throw ExitCode(2)
        default:
            console.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}
