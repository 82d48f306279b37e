import PMOCatalog
import PMOProject

/// What `pmo update` will do to one template of a project: an action per file and the lock entry to record.
package struct UpdatePlan: Sendable, Hashable {
    /// The template being updated.
    package var template: String
    package var fromVersion: Semver
    package var toVersion: Semver
    /// Whether the base (the old version re-rendered) was available; without it modified files conflict whole.
    package var hasBase: Bool
    /// Why there is no base, when there is none.
    package var baseNote: String?
    package var files: [FileUpdate]
    /// The lock entry to write once every file is written.
    package var newLock: LockedTemplate
    /// The living checklists the new version adds, drops (retires) or takes back.
    package var checklists: [ChecklistUpdate] = []

    /// Files whose merge left conflicts.
    package var conflicts: [FileUpdate] { files.filter { $0.action == .conflict } }

    /// Whether the plan changes nothing on disk (the lock may still move to the new version).
    package var writesNothing: Bool { checklists.isEmpty && files.allSatisfy { $0.content == nil && $0.action != .remove } }

    /// Everything the update writes or removes for this template: the managed files, then the checklist states.
    var writes: [FileUpdate] { files + checklists.map(\.fileUpdate) }
}

/// One file's part in an update.
package struct FileUpdate: Sendable, Hashable {
    /// What happens to the file.
    package enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// Nothing to do: the project already has the new content (or the team's edits already include it).
        case unchanged
        /// The new standard is merged in (or replaces an unmodified file) without conflicts.
        case cleanUpdate = "clean update"
        /// Written with conflict markers for the team to resolve.
        case conflict
        /// A file new in the template, written.
        case add
        /// Dropped from the template and unmodified: deleted.
        case remove
        /// Left as the team has it: deleted by the team, modified but dropped from the standard, or a seeded file.
        case kept
    }

    /// Project-relative path.
    package var path: String
    package var action: Action
    /// Why, for `kept` and other actions worth a word ("deleted by the team").
    package var note: String?
    /// The bytes to write, for clean update, conflict and add.
    package var content: [UInt8]?
    /// Where the conflicts are, by line of the written file.
    package var conflictRegions: [ConflictRegion]
    /// Whether a new file is written executable.
    package var executable: Bool

    package init(
        path: String, action: Action, note: String? = nil, content: [UInt8]? = nil, conflictRegions: [ConflictRegion] = [],
        executable: Bool = false
    ) {
        self.path = path
        self.action = action
        self.note = note
        self.content = content
        self.conflictRegions = conflictRegions
        self.executable = executable
    }
}
