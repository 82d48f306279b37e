import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOYAML

/// The redo journal that makes `pmo update` all-or-nothing even when the process is killed.
///
/// ``UpdateWriter`` first writes every new file and the new lock into a staging folder
/// `.pmo/.update-PID-XXXXXXXX/` and flushes them. Then it commits: this journal — which staged file
/// goes to which project path, which files are removed — is written beside the staging folder and
/// renamed to `.pmo/update-journal` in one step. Only then are the files renamed into place, the
/// dropped files removed, the lock renamed last, and the journal deleted.
///
/// A run killed before the commit changed nothing in the project; its staging folder is removed by
/// the next `pmo update` once its process is gone. A run killed after the commit is finished by the
/// next `pmo update` (``recover(projectRoot:)``): every step is a rename or a removal that can be
/// redone, so the project ends with every file and the lock of the new version — never a mix.
package struct UpdateJournal: Sendable, Hashable, Codable {
    /// The journal's path inside a project.
    package static let path = ".pmo/update-journal"
    /// Name prefix of the staging folders under `.pmo/` (followed by the writer's pid, see ``OwnedTemporary``).
    package static let stagingPrefix = ".update-"
    /// Name of the staged lock inside the staging folder.
    static let stagedLock = "lock.yaml"

    /// One staged file and the project path it replaces (or creates).
    package struct Move: Sendable, Hashable, Codable {
        /// The file's name inside the staging folder.
        package var staged: String
        /// Project-relative target path.
        package var path: String
    }

    /// Format version, for a future change of the journal.
    package var journalVersion = 1
    /// The staging folder's name under `.pmo/`.
    package var staging: String
    package var moves: [Move]
    /// Project-relative paths removed by the update.
    package var removals: [String]

    /// What ``recover(projectRoot:)`` found and did.
    package struct Recovery: Sendable, Hashable {
        /// The number of files an interrupted update had left to place, when one was finished.
        package var finishedMoves: Int?
        /// Staging folders of updates killed before their commit, removed (project-relative).
        package var removedStaging: [String]

        /// Whether there was anything to recover.
        package var isEmpty: Bool { finishedMoves == nil && removedStaging.isEmpty }
    }

    /// Finishes an update that was killed after its commit, and removes the staging folders of updates
    /// killed before it. Call before reading the lock; a project without leftovers is not touched.
    package static func recover(projectRoot root: String) throws(UpdateError) -> Recovery {
        var recovery = Recovery(finishedMoves: nil, removedStaging: [])
        switch FileBytes.read(path, under: root, limit: 64 << 20) {
        case .failure(.missing): break
        case .failure(let failure): throw .badJournal(reason: "it \(failure.reason(leaving: "project"))")
        case .success(let bytes):
            let data = Data(bytes)
            let journal: UpdateJournal
            do {
                journal = try JSONDecoder().decode(UpdateJournal.self, from: data)
            } catch {
                throw .badJournal(reason: "it is not a journal pmo wrote (\(error.localizedDescription))")
            }
            guard journal.isSafe else { throw .badJournal(reason: "it names paths outside the project") }
            recovery.finishedMoves = journal.pendingMoves(projectRoot: root)
            try journal.rollForward(projectRoot: root)
        }
        recovery.removedStaging = OwnedTemporary.removeAbandoned(in: root + "/.pmo", prefix: stagingPrefix)
            .map { String($0.dropFirst(root.count + 1)) }
        return recovery
    }

    /// Writes the journal and renames it into place: from here on the update will complete.
    func commit(projectRoot root: String) throws(UpdateError) {
        let staged = root + "/.pmo/" + staging + "/journal"
        guard let data = try? JSONText.data(self) else { throw .writeFailed(path: Self.path, reason: "cannot encode the journal") }
        if let reason = StagedFile.write(Array(data), to: staged, mode: 0o644) { throw .writeFailed(path: Self.path, reason: reason) }
        guard rename(staged, root + "/" + Self.path) == 0 else { throw .writeFailed(path: Self.path, reason: SystemError.message(errno)) }
        StagedFile.syncFolder(root + "/.pmo")
    }

    /// Places every staged file that is still staged, removes the dropped files, renames the lock, and deletes the journal.
    func rollForward(projectRoot root: String) throws(UpdateError) {
        let folder = root + "/.pmo/" + staging
        for move in moves {
            let source = folder + "/" + move.staged
            guard exists(source) else { continue }
            let target = root + "/" + move.path
            if case .failure(let refusal) = StagedFile.makeParentFolders(of: move.path, under: root, mode: 0o755) {
                throw .interrupted(path: move.path, reason: refusal.description)
            }
            guard rename(source, target) == 0 else { throw .interrupted(path: move.path, reason: SystemError.message(errno)) }
        }
        for removal in removals {
            if unlink(root + "/" + removal) != 0 && errno != ENOENT {
                throw .interrupted(path: removal, reason: SystemError.message(errno))
            }
        }
        let lock = folder + "/" + Self.stagedLock
        if exists(lock) && rename(lock, root + "/" + Lock.path) != 0 {
            throw .interrupted(path: Lock.path, reason: SystemError.message(errno))
        }
        StagedFile.syncFolder(root + "/.pmo")
        unlink(root + "/" + Self.path)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// How many files are still in the staging folder, waiting to be placed.
    private func pendingMoves(projectRoot root: String) -> Int {
        moves.filter { exists(root + "/.pmo/" + staging + "/" + $0.staged) }.count
    }

    /// Whether every name stays where it belongs: staged names inside the staging folder, paths inside the project.
    private var isSafe: Bool {
        func plainName(_ name: String) -> Bool { !name.isEmpty && !name.contains("/") && name != "." && name != ".." }
        func projectPath(_ path: String) -> Bool {
            !path.hasPrefix("/")
                && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
        }
        return staging.hasPrefix(Self.stagingPrefix) && plainName(staging)
            && moves.allSatisfy { plainName($0.staged) && projectPath($0.path) }
            && removals.allSatisfy(projectPath)
    }

    private func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
