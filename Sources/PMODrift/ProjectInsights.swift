/// Lint and checklist figures for a project, from engines that drift does not depend on.
///
/// The command line passes an adapter over `pmo lint` and `pmo checklist`; without one (or when an
/// engine cannot run on a project), drift still reports files and versions.
package protocol ProjectInsights: Sendable {
    /// The lint summary of the project at `root`, nil when it cannot be computed.
    func lintSummary(projectRoot root: String) -> LintSummary?
    /// Checklist completion of the project at `root`, nil when it has no checklists or they cannot be read.
    func checklistCompletion(projectRoot root: String) -> ChecklistCompletion?
}

/// Counts of lint findings by severity.
package struct LintSummary: Sendable, Hashable, Codable {
    package var errors: Int
    package var warnings: Int

    package init(errors: Int, warnings: Int) {
        self.errors = errors
        self.warnings = warnings
    }
}

/// How many checklist items are done, over all of a project's checklists.
package struct ChecklistCompletion: Sendable, Hashable, Codable {
    package var done: Int
    package var total: Int

    package init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// Whole percent done (0 for an empty checklist).
    package var percent: Int { total == 0 ? 0 : done * 100 / total }

    /// `12/30 (40%)`.
    package var text: String { "\(done)/\(total) (\(percent)%)" }
}
