import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates

/// Writes an update so that the project ends with either every new file and the new lock, or none of them —
/// also when the process is killed. New contents and the lock are staged under `.pmo/` and flushed, then the
/// ``UpdateJournal`` is committed, then everything is renamed into place, the lock last.
package struct UpdateWriter: Sendable {
    package var projectRoot: String

    package init(projectRoot: String) {
        self.projectRoot = projectRoot
    }

    /// Applies the file actions of `plans` and writes `lock`; throws, having changed nothing in the project,
    /// when a file cannot be staged.
    package func apply(_ plans: [UpdatePlan], lock: [UInt8]) throws(UpdateError) {
        let pmoFolder = projectRoot + "/.pmo"
        var pmoInfo = stat()
        guard stat(pmoFolder, &pmoInfo) == 0 else { throw .writeFailed(path: ".pmo", reason: SystemError.message(errno)) }
        let files = plans.flatMap(\.writes)
        // Every target must be creatable and on the file system of .pmo/, so that each rename after the commit succeeds.
        for file in files where file.content != nil {
            let folder = ((projectRoot + "/" + file.path) as NSString).deletingLastPathComponent
            switch StagedFile.nearestFolder(of: folder, under: projectRoot) {
            case .failure(let refusal):
                throw .writeFailed(path: file.path, reason: refusal.reason)
            case .success(let nearest) where nearest.device != UInt64(pmoInfo.st_dev):
                throw .writeFailed(
                    path: file.path, reason: "\(StagedFile.relative(nearest.path, to: projectRoot)) is on another file system than .pmo/")
            case .success:
                break
            }
        }

        let stagingName = OwnedTemporary.name(prefix: UpdateJournal.stagingPrefix)
        let staging = pmoFolder + "/" + stagingName
        guard mkdir(staging, 0o700) == 0 else { throw .writeFailed(path: ".pmo/" + stagingName, reason: SystemError.message(errno)) }
        var journal = UpdateJournal(staging: stagingName, moves: [], removals: [])
        do throws(UpdateError) {
            for file in files {
                if file.action == .remove { journal.removals.append(file.path) }
                guard let content = file.content else { continue }
                let staged = String(journal.moves.count)
                if let reason = StagedFile.write(content, to: staging + "/" + staged, mode: mode(for: file)) {
                    throw .writeFailed(path: file.path, reason: reason)
                }
                journal.moves.append(UpdateJournal.Move(staged: staged, path: file.path))
            }
            if let reason = StagedFile.write(
                lock, to: staging + "/" + UpdateJournal.stagedLock, mode: mode(of: projectRoot + "/" + Lock.path) ?? 0o644)
            {
                throw .writeFailed(path: Lock.path, reason: reason)
            }
            try journal.commit(projectRoot: projectRoot)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        try journal.rollForward(projectRoot: projectRoot)
    }

    /// The permissions of the file a new content replaces, or those of a new file.
    private func mode(for file: FileUpdate) -> mode_t {
        if let existing = mode(of: projectRoot + "/" + file.path) { return existing }
        let mask = umask(0)
        umask(mask)
        return (file.executable ? 0o777 : 0o666) & ~mask
    }

    private func mode(of path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }
}
