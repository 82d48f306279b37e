/// The handful of counts a portfolio lists and a history charts, derived from a report's parts.
public struct ReportSummary: Codable, Sendable, Hashable {
    /// Changelog entries behind, summed over the templates.
    public var versionsBehind: Int
    public var modifiedFiles: Int
    public var deletedFiles: Int
    public var lintErrors: Int
    public var lintWarnings: Int
    public var checklistDone: Int
    public var checklistTotal: Int
    /// Waivers that expire within 30 days.
    public var waiversExpiringSoon: Int

    public init(
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
    public init(templates: [ReportTemplate], lint: ReportLint?, waivers: [ReportWaiver], checklists: [ReportChecklist]) {
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
    public var isBehind: Bool { versionsBehind > 0 }
}
