import Foundation
import PMOProject
import PMOSupport
import PMOYAML

/// The state of one managed file against the lock.
package struct FileDrift: Sendable, Hashable, Codable {
    /// How the file compares with what the standard wrote.
    package enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Byte for byte what the lock recorded.
        case unchanged
        /// Edited by the team (or replaced by something that is not a regular file).
        case modified
        /// Gone from the project.
        case deleted
    }

    /// Project-relative path.
    package var path: String
    package var status: Status

    package init(path: String, status: Status) {
        self.path = path
        self.status = status
    }

    /// Compares the file at `root/file.path` with the lock's digest; needs no catalog and no history.
    package static func check(_ file: LockedFile, in root: String) -> FileDrift {
        let full = root + "/" + file.path
        var info = stat()
        guard stat(full, &info) == 0 else {
            // A dangling link is not the file the standard wrote either.
            return FileDrift(path: file.path, status: lstat(full, &info) == 0 ? .modified : .deleted)
        }
        // A file replaced by a symbolic link is modified whatever it points at, and is never read through;
        // nor is a file behind a linked folder that leads out of the project.
        guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            case .success(let bytes) = FileBytes.read(file.path, under: root, limit: Int.max - 1)
        else {
            return FileDrift(path: file.path, status: .modified)
        }
        return FileDrift(path: file.path, status: FileDigest.sha256(bytes) == file.sha256 ? .unchanged : .modified)
    }
}
