import PMOProject
import PMOTemplates

/// What `pmo update` does to one of the project's living checklists (`.pmo/checklists/NAME.yaml`).
///
/// Checklists follow the template version: one it adds is created with every item open, one it drops is
/// retired — its file and progress stay under `.pmo/`, marked retired — and a retired one it takes back
/// becomes current again with its progress intact. Nothing is ever deleted.
package struct ChecklistUpdate: Sendable, Hashable {
    /// What happens to the checklist.
    package enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// New in the template version: created with every item open (items with `verify:` check themselves).
        case add
        /// Dropped by the template version: kept with its progress and marked retired.
        case retire
        /// Retired earlier and listed by the template again: current again, progress intact.
        case restore
    }

    /// The checklist's name (`kickoff`).
    package var name: String
    package var action: Action
    /// A word on it: how many items, which version retired it.
    package var note: String?
    /// The state file's new content.
    package var content: [UInt8]

    /// Creates a checklist update.
    package init(name: String, action: Action, note: String? = nil, content: [UInt8]) {
        self.name = name
        self.action = action
        self.note = note
        self.content = content
    }

    /// The project-relative path of the state file.
    package var path: String { ChecklistState.path(name) }

    /// The state file as one more file the update writes.
    var fileUpdate: FileUpdate {
        FileUpdate(path: path, action: action == .add ? .add : .cleanUpdate, note: note, content: content)
    }
}
