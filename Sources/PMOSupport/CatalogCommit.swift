import Foundation

/// The git commit of a catalog folder, for the lock: `git -C ROOT rev-parse HEAD`.
package enum CatalogCommit {
    /// The commit hash, or nil when ROOT is not in a git repository or git is not installed.
    package static func lookup(root: String) -> String? {
        guard isInsideRepository(root) else { return nil }
        guard let output = ChildProcess.run("git", ["-C", root, "rev-parse", "HEAD"]), output.status == 0 else { return nil }
        let data = output.stdout
        let hash = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return hash.count >= 40 && hash.allSatisfy(\.isHexDigit) ? hash : nil
    }

    /// Whether ROOT or an ancestor holds `.git` (spares starting git outside a repository).
    private static func isInsideRepository(_ root: String) -> Bool {
        var path = URL(fileURLWithPath: root).standardizedFileURL.path
        while true {
            if access(path + "/.git", F_OK) == 0 { return true }
            let parent = (path as NSString).deletingLastPathComponent
            if parent == path || parent.isEmpty { return false }
            path = parent
        }
    }
}
