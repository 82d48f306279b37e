/// The handful of counts a portfolio lists and a history charts, derived from a report's parts.
package struct ReportSummary: Codable, Sendable, Hashable {
    /// Changelog entries behind, summed over the templates.
    package var versionsBehind: Int
    package var modifiedFiles: Int
    package var deletedFiles: Int
    package var lintErrors: Int
    package var lintWarnings: Int
    package var checklistDone: Int
    package var checklistTotal: Int
    /// Waivers that expire within 30 days.
    package var waiversExpiringSoon: Int

    package init(
        versionsBehind: Int, modifiedFiles: Int, deletedFiles: Int, lintErrors: Int, lintWarnings: Int,
        checklistDone: Int, checklistTotal: Int, waiversExpiringSoon: Int
    ) {
        self.versionsBehind = versionsBehind
        self.modifiedFiles = modifiedFiles
        self.deletedFiles = deletedFiles
        self.lintErrors = lintErrors
        self.lintWarnings = lintWarnings
        self.checklistDone = checklistDone
        self.checklistTotal = checklistTotal
        self.waiversExpiringSoon = waiversExpiringSoon
    }

    /// The counts of a report with these parts.
    package init(templates: [ReportTemplate], lint: ReportLint?, waivers: [ReportWaiver], checklists: [ReportChecklist]) {
        self.init(
            versionsBehind: templates.reduce(0) { $0 + $1.versionsBehind },
            modifiedFiles: templates.reduce(0) { $0 + $1.modifiedFiles.count },
            deletedFiles: templates.reduce(0) { $0 + $1.deletedFiles.count },
            lintErrors: lint?.errors ?? 0, lintWarnings: lint?.warnings ?? 0,
            checklistDone: checklists.reduce(0) { $0 + $1.done },
            checklistTotal: checklists.reduce(0) { $0 + $1.total },
            waiversExpiringSoon: waivers.filter(\.expiringSoon).count)
    }

    /// Whether any template is behind the catalog.
    package var isBehind: Bool { versionsBehind > 0 }
}
