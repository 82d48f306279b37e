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

    /// Creates the missing folders on the way to the file `relative` under `root` (its parent and the parent's
    /// parents), never through a symbolic link; returns the folders it made, first to last, or why it stopped.
    package static func makeParentFolders(of relative: String, under root: String, mode: mode_t = 0o777) -> Result<[String], FolderRefusal>
    {
        var created: [String] = []
        var path = root
        for part in relative.split(separator: "/").dropLast() {
            path += "/" + part
            var status = stat()
            if lstat(path, &status) == 0 {
                if (status.st_mode & S_IFMT) == S_IFLNK { return .failure(.throughSymlink(Self.relative(path, to: root))) }
                if (status.st_mode & S_IFMT) != S_IFDIR {
                    return .failure(.notAFolder(path: path, relative: Self.relative(path, to: root)))
                }
                continue
            }
            if mkdir(path, mode) != 0 {
                if errno == EEXIST { continue }
                return .failure(.cannotCreate(path: path, relative: Self.relative(path, to: root), reason: SystemError.message(errno)))
            }
            created.append(path)
        }
        return .success(created)
    }

    /// Why ``makeParentFolders(of:under:mode:)`` stopped.
    package enum FolderRefusal: Error, CustomStringConvertible {
        /// A folder on the way is a symbolic link (project-relative).
        case throughSymlink(String)
        /// Something on the way exists and is not a folder.
        case notAFolder(path: String, relative: String)
        /// `mkdir` failed.
        case cannotCreate(path: String, relative: String, reason: String)

        package var description: String {
            switch self {
            case .throughSymlink(let relative): return "\(relative) is a symbolic link"
            case .notAFolder(_, let relative): return "\(relative) exists and is not a folder"
            case .cannotCreate(_, let relative, let reason): return "cannot create folder \(relative): \(reason)"
            }
        }
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
