import PMOCatalog
import PMOProject

/// Everything `pmo new` will write for one template, before anything is written.
package struct GenerationPlan: Sendable {
    /// The rendered template files.
    package var files: [RenderedFile]
    /// The checklists to instantiate (those not already in the project).
    package var checklists: [ChecklistState]
    /// Checklists an earlier `pmo update` retired that this template lists again (`--add`): their state files are
    /// rewritten without the retirement, their progress kept.
    package var restoredChecklists: [ChecklistState] = []
    /// The lock after this run (the existing one plus this template for `--add`).
    package var lock: Lock

    /// The files as they go to disk: template files, then checklists (the lock is separate).
    package var plannedFiles: [PlannedFile] {
        files.map { PlannedFile(path: $0.path, bytes: $0.bytes, executable: $0.executable) }
            + checklists.map { PlannedFile(path: ChecklistState.path($0.name), bytes: Array($0.yaml().utf8)) }
    }

    /// The lock file as it goes to disk.
    package var lockFile: PlannedFile {
        PlannedFile(path: Lock.path, bytes: Array(lock.yaml().utf8))
    }

    /// The files that replace ones the project has (`--add`): the restored checklists, then the lock, written last.
    package var replacedFiles: [PlannedFile] {
        restoredChecklists.map { PlannedFile(path: ChecklistState.path($0.name), bytes: Array($0.yaml().utf8)) } + [lockFile]
    }

    /// The file tree for `--dry-run`: one line per file, folders first-seen order, with the policy.
    package func tree() -> String {
        var lines: [String] = []
        var shownFolders: Set<String> = []
        let entries =
            files.map { ($0.path, $0.policy.rawValue + ($0.isBinary ? ", binary" : "") + ($0.executable ? ", executable" : "")) }
            + checklists.map { (ChecklistState.path($0.name), "checklist") }
            + restoredChecklists.map { (ChecklistState.path($0.name), "checklist, restored") } + [(Lock.path, "lock")]
        for (path, note) in entries.sorted(by: { $0.0 < $1.0 }) {
            let parts = path.split(separator: "/").map(String.init)
            for depth in 0..<(parts.count - 1) {
                let folder = parts[0...depth].joined(separator: "/")
                if shownFolders.insert(folder).inserted {
                    lines.append(String(repeating: "  ", count: depth) + parts[depth] + "/")
                }
            }
            lines.append(String(repeating: "  ", count: parts.count - 1) + parts[parts.count - 1] + "  (" + note + ")")
        }
        return lines.joined(separator: "\n")
    }
}
