import Foundation

/// Reads a whole file, up to a size limit, with plain POSIX calls: thousands of catalog files are read
/// per command, and FileHandle/Data cost more per file than the reading itself.
package enum FileBytes {
    /// Why a file could not be read.
    package enum Failure: Error, Equatable {
        /// Nothing exists at the path.
        case missing
        /// `open`, `fstat` or `read` failed for another reason; the system's words (e.g. "Permission denied").
        case unreadable(String)
        /// The path is a folder.
        case folder
        /// The file has more than the limit's bytes (its size, or the limit + 1 when it grew while read).
        case tooLarge(Int)
        /// A FIFO, socket or device: reading it could block forever or never end, so it is refused.
        case notRegular
        /// A symbolic link on the way to the file leads out of the root it was read under.
        case leavesRoot(ContainedPath.Escape)

        /// The problem in words, after the file's name ("does not exist", "is a folder", …);
        /// `place` names the root for ``leavesRoot(_:)`` ("catalog", "project").
        package func reason(leaving place: String) -> String {
            switch self {
            case .missing: return "does not exist"
            case .unreadable(let reason): return "cannot be read: \(reason)"
            case .folder: return "is a folder, not a file"
            case .tooLarge(let size): return "is \(size) bytes, too large"
            case .notRegular: return "is not a regular file (a FIFO, socket or device is never read)"
            case .leavesRoot(let escape): return escape.reason(leaving: place)
            }
        }
    }

    /// The bytes of the file at `path`, refusing more than `limit` of them and anything but a regular file.
    package static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        readWithMode(path, under: nil, limit: limit).map(\.bytes)
    }

    /// The bytes of the file at `path` (relative to `root`, or absolute below it), refused when a
    /// symbolic link on the way leads out of `root` (see ``ContainedPath``).
    package static func read(_ path: String, under root: String, limit: Int) -> Result<[UInt8], Failure> {
        readWithMode(path, under: root, limit: limit).map(\.bytes)
    }

    /// As ``read(_:under:limit:)``, with the file's mode (permission bits) as opened.
    package static func readWithMode(_ path: String, under root: String?, limit: Int) -> Result<(bytes: [UInt8], mode: mode_t), Failure> {
        var target = path
        var flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
        if let root {
            switch ContainedPath.resolve(path, under: root) {
            case .success(let resolved): target = resolved
            case .failure(let escape): return .failure(.leavesRoot(escape))
            }
            flags |= O_NOFOLLOW
        }
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let descriptor = open(target, flags)
        guard descriptor >= 0 else {
            let error = errno
            // O_NOFOLLOW refuses a dangling link with ELOOP; like any path that leads nowhere, it is missing.
            if error == ELOOP, root != nil, ContainedPath.realPath(target) == nil { return .failure(.missing) }
            return .failure(error == ENOENT ? .missing : .unreadable(SystemError.message(error)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(SystemError.message(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.folder) }
        if (status.st_mode & S_IFMT) != S_IFREG { return .failure(.notRegular) }
        return readOpen(descriptor, size: Int(status.st_size), limit: limit).map { ($0, status.st_mode) }
    }

    private static func readOpen(_ descriptor: Int32, size: Int, limit: Int) -> Result<[UInt8], Failure> {
        if size > limit { return .failure(.tooLarge(size)) }
        // One byte past the expected size (and the limit) tells a file that grew after fstat.
        let capacity = min(max(size, 0), limit) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return .failure(.tooLarge(count)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(SystemError.message(errno)))
            }
            if got == 0 { break }
            count += got
        }
        if count > limit { return .failure(.tooLarge(count)) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }
}
