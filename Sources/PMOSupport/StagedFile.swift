import Foundation

/// The POSIX file operations behind every atomic write (a new file beside the target, then `rename(2)`):
/// writing a new file, folder creation, folder sync. Used by `pmo new`, `pmo update` and the checklist writer.
package enum StagedFile {
    /// Writes a new file (it must not exist; a symbolic link is never followed) and, with `flush`, forces it to
    /// disk; returns the reason on failure. `exactMode` sets `mode` as given; otherwise the umask applies.
    package static func write(_ content: [UInt8], to path: String, mode: mode_t, exactMode: Bool = true, flush: Bool = true) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { return SystemError.message(errno) }
        defer { close(fd) }
        // open() applies the umask; the mode of the file being replaced is kept exactly.
        if exactMode { fchmod(fd, mode) }
        var offset = 0
        while offset < content.count {
            let written = content.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, content.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return SystemError.message(errno)
            }
            offset += written
        }
        if flush && fsync(fd) != 0 { return SystemError.message(errno) }
        return nil
    }

    /// Flushes a folder's entries (the renames into it) to disk; best effort.
    package static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Creates `folder` and its missing parents below `root`; returns the reason on failure.
    package static func makeFolders(_ folder: String, under root: String) -> String? {
        var missing: [String] = []
        var current = folder
        var info = stat()
        while current.count > root.count && lstat(current, &info) != 0 {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() where mkdir(path, 0o755) != 0 && errno != EEXIST {
            return "cannot create folder \(relative(path, to: root)): \(SystemError.message(errno))"
        }
        return nil
    }

    /// The nearest existing folder of `folder` (itself or a parent), or the reason it cannot hold files:
    /// a file or symbolic link in the way.
    package static func nearestFolder(of folder: String, under root: String) -> Result<(path: String, device: UInt64), Refusal> {
        var current = folder
        var info = stat()
        while lstat(current, &info) != 0 {
            current = (current as NSString).deletingLastPathComponent
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return .failure(Refusal(reason: "\(relative(current, to: root)) is not a folder")) }
        return .success((current, UInt64(info.st_dev)))
    }

    /// Why a path cannot be written.
    package struct Refusal: Error {
        package var reason: String
    }

    package static func relative(_ path: String, to root: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
