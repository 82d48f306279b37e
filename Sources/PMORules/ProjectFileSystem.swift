import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// What the rules engine may do with a project's files: list them and read them, nothing else.
///
/// Paths are project-relative and already confined by ``ProjectPath``; implementations must still
/// refuse anything that resolves outside the project (a symbolic link pointing out of it).
package protocol ProjectFileSystem: Sendable {
    /// Every file of the project, project-relative, sorted, excluding `.pmo/` and `.git/`.
    func listFiles() -> [String]
    /// Whether a file (or folder) exists at the confined path; throws when the path escapes.
    func exists(_ path: ProjectPath) throws(ProjectPathError) -> Bool
    /// The bytes of a file, at most `limit` of them; throws when missing, escaping or too large.
    func read(_ path: ProjectPath, limit: Int) throws(ProjectPathError) -> [UInt8]
}

/// A project folder on disk.
package struct DiskFileSystem: ProjectFileSystem {
    /// The project folder, absolute and with symbolic links resolved.
    package let root: String

    /// Creates a file system over `root` (resolved to its real path so that confinement checks compare like with like).
    package init(root: String) {
        let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        let standard = URL(fileURLWithPath: absolute).standardizedFileURL.path
        self.root = DiskFileSystem.realPath(standard) ?? standard
    }

    /// Regular files and symbolic links under the root, `.pmo/` and `.git/` left out, sorted.
    package func listFiles() -> [String] {
        DirectoryWalk.files(under: root) { relative, _ in relative == ".pmo" || relative == ".git" }
    }

    package func exists(_ path: ProjectPath) throws(ProjectPathError) -> Bool {
        let full = try confined(path)
        return FileManager.default.fileExists(atPath: full)
    }

    package func read(_ path: ProjectPath, limit: Int) throws(ProjectPathError) -> [UInt8] {
        switch FileBytes.read(path.value, under: root, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.missing), .failure(.unreadable): throw .notFound(path.value)
        case .failure(.folder): throw .notAFile(path.value)
        case .failure(.notRegular): throw .notRegular(path.value)
        case .failure(.tooLarge): throw .tooLarge(path.value, limit: limit)
        case .failure(.leavesRoot(let escape)): throw .throughLink(path.value, escape)
        }
    }

    /// The absolute path of `path`, after checking that no component is a link leading out of the project.
    func confined(_ path: ProjectPath) throws(ProjectPathError) -> String {
        switch ContainedPath.resolve(path.value, under: root) {
        case .success(let resolved): return resolved
        case .failure(let escape): throw .throughLink(path.value, escape)
        }
    }

    static func realPath(_ path: String) -> String? {
        ContainedPath.realPath(path)
    }
}

/// Files held in memory: rule examples and tests run against it without touching the disk.
package struct InMemoryFileSystem: ProjectFileSystem {
    /// File contents by project-relative path.
    package var files: [String: [UInt8]]

    /// Creates a file system from path → text.
    package init(_ files: [String: String] = [:]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    package func listFiles() -> [String] {
        files.keys.filter { !$0.hasPrefix(".pmo/") && !$0.hasPrefix(".git/") }.sorted()
    }

    package func exists(_ path: ProjectPath) throws(ProjectPathError) -> Bool {
        if files[path.value] != nil { return true }
        let prefix = path.value + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    package func read(_ path: ProjectPath, limit: Int) throws(ProjectPathError) -> [UInt8] {
        guard let bytes = files[path.value] else {
            throw try exists(path) ? .notAFile(path.value) : .notFound(path.value)
        }
        if bytes.count > limit { throw .tooLarge(path.value, limit: limit) }
        return bytes
    }
}
