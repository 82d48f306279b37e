import Foundation
import PMOCatalog
import PMODrift
import PMOReport
import PMORules
import PMOTemplates

/// The lint, waiver and checklist parts of `pmo report`, from the rules engine and the living checklists.
struct EngineReportInsights: ReportInsights {
    /// Waivers expiring within this many days are flagged.
    static let expiringWithinDays = 30

    let catalog: Catalog

    func details(projectRoot root: String, today: CalendarDate) -> ReportDetails {
        let context = ProjectContext(root: root)
        var lint: ReportLint?
        var waivers: [ReportWaiver] = []
        if context.lockDiagnostics.isEmpty {
            let resolver = RuleSetResolver(catalog: catalog)
            if let names = try? resolver.ruleSetNames(for: context, extra: []), !names.isEmpty,
               let compiled = try? resolver.compile(names), compiled.allSatisfy({ $0.diagnostics.isEmpty }) {
                let waiverFile = WaiverFile.load(from: context, knownRules: LintResult.knownRules(compiled))
                let result = RuleEngine().lint(project: context, ruleSets: compiled, waivers: waiverFile, baseline: nil, today: today)
                lint = ReportLint(errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount,
                                  findings: result.findings.map(Self.finding))
                waivers = waiverFile.waivers.map { waiver(for: $0, today: today) }
            }
        }
        return ReportDetails(lint: lint, waivers: waivers, checklists: checklists(root))
    }

    private func checklists(_ root: String) -> [ReportChecklist] {
        guard let checklists = try? ProjectChecklists(projectRoot: root) else { return [] }
        let verifier = ChecklistVerifier(projectRoot: root, catalog: catalog, ruleSets: RuleSetCache())
        return checklists.reports(catalog: catalog, verifier: verifier).map { report in
            ReportChecklist(name: report.name, title: report.title, version: report.version, done: report.done, total: report.total,
                            phases: report.phases(in: catalog).map { ReportPhase(id: $0.id, title: $0.title, done: $0.done, total: $0.total) })
        }
    }

    private func waiver(for waiver: Waiver, today: CalendarDate) -> ReportWaiver {
        let expired = waiver.isExpired(on: today)
        let daysLeft = waiver.expires.dayNumber - today.dayNumber
        return ReportWaiver(rule: waiver.rule, path: waiver.path?.description, reason: waiver.reason, owner: waiver.owner,
                            expires: waiver.expires.description, expired: expired,
                            expiringSoon: !expired && daysLeft <= Self.expiringWithinDays)
    }

    static func finding(_ finding: Finding) -> ReportFinding {
        ReportFinding(rule: finding.qualifiedRuleID, severity: finding.severity.rawValue, file: finding.file,
                      line: finding.range?.start.line, column: finding.range?.start.column, message: finding.message)
    }
}
