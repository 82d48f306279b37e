import Foundation

/// Reads a whole file, up to a size limit, with plain POSIX calls: thousands of catalog files are read
/// per command, and FileHandle/Data cost more per file than the reading itself.
public enum FileBytes {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable {
        /// Nothing exists at the path.
        case missing
        /// `open`, `fstat` or `read` failed for another reason; the system's words (e.g. "Permission denied").
        case unreadable(String)
        /// The path is a folder.
        case folder
        /// The file has more than the limit's bytes (its size, or the limit + 1 when it grew while read).
        case tooLarge(Int)
    }

    /// The bytes of the file at `path`, refusing more than `limit` of them.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ENOENT ? .missing : .unreadable(SystemError.message(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(SystemError.message(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.folder) }
        let size = Int(status.st_size)
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
