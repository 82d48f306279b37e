import PMOCatalog
import PMOProject
import PMOReport
import PMOSupport

/// The lint, waiver and checklist parts of a project report, from engines that drift does not depend on.
///
/// Like ``ProjectInsights`` for `pmo drift`: the command line passes an adapter over the rules engine and
/// the living checklists; without one, a report still carries identity, templates and files.
package protocol ReportInsights: Sendable {
    /// Lint, waivers and checklists of the project at `root`, as of `today`.
    func details(projectRoot root: String, today: CalendarDate) -> ReportDetails
}

/// What ``ReportInsights`` adds to a report.
package struct ReportDetails: Sendable, Hashable {
    /// nil when the project's rules could not run.
    package var lint: ReportLint?
    package var waivers: [ReportWaiver]
    package var checklists: [ReportChecklist]

    package init(lint: ReportLint?, waivers: [ReportWaiver], checklists: [ReportChecklist]) {
        self.lint = lint
        self.waivers = waivers
        self.checklists = checklists
    }

    /// Nothing known beyond drift.
    package static let empty = ReportDetails(lint: nil, waivers: [], checklists: [])
}
