import PMOSupport
import PMOYAML

/// A path inside a project: relative, normalised, and never leaving the project folder by its text.
///
/// Symbolic links are checked by the ``ProjectFileSystem`` when the path is used.
package struct ProjectPath: Sendable, Hashable, CustomStringConvertible {
    /// The normalised path, components joined by `/` (e.g. `docs/charter.md`).
    package let value: String
    /// The components of `value`.
    package let components: [String]

    /// Normalises `text` (drops `.` and empty components); throws when it is absolute, empty or uses `..`.
    package init(_ text: String) throws(ProjectPathError) {
        if text.hasPrefix("/") || text.hasPrefix("~") || text.contains("\\") || text.contains("\0") {
            throw .escapes(text)
        }
        var parts: [String] = []
        for part in text.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { throw .escapes(text) }
            parts.append(String(part))
        }
        guard !parts.isEmpty else { throw .empty }
        components = parts
        value = parts.joined(separator: "/")
    }

    package var description: String { value }
}

/// Why a project path could not be used.
package enum ProjectPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path is absolute, uses `..`, or resolves through a link outside the project.
    case escapes(String)
    /// The path is empty.
    case empty
    /// No file at the path.
    case notFound(String)
    /// The path names a folder.
    case notAFile(String)
    /// The file is larger than the read limit.
    case tooLarge(String, limit: Int)
    /// A symbolic link on the way to the file leads out of the project.
    case throughLink(String, ContainedPath.Escape)
    /// A FIFO, socket or device, which is never read.
    case notRegular(String)

    package var description: String {
        switch self {
        case .escapes(let path): return "path '\(path)' escapes the project folder"
        case .empty: return "empty path"
        case .notFound(let path): return "file '\(path)' does not exist"
        case .notAFile(let path): return "'\(path)' is a folder, not a file"
        case .tooLarge(let path, let limit): return "file '\(path)' is larger than the read limit of \(limit) bytes"
        case .throughLink(let path, let escape): return "path '\(path)' escapes the project folder: it \(escape.reason(leaving: "project"))"
        case .notRegular(let path): return "'\(path)' is not a regular file (a FIFO, socket or device is never read)"
        }
    }
}
