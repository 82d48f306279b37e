import PMOSupport
import PMOYAML

/// Why a project's lock cannot be used: drift, update and every other reader of `.pmo/lock.yaml` report these.
package enum LockError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder has no `.pmo/lock.yaml`.
    case noLock(project: String)
    /// The lock cannot be read or is malformed; the diagnostics carry its positions.
    case badLock([Diagnostic])

    package var description: String {
        switch self {
        case .noLock(let project):
            return "\(project): not a pmo project (no .pmo/lock.yaml); create one with pmo new"
        case .badLock(let diagnostics):
            return diagnostics.map(\.summary).joined(separator: "\n")
        }
    }
}
