import Foundation
import PMOCatalog
import PMOChecklists
import PMOReport
import PMORules

/// The lint, waiver and checklist parts of `pmo report`, from the rules engine and the living checklists.
package struct EngineReportInsights: ReportInsights {
    /// Waivers expiring within this many days are flagged.
    static let expiringWithinDays = 30

    /// The catalog the rule sets and checklists come from.
    package let catalog: Catalog
    private let pipeline: LintPipeline

    /// Details from `catalog`'s rule sets and checklists.
    package init(catalog: Catalog) {
        self.catalog = catalog
        pipeline = LintPipeline(catalog: catalog)
    }

    /// Lint through the same ``LintPipeline`` as `pmo lint` (a broken waiver file does not hide the lint;
    /// `pmo lint` reports it), waivers with their expiry, and checklist progress by phase.
    package func details(projectRoot root: String, today: CalendarDate) -> ReportDetails {
        var lint: ReportLint?
        var waivers: [ReportWaiver] = []
        if let prepared = try? pipeline.prepare(projectRoot: root, toleratingWaiverProblems: true) {
            let result = prepared.lint(today: today)
            lint = ReportLint(
                errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount,
                findings: result.findings.map(Self.finding))
            waivers = prepared.waivers.waivers.map { waiver(for: $0, today: today) }
        }
        return ReportDetails(lint: lint, waivers: waivers, checklists: checklists(root))
    }

    private func checklists(_ root: String) -> [ReportChecklist] {
        guard let checklists = try? ProjectChecklists(projectRoot: root) else { return [] }
        let verifier = ChecklistVerifier(projectRoot: root, catalog: catalog, ruleSets: RuleSetCache())
        // A retired checklist (dropped by a newer template version) is kept in .pmo/ but no longer counts.
        return checklists.reports(catalog: catalog, verifier: verifier).filter { $0.retired == nil }.map { report in
            ReportChecklist(
                name: report.name, title: report.title, version: report.version, done: report.done, total: report.total,
                phases: report.phases(in: catalog).map { ReportPhase(id: $0.id, title: $0.title, done: $0.done, total: $0.total) })
        }
    }

    private func waiver(for waiver: Waiver, today: CalendarDate) -> ReportWaiver {
        let expired = waiver.isExpired(on: today)
        let daysLeft = waiver.expires.dayNumber - today.dayNumber
        return ReportWaiver(
            rule: waiver.rule, path: waiver.path?.description, reason: waiver.reason, owner: waiver.owner,
            expires: waiver.expires.description, expired: expired,
            expiringSoon: !expired && daysLeft <= Self.expiringWithinDays)
    }

    /// A finding as the report lists it.
    package static func finding(_ finding: Finding) -> ReportFinding {
        ReportFinding(
            rule: finding.qualifiedRuleID, severity: finding.severity.rawValue, file: finding.file,
            line: finding.range?.start.line, column: finding.range?.start.column, message: finding.message)
    }
}
