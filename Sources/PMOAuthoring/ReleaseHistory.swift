import Foundation
import PMOCatalog
import PMOSupport

/// Asks git whether a standard changed since its last release: the newest commit that changed its
/// `version:` line is that release, and the document (with a template's folder) is compared with it.
struct ReleaseHistory: Sendable {
    /// The catalog root.
    var root: String

    /// Compares `paths` (relative to the root) with the commit of the last release of `file`.
    func check(file: String, paths: [String]) -> StandardRelease.HistoryNote {
        guard let inside = git(["rev-parse", "--is-inside-work-tree"]), inside.status == 0 else { return .notChecked }
        guard let log = git(["log", "-1", "--format=%H", "-G", "^[[:space:]]*version:", "--", file]) else { return .notChecked }
        let commit = String(decoding: log.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        // No commit yet (a fresh git init), or the file was never committed: this is its first release.
        guard log.status == 0, !commit.isEmpty else { return .changed }
        guard let diff = git(["diff", "--quiet", commit, "--"] + paths) else { return .notChecked }
        if diff.status != 0 { return .changed }
        let untracked = git(["ls-files", "--others", "--exclude-standard", "--"] + paths)
        if let untracked, !untracked.stdout.isEmpty { return .changed }
        return .unchanged(commit: commit)
    }

    private func git(_ arguments: [String]) -> ChildProcess.Output? {
        ChildProcess.run("git", ["-C", root] + arguments, environment: ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"])
    }
}
