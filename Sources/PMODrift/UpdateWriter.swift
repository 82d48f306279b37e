import Foundation

/// Writes an update plan so that either every file is written or none is: new contents go to temporary
/// files beside their targets first, and only when all of them are on disk are they renamed into place.
/// The lock is written last, by the caller, only after this succeeds.
public struct UpdateWriter: Sendable {
    public var projectRoot: String

    public init(projectRoot: String) {
        self.projectRoot = projectRoot
    }

    /// Applies the file actions of `plans`; throws (having changed nothing) when a file cannot be staged.
    public func apply(_ plans: [UpdatePlan]) throws(UpdateError) {
        var staged: [(temporary: String, target: String)] = []
        var createdFolders: [String] = []
        func rollback() {
            for item in staged { unlink(item.temporary) }
            for folder in createdFolders.reversed() { rmdir(folder) }
        }
        for plan in plans {
            for file in plan.files {
                guard let content = file.content else { continue }
                let target = projectRoot + "/" + file.path
                let folder = (target as NSString).deletingLastPathComponent
                do {
                    createdFolders += try makeFolders(folder)
                } catch {
                    rollback()
                    throw .writeFailed(path: file.path, reason: error.reason)
                }
                let temporary = folder + "/.pmo-update-" + UUID().uuidString.prefix(8) + "-" + (target as NSString).lastPathComponent
                if let reason = write(content, to: temporary, modeFrom: target, executable: file.executable) {
                    unlink(temporary)
                    rollback()
                    throw .writeFailed(path: file.path, reason: reason)
                }
                staged.append((temporary, target))
            }
        }
        for item in staged {
            if rename(item.temporary, item.target) != 0 {
                let reason = String(cString: strerror(errno))
                rollback()
                throw .writeFailed(path: relative(item.target), reason: reason)
            }
        }
        for plan in plans {
            for file in plan.files where file.action == .remove {
                unlink(projectRoot + "/" + file.path)
            }
        }
    }

    private struct FolderError: Error {
        var reason: String
    }

    /// Creates `folder` and its missing parents; returns the folders it created, outermost first.
    private func makeFolders(_ folder: String) throws(FolderError) -> [String] {
        var missing: [String] = []
        var current = folder
        var info = stat()
        while lstat(current, &info) != 0 {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        if (info.st_mode & S_IFMT) != S_IFDIR {
            throw FolderError(reason: "\(relative(current)) is not a folder")
        }
        var created: [String] = []
        for path in missing.reversed() {
            if mkdir(path, 0o755) != 0 {
                for done in created.reversed() { rmdir(done) }
                throw FolderError(reason: "cannot create folder \(relative(path)): \(String(cString: strerror(errno)))")
            }
            created.append(path)
        }
        return created
    }

    /// Writes and flushes a file; returns the reason on failure. Keeps the permissions of the file it replaces.
    private func write(_ content: [UInt8], to path: String, modeFrom target: String, executable: Bool) -> String? {
        var info = stat()
        let mode = stat(target, &info) == 0 ? info.st_mode & 0o7777 : (executable ? 0o755 : 0o644)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        var offset = 0
        while offset < content.count {
            let written = content.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + offset, content.count - offset)
            }
            if written < 0 { return String(cString: strerror(errno)) }
            offset += written
        }
        if fsync(fd) != 0 { return String(cString: strerror(errno)) }
        return nil
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(projectRoot + "/") ? String(path.dropFirst(projectRoot.count + 1)) : path
    }
}
