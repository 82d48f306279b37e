import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOYAML

/// Decides, file by file, how a new version of a template comes into a project (pure: reads, never writes).
///
/// Ours is the project's file; base is the old version re-rendered with the recorded parameters;
/// theirs is the new version rendered with the same parameters. An unmodified file (its SHA-256 matches
/// the lock) is simply replaced, so history is only needed for files the team edited.
package struct UpdatePlanner: Sendable {
    package var projectRoot: String
    package var locked: LockedTemplate
    /// The old version re-rendered; nil when the catalog has no history for it.
    package var base: RenderedTemplate?
    /// Why there is no base (shown in the plan).
    package var baseNote: String?
    package var theirs: RenderedTemplate
    /// The parameters the new version was rendered with (the recorded ones plus new defaults).
    package var parameters: ResolvedParameters
    /// The catalog commit the new version comes from, recorded in the lock.
    package var commit: String?

    package init(
        projectRoot: String, locked: LockedTemplate, base: RenderedTemplate?, baseNote: String? = nil,
        theirs: RenderedTemplate, parameters: ResolvedParameters, commit: String?
    ) {
        self.projectRoot = projectRoot
        self.locked = locked
        self.base = base
        self.baseNote = baseNote
        self.theirs = theirs
        self.parameters = parameters
        self.commit = commit
    }

    /// The plan; throws when a file cannot be read (e.g. a managed path that is now a folder).
    package func plan() throws(UpdateError) -> UpdatePlan {
        let labels = MergeLabels.standard(theirs.version.description)
        var updates: [FileUpdate] = []
        var lockFiles: [LockedFile] = []
        let lockedByPath = Dictionary(locked.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

        for file in theirs.files {
            let newSHA = file.sha256
            guard let previous = lockedByPath[file.path] else {
                // New in the template.
                switch try read(file.path) {
                case nil:
                    updates.append(FileUpdate(path: file.path, action: .add, content: file.content, executable: file.executable))
                case let existing? where existing == file.content:
                    updates.append(FileUpdate(path: file.path, action: .unchanged, note: "already in the project"))
                case let existing?:
                    if file.policy == .seeded {
                        updates.append(
                            FileUpdate(path: file.path, action: .kept, note: "the project already has this file (seeded: the team's)"))
                        lockFiles.append(LockedFile(path: file.path, policy: .seeded, sha256: newSHA))
                        continue
                    }
                    let merged = ThreeWayMerge.wholeFileConflict(
                        ours: String(decoding: existing, as: UTF8.self),
                        theirs: String(decoding: file.content, as: UTF8.self), labels: labels)
                    updates.append(
                        FileUpdate(
                            path: file.path, action: .conflict, note: "the project already has a different file here",
                            content: Array(merged.text.utf8), conflictRegions: merged.conflicts))
                }
                lockFiles.append(LockedFile(path: file.path, policy: file.policy, sha256: newSHA))
                continue
            }
            if previous.policy == .seeded || file.policy == .seeded {
                // The team owns it: never touched; the lock keeps what was recorded.
                lockFiles.append(LockedFile(path: file.path, policy: .seeded, sha256: previous.sha256))
                continue
            }
            lockFiles.append(LockedFile(path: file.path, policy: .managed, sha256: newSHA))
            guard let ours = try read(file.path) else {
                updates.append(FileUpdate(path: file.path, action: .kept, note: "deleted by the team; stays deleted"))
                continue
            }
            if ours == file.content {
                updates.append(FileUpdate(path: file.path, action: .unchanged))
                continue
            }
            if FileDigest.sha256(ours) == previous.sha256 {
                updates.append(FileUpdate(path: file.path, action: .cleanUpdate, content: file.content))
                continue
            }
            guard let oursText = Self.text(ours), let theirsText = Self.text(file.content) else {
                updates.append(
                    FileUpdate(path: file.path, action: .kept, note: "binary file modified by the team: the new version was not applied"))
                continue
            }
            let merged: MergeResult
            var note: String?
            if let base, let baseFile = base.file(at: file.path) {
                merged = ThreeWayMerge.merge(
                    base: String(decoding: baseFile.content, as: UTF8.self), ours: oursText,
                    theirs: theirsText, labels: labels)
            } else {
                merged = ThreeWayMerge.wholeFileConflict(ours: oursText, theirs: theirsText, labels: labels)
                note = "modified, and the old version cannot be rebuilt: whole-file conflict"
            }
            let content = Array(merged.text.utf8)
            if merged.isClean {
                updates.append(
                    content == ours
                        ? FileUpdate(path: file.path, action: .unchanged, note: "the team's edits already match")
                        : FileUpdate(path: file.path, action: .cleanUpdate, content: content))
            } else {
                updates.append(
                    FileUpdate(path: file.path, action: .conflict, note: note, content: content, conflictRegions: merged.conflicts))
            }
        }

        // Files the template no longer renders.
        let newPaths = Set(theirs.files.map(\.path))
        for previous in locked.files where !newPaths.contains(previous.path) {
            if previous.policy == .seeded {
                lockFiles.append(previous)
                continue
            }
            guard let ours = try read(previous.path) else {
                updates.append(FileUpdate(path: previous.path, action: .remove, note: "already deleted"))
                continue
            }
            if FileDigest.sha256(ours) == previous.sha256 {
                updates.append(FileUpdate(path: previous.path, action: .remove))
            } else {
                updates.append(
                    FileUpdate(path: previous.path, action: .kept, note: "dropped from the standard but modified: kept, now the team's"))
            }
        }

        let newLock = LockedTemplate(name: locked.name, version: theirs.version, commit: commit, parameters: parameters, files: lockFiles)
        return UpdatePlan(
            template: locked.name, fromVersion: locked.version, toVersion: theirs.version, hasBase: base != nil,
            baseNote: baseNote, files: updates, newLock: newLock)
    }

    /// The bytes as text, nil for binary content (NUL bytes or invalid UTF-8), which is not merged line by line.
    static func text(_ bytes: [UInt8]) -> String? {
        bytes.contains(0) ? nil : String(validating: bytes, as: UTF8.self)
    }

    /// The project's file, nil when absent; an error when something else is in the way.
    private func read(_ path: String) throws(UpdateError) -> [UInt8]? {
        let full = projectRoot + "/" + path
        var info = stat()
        guard lstat(full, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .notAFile(path: path)
        }
        switch FileBytes.read(path, under: projectRoot, limit: Int.max - 1) {
        case .success(let bytes): return bytes
        case .failure(.leavesRoot(let escape)): throw .leavesProject(path: path, escape: escape)
        case .failure: throw .unreadable(path: path)
        }
    }
}
