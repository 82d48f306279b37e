import Foundation

/// Path helpers for output: paths are shown relative to the working directory.
enum Paths {
    /// `path` relative to the current directory when it lies below it, else as given.
    static func display(_ path: String, from base: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = absolute(path)
        if absolute == base { return "." }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if absolute.hasPrefix(prefix) { return String(absolute.dropFirst(prefix.count)) }
        return path
    }

    /// `path` made absolute against the current directory and standardised.
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }
}
