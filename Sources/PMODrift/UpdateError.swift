import PMOProject
import PMOSupport
import PMOYAML

/// Why `pmo update` cannot go ahead; each says what to do.
package enum UpdateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Conflict markers from an earlier update are still in the project.
    case unresolvedConflicts([MarkerLocation])
    /// A managed path is something other than a regular file.
    case notAFile(path: String)
    /// A file could not be read.
    case unreadable(path: String)
    /// A symbolic link on the way to a managed file leads out of the project; the file is never read through it.
    case leavesProject(path: String, escape: ContainedPath.Escape)
    /// A file could not be written; nothing was changed.
    case writeFailed(path: String, reason: String)
    /// An update was committed (its journal written) but a step after it failed; the next `pmo update` finishes it.
    case interrupted(path: String, reason: String)
    /// `.pmo/update-journal` exists but cannot be read.
    case badJournal(reason: String)
    /// The lock names a template the catalog does not have.
    case unknownTemplate(name: String, known: [String])
    /// `--to` names a version the template never had.
    case unknownVersion(template: String, requested: String, available: [String])
    /// `--to` names a version older than the project's.
    case downgrade(template: String, recorded: String, requested: String)
    /// `--to` names an old version that only the catalog's history has, and there is none.
    case versionNeedsHistory(template: String, requested: String)
    /// `--template` names a template the project does not carry.
    case templateNotInProject(name: String, inProject: [String])
    /// The template could not be rendered (or its parameters resolved); the diagnostics say where.
    case renderFailed(template: String, version: String, diagnostics: [Diagnostic])
    /// The lock could not be read.
    case lock(LockError)
    /// A checklist the update carries cannot be read or is missing from the catalog.
    case badChecklist(name: String, reason: String)

    /// Where one leftover conflict marker is.
    package struct MarkerLocation: Sendable, Hashable {
        package var path: String
        package var line: Int

        package init(path: String, line: Int) {
            self.path = path
            self.line = line
        }
    }

    package var description: String {
        switch self {
        case .unresolvedConflicts(let markers):
            let list = markers.map { "  \($0.path):\($0.line)" }.joined(separator: "\n")
            return
                "conflict markers from an earlier update are still in the project:\n\(list)\nresolve them (keep what you want, delete the <<<<<<< ======= >>>>>>> lines), then run pmo update again"
        case .notAFile(let path):
            return "\(path): is not a regular file; move it away or restore the file, then run pmo update again"
        case .unreadable(let path):
            return "\(path): cannot be read"
        case .leavesProject(let path, let escape):
            return "\(path): \(escape.reason(leaving: "project")); replace the link with a folder of the project, then run pmo update again"
        case .writeFailed(let path, let reason):
            return "\(path): cannot be written (\(reason)); nothing was changed and the lock was not rewritten"
        case .interrupted(let path, let reason):
            return
                "\(path): cannot be put in place (\(reason)); the update is half done and its journal \(UpdateJournal.path) is kept: fix the cause and run pmo update again to finish it"
        case .badJournal(let reason):
            return
                "\(UpdateJournal.path) records an interrupted pmo update but cannot be used: \(reason); to give up on that update, delete it and the .pmo/.update-* folders, then check the project with pmo drift"
        case .unknownTemplate(let name, let known):
            return
                "the catalog has no template '\(name)' (it has: \(known.joined(separator: ", "))); was it renamed or removed? check with the PMO or pass --catalog"
        case .unknownVersion(let template, let requested, let available):
            return "template '\(template)' has no version \(requested); available versions: \(available.joined(separator: ", "))"
        case .downgrade(let template, let recorded, let requested):
            return "template '\(template)' is at \(recorded) in this project; pmo update does not go back to \(requested)"
        case .versionNeedsHistory(let template, let requested):
            return
                "version \(requested) of '\(template)' is not the catalog's current version, and the catalog is not a git repository to take it from; update to the current version instead"
        case .templateNotInProject(let name, let inProject):
            return "the project does not use template '\(name)' (it uses: \(inProject.joined(separator: ", ")))"
        case .renderFailed(let template, let version, let diagnostics):
            return "cannot render \(template) \(version):\n" + diagnostics.map { "  " + $0.summary }.joined(separator: "\n")
        case .lock(let error):
            return error.description
        case .badChecklist(let name, let reason):
            return "checklist '\(name)' cannot be carried by the update: \(reason); nothing was changed"
        }
    }
}
