import PMOCatalog
import PMOProject
import PMORules
import PMOSupport

extension ProjectChecklists {
    /// The checklists of the project at `projectRoot` once its lock passed the one lock reader's checks
    /// (those of lint, drift and update, so that `verify:` items never see a lock they refuse).
    package static func open(projectRoot: String, displayRoot: String) throws(ChecklistOpenError) -> ProjectChecklists {
        do {
            let lockPath = displayRoot == "." ? Lock.path : displayRoot + "/" + Lock.path
            _ = try ProjectContext.withCheckedLock(root: projectRoot, displayPath: lockPath)
        } catch {
            throw .badLock(error)
        }
        do {
            return try ProjectChecklists(projectRoot: projectRoot, displayRoot: displayRoot)
        } catch {
            throw .unreadable(error)
        }
    }

    /// The live reports, `verify:` items evaluated now against `catalog`; with `only`, that checklist's alone.
    package func reports(catalog: Catalog, only checklist: String?) throws(ChecklistError) -> [ChecklistReport] {
        let reports = reports(catalog: catalog, verifier: ChecklistVerifier(projectRoot: projectRoot, catalog: catalog))
        guard let checklist else { return reports }
        guard reports.contains(where: { $0.name == checklist }) else {
            throw .unknownChecklist(checklist, suggestion: Suggestion.closest(to: checklist, in: reports.map(\.name)))
        }
        return reports.filter { $0.name == checklist }
    }
}
