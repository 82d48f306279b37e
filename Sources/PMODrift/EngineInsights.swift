import Foundation
import PMOCatalog
import PMOChecklists
import PMORules

/// Lint and checklist figures for drift: the lint through the same ``LintPipeline`` as `pmo lint`
/// (a broken waiver file does not hide the figure; `pmo lint` reports it), completion from the
/// living checklists. Compiled rule sets are shared between the projects of a fleet.
package final class EngineInsights: ProjectInsights, @unchecked Sendable {
    /// The catalog the rule sets and checklists come from.
    package let catalog: Catalog
    private let pipeline: LintPipeline
    private let verifierRuleSets = RuleSetCache()

    /// Figures from `catalog`'s rule sets and checklists.
    package init(catalog: Catalog) {
        self.catalog = catalog
        pipeline = LintPipeline(catalog: catalog)
    }

    package func lintSummary(projectRoot root: String) -> LintSummary? {
        guard let result = try? pipeline.run(projectRoot: root, toleratingWaiverProblems: true) else { return nil }
        return LintSummary(errors: result.errorCount, warnings: result.warningCount)
    }

    package func checklistCompletion(projectRoot root: String) -> ChecklistCompletion? {
        guard let checklists = try? ProjectChecklists(projectRoot: root) else { return nil }
        let reports = checklists.reports(
            catalog: catalog, verifier: ChecklistVerifier(projectRoot: root, catalog: catalog, ruleSets: verifierRuleSets)
        )
        .filter { $0.retired == nil }
        guard !reports.isEmpty else { return nil }
        return ChecklistCompletion(done: reports.reduce(0) { $0 + $1.done }, total: reports.reduce(0) { $0 + $1.total })
    }
}
