import Foundation
import PMOCatalog
import PMOProject
import PMOTemplates
import PMOYAML

/// Plans how the checklists of one template follow it to a new version (pure: reads, never writes).
///
/// Compares the checklists the lock records for the template with those the new version lists:
/// added ones are created from the catalog, dropped ones retired, retired ones listed again restored.
/// A checklist another template of the project also lists is that template's to keep.
struct ChecklistCarrier: Sendable {
    var projectRoot: String
    var catalog: Catalog
    /// The template and the version it goes to, recorded in a retired checklist.
    var template: String
    var version: Semver
    /// The checklists the lock records for the template.
    var recorded: [String]
    /// The checklists the new version lists.
    var listed: [Reference]
    /// The checklists the project's other templates record.
    var otherTemplates: Set<String>
    var yamlLimits: YAMLLimits

    /// The state files to write and the checklist names the template records afterwards.
    func plan() throws(UpdateError) -> (updates: [ChecklistUpdate], names: [String]) {
        var updates: [ChecklistUpdate] = []
        var names: [String] = []
        let listedNames = listed.map(\.name)
        for name in recorded {
            if listedNames.contains(name) {
                names.append(name)
                continue
            }
            guard !otherTemplates.contains(name), var state = try load(name), state.retired == nil else { continue }
            state.retired = "\(template) \(version)"
            let done = state.items.filter { $0.status == .done }.count
            updates.append(
                ChecklistUpdate(
                    name: name, action: .retire,
                    note: "dropped by \(template) \(version); kept with its progress (\(done) item\(done == 1 ? "" : "s") done)",
                    content: Array(state.yaml().utf8)))
        }
        for reference in listed where !recorded.contains(reference.name) {
            if var state = try load(reference.name) {
                guard state.retired != nil else { continue }  // another template's checklist, or already current
                state.retired = nil
                updates.append(
                    ChecklistUpdate(
                        name: reference.name, action: .restore, note: "listed again; its progress is kept",
                        content: Array(state.yaml().utf8)))
                names.append(reference.name)
                continue
            }
            guard let document = catalog.document(reference.key), let spec = document.checklist else {
                throw .badChecklist(
                    name: reference.name,
                    reason: "\(template) \(version) lists checklist/\(reference.name), which the catalog does not have")
            }
            let verified = spec.items.filter { $0.verify != nil }.count
            let state = ChecklistState(document: document)
            var note = "\(state.items.count) item\(state.items.count == 1 ? "" : "s") open"
            if verified > 0 { note += ", \(verified) checking \(verified == 1 ? "itself" : "themselves")" }
            updates.append(ChecklistUpdate(name: reference.name, action: .add, note: note, content: Array(state.yaml().utf8)))
            names.append(reference.name)
        }
        return (updates, names)
    }

    /// The project's state of checklist `name`, nil when it has none.
    private func load(_ name: String) throws(UpdateError) -> ChecklistState? {
        let path = projectRoot + "/" + ChecklistState.path(name)
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        do {
            return try ChecklistState.load(atPath: path, displayPath: ChecklistState.path(name), limits: yamlLimits)
        } catch {
            throw .badChecklist(name: name, reason: error.diagnostics.map(\.summary).joined(separator: "; "))
        }
    }
}
