import Foundation
import PMOProject
import PMOSupport

/// The state of one managed file against the lock.
public struct FileDrift: Sendable, Hashable, Codable {
    /// How the file compares with what the standard wrote.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Byte for byte what the lock recorded.
        case unchanged
        /// Edited by the team (or replaced by something that is not a regular file).
        case modified
        /// Gone from the project.
        case deleted
    }

    /// Project-relative path.
    public var path: String
    public var status: Status

    public init(path: String, status: Status) {
        self.path = path
        self.status = status
    }

    /// Compares the file at `root/file.path` with the lock's digest; needs no catalog and no history.
    public static func check(_ file: LockedFile, in root: String) -> FileDrift {
        let full = root + "/" + file.path
        var info = stat()
        guard stat(full, &info) == 0 else { return FileDrift(path: file.path, status: .deleted) }
        guard (info.st_mode & S_IFMT) == S_IFREG, let data = FileManager.default.contents(atPath: full) else {
            return FileDrift(path: file.path, status: .modified)
        }
        return FileDrift(path: file.path, status: FileDigest.sha256(data) == file.sha256 ? .unchanged : .modified)
    }
}
