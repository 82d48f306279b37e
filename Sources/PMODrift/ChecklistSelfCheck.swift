import PMOCatalog
import PMOChecklists
import PMOTemplates

/// One self-verifying item of a checklist an update created, evaluated on the updated project.
package struct ChecklistSelfCheck: Sendable, Hashable {
    /// The checklist's name.
    package var checklist: String
    /// The item's id.
    package var item: String
    package var outcome: VerifyOutcome

    /// The self-verifying items of every checklist `update` added, evaluated on the project at `root` as it
    /// is now — call it after ``ProjectUpdater/apply(_:projectRoot:)`` so that the new files are there.
    package static func evaluate(_ update: ProjectUpdate, projectRoot root: String, catalog: Catalog) -> [ChecklistSelfCheck] {
        let added = update.plans.flatMap(\.checklists).filter { $0.action == .add }.map(\.name)
        guard !added.isEmpty else { return [] }
        let verifier = ChecklistVerifier(projectRoot: root, catalog: catalog)
        var checks: [ChecklistSelfCheck] = []
        for name in added {
            for item in catalog.document(DocumentKey(kind: .checklist, name: name))?.checklist?.items ?? [] {
                guard let verify = item.verify else { continue }
                checks.append(ChecklistSelfCheck(checklist: name, item: item.id.value, outcome: verifier.evaluate(verify)))
            }
        }
        return checks
    }
}
