import Foundation

/// A fresh folder under the system's temporary directory for one test, removed when released:
/// the one temporary-folder helper every test target uses.
public final class TemporaryFolder: @unchecked Sendable {
    /// The folder's absolute path (symlinks resolved, so it matches what pmo prints).
    public let path: String

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// Creates the folder; `prefix` names it in the temporary directory, for anyone looking at leftovers.
    public init(prefix: String = "pmo-tests") throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.resolvingSymlinksInPath().path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative` inside the folder.
    public func path(_ relative: String) -> String { path + "/" + relative }

    /// Writes `text` to `relative`, creating folders; returns the absolute path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative`, creating folders; returns the absolute path.
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// The text at `relative`, nil when absent.
    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether anything exists at `relative`.
    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    /// Copies a folder or file (e.g. a fixture catalog) to `relative`; returns the absolute path.
    @discardableResult
    public func copy(_ source: URL, to relative: String) throws -> String {
        let destination = path(relative)
        try FileManager.default.createDirectory(
            atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source.path, toPath: destination)
        return destination
    }
}
