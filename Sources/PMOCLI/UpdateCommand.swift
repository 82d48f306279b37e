import ArgumentParser
import Foundation
import PMOCatalog
import PMODrift
import PMOTemplates
import PMOYAML

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
        let version = to
        let root = try catalogOptions.locate(console: console)
        let catalog = try catalogOptions.load(console: console).catalog
        let history = CatalogHistory.open(root: root)
        let updater = ProjectUpdater(
            catalog: catalog, history: history, currentCommit: history?.head(),
            yamlLimits: Environment.yamlLimits())
        let shown = Paths.display(project) == "" ? "." : Paths.display(project)
        // Even a dry run: finishing an interrupted update below writes, and must not race a running one.
        let lock = try ProjectLocking.lock(project, command: "pmo update", console: console)
        defer { lock?.release() }
        do {
            let recovery = try UpdateJournal.recover(projectRoot: project)
            if let moves = recovery.finishedMoves {
                console.error(
                    "note: finished an update that was interrupted (\(moves) file\(moves == 1 ? "" : "s") left to place, then the lock)")
            }
            for folder in recovery.removedStaging {
                console.error("note: removed \(folder), left by an update that was interrupted before it changed anything")
            }
        } catch {
            try report(error, console: console)
        }
        let update: ProjectUpdate
        do {
            update = try updater.plan(projectRoot: project, displayPath: shown, template: template, to: version, assignments: assignments)
        } catch {
            try report(error, console: console)
        }
        console.write(Self.render(update, project: shown, dryRun: dryRun))
        if !dryRun {
            do {
                try updater.apply(update, projectRoot: project)
            } catch {
                try report(error, console: console)
            }
            for check in ChecklistSelfCheck.evaluate(update, projectRoot: project, catalog: catalog) {
                let outcome: String
                switch check.outcome {
                case .passed: outcome = "passed"
                case .failed(let why): outcome = "failed — \(why)"
                case .notEvaluated(let why): outcome = "not evaluated — \(why)"
                }
                console.line("  checklist/\(check.checklist) \(check.item) (checks itself): \(outcome)")
            }
        }
        if update.hasConflicts {
            console.error(
                "\(dryRun ? "the update would leave" : "left") conflicts: keep what you want between <<<<<<< and >>>>>>>, delete the marker lines, then commit"
            )
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

    /// Per template: the versions, where the base came from, and every file's action.
    static func render(_ update: ProjectUpdate, project: String, dryRun: Bool) -> String {
        var out = ""
        for locked in update.upToDate {
            out += "\(locked.name) \(locked.version): already current\n"
        }
        for plan in update.plans {
            out += "\(plan.template) \(plan.fromVersion) → \(plan.toVersion)\(dryRun ? " (dry run, nothing written)" : "")\n"
            if let note = plan.baseNote { out += "  note: \(note)\n" }
            for file in plan.files.sorted(by: { $0.path < $1.path }) {
                var line = "  \(file.action.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(file.path)"
                if !file.conflictRegions.isEmpty {
                    line += " (lines " + file.conflictRegions.map { "\($0.startLine)-\($0.endLine)" }.joined(separator: ", ") + ")"
                }
                if let note = file.note { line += " — \(note)" }
                out += line + "\n"
            }
            for checklist in plan.checklists {
                out +=
                    "  \(checklist.action.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) checklist/\(checklist.name)"
                    + (checklist.note.map { " — \($0)" } ?? "") + "\n"
            }
            var counts: [FileUpdate.Action: Int] = [:]
            for file in plan.files { counts[file.action, default: 0] += 1 }
            let summary = FileUpdate.Action.allCases.compactMap { action in counts[action].map { "\($0) \(action.rawValue)" } }
            let carried = ChecklistUpdate.Action.allCases.compactMap { action -> String? in
                let count = plan.checklists.filter { $0.action == action }.count
                return count == 0
                    ? nil
                    : "\(count) checklist\(count == 1 ? "" : "s") \(action == .add ? "added" : action == .retire ? "retired" : "restored")"
            }
            out +=
                "  " + (summary.isEmpty ? "no managed files" : summary.joined(separator: ", "))
                + (carried.isEmpty ? "" : "; " + carried.joined(separator: ", ")) + "\n"
        }
        return out
    }
}
