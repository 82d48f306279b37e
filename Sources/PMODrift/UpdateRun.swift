import PMOCatalog
import PMOSupport
import PMOYAML

/// What one `pmo update` did, in order: an interrupted update finished first, then the plan, its
/// writing, and the self-verifying items of the checklists it added; a failure stops the sequence
/// and what happened before it is kept, so that its notes are still shown.
package struct UpdateRun: Sendable {
    /// What finishing an interrupted update did (empty when there was none).
    package var recovery = UpdateJournal.Recovery(finishedMoves: nil, removedStaging: [])
    /// The planned update; nil when planning failed.
    package var update: ProjectUpdate?
    /// Whether nothing was written (`--dry-run`).
    package var dryRun: Bool
    /// The self-verifying items of added checklists, evaluated on the written project (none in a dry run).
    package var selfChecks: [ChecklistSelfCheck] = []
    /// The error that stopped the update, if any.
    package var failure: UpdateError?

    /// Whether the update left (or, in a dry run, would leave) conflict markers.
    package var hasConflicts: Bool { failure == nil && update?.hasConflicts == true }
}

extension ProjectUpdater {
    /// An updater for the catalog checked out at `catalogRoot`: its git history gives the base versions.
    package init(catalog: Catalog, catalogRoot: String, yamlLimits: YAMLLimits = .default) {
        let history = CatalogHistory.open(root: catalogRoot)
        self.init(catalog: catalog, history: history, currentCommit: history?.head(), yamlLimits: yamlLimits)
    }

    /// `pmo update` on one project: finishes an interrupted update, plans, writes (unless `dryRun`) and
    /// evaluates the self-verifying items of the checklists the update added. The caller holds the
    /// project's write lock.
    package func run(
        projectRoot root: String, displayPath: String, template: String? = nil, to version: Semver? = nil, assignments: [String] = [],
        dryRun: Bool
    ) -> UpdateRun {
        var run = UpdateRun(dryRun: dryRun)
        do throws(UpdateError) {
            run.recovery = try UpdateJournal.recover(projectRoot: root)
            let update = try plan(projectRoot: root, displayPath: displayPath, template: template, to: version, assignments: assignments)
            run.update = update
            guard !dryRun else { return run }
            try apply(update, projectRoot: root)
            run.selfChecks = ChecklistSelfCheck.evaluate(update, projectRoot: root, catalog: catalog)
        } catch {
            run.failure = error
        }
        return run
    }
}
