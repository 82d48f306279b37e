/// Why a checklist command could not do what was asked.
package enum ChecklistError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The project has no `.pmo/checklists/`.
    case noChecklists(project: String)
    /// `--checklist NAME` names no checklist of the project.
    case unknownChecklist(String, suggestion: String?)
    /// No checklist of the project has this item.
    case unknownItem(String, suggestion: String?)
    /// Several checklists have this item id; `--checklist` must choose.
    case ambiguousItem(String, checklists: [String])
    /// The item checks itself (`verify:`), so it cannot be ticked by hand.
    case verifiedItem(String, checklist: String)
    /// The item requires evidence and none was given.
    case evidenceRequired(String, what: String)
    /// The checklist was retired by a template version: its progress is kept as it was.
    case retiredChecklist(String, by: String)
    /// The checklist file could not be written.
    case io(path: String, reason: String)

    package var description: String {
        switch self {
        case .noChecklists(let project): return "'\(project)' has no checklists (.pmo/checklists/); create the project with pmo new"
        case .unknownChecklist(let name, let suggestion):
            return "no checklist named '\(name)' in this project" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownItem(let id, let suggestion):
            return "no checklist item '\(id)'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; run `pmo checklist show` to list the items")
        case .ambiguousItem(let id, let checklists):
            return "item '\(id)' is in several checklists (\(checklists.joined(separator: ", "))); choose one with --checklist"
        case .verifiedItem(let id, let checklist):
            return
                "item '\(id)' of \(checklist) is checked automatically (verify:) and cannot be ticked by hand; fix the project instead and run `pmo checklist`"
        case .evidenceRequired(let id, let what): return "item '\(id)' requires evidence (\(what)); give it with --evidence TEXT"
        case .retiredChecklist(let name, let by):
            return "checklist/\(name) was retired by \(by); its progress is kept as it was and can no longer be changed"
        case .io(let path, let reason): return "cannot write '\(path)': \(reason)"
        }
    }
}
