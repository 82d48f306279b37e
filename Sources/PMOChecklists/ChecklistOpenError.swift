import PMOSupport

/// Why a project's checklists could not be opened.
package enum ChecklistOpenError: Error, Sendable {
    /// The project's lock is refused (the same checks as lint, drift and update make).
    case badLock(DiagnosticList)
    /// The checklist files are missing or broken.
    case unreadable(DiagnosticList)

    /// The problems, with their positions.
    package var diagnostics: [Diagnostic] {
        switch self {
        case .badLock(let list), .unreadable(let list): return list.diagnostics
        }
    }

    /// Whether the project has no checklists to open at all (nothing points into a file), rather than a broken file.
    package var isMissing: Bool {
        if case .unreadable(let list) = self { return !list.diagnostics.contains { $0.range != nil } }
        return false
    }
}
