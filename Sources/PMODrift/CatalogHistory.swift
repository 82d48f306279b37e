import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// The git history of a catalog: where `pmo update` finds the old version of a template to re-render as the base.
package struct CatalogHistory: Sendable {
    /// The catalog root (possibly a sub-folder of the repository; git paths are given relative to it with `./`).
    package let root: String

    /// The history of the catalog at `root`, nil when it is not in a git repository (or git is missing).
    package static func open(root: String) -> CatalogHistory? {
        guard let output = Git.run(["rev-parse", "--is-inside-work-tree"], in: root), output.status == 0,
            String(decoding: output.stdout, as: UTF8.self).hasPrefix("true")
        else { return nil }
        return CatalogHistory(root: root)
    }

    /// The commit checked out (`git rev-parse HEAD`), recorded in the lock after an update.
    package func head() -> String? {
        CatalogCommit.lookup(root: root)
    }

    /// The template folder's path, relative to the catalog root.
    static func templateFolder(_ name: String) -> String { "standards/templates/" + name }

    /// The version `template.yaml` of `name` declares at `commit`; nil when the commit or the file is not there.
    package func templateVersion(_ name: String, at commit: String) -> Semver? {
        guard Self.isCommitLike(commit),
            let output = Git.run(["show", commit + ":./" + Self.templateFolder(name) + "/template.yaml"], in: root),
            output.status == 0
        else { return nil }
        return Self.version(inTemplateYAML: output.stdout)
    }

    /// A commit at which template `name` is at `version`: `preferred` when it is, else the newest such commit.
    package func commit(of name: String, version: Semver, preferring preferred: String?) -> String? {
        if let preferred, templateVersion(name, at: preferred) == version { return preferred }
        guard let log = Git.run(["log", "--format=%H", "--", "./" + Self.templateFolder(name) + "/template.yaml"], in: root),
            log.status == 0
        else { return nil }
        for commit in String(decoding: log.stdout, as: UTF8.self).split(separator: "\n") {
            if templateVersion(name, at: String(commit)) == version { return String(commit) }
        }
        return nil
    }

    /// Every released version of `name` seen in the history, for "available versions" messages.
    package func versions(of name: String) -> [Semver] {
        guard let log = Git.run(["log", "--format=%H", "--", "./" + Self.templateFolder(name) + "/template.yaml"], in: root),
            log.status == 0
        else { return [] }
        let commits = String(decoding: log.stdout, as: UTF8.self).split(separator: "\n").prefix(200)
        return Array(Set(commits.compactMap { templateVersion(name, at: String($0)) })).sorted()
    }

    /// Extracts the catalog manifest and template `name` as they were at `commit` into a new temporary
    /// folder (a catalog root of its own), which the caller removes.
    package func extract(template name: String, at commit: String) -> String? {
        guard Self.isCommitLike(commit) else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-base-" + UUID().uuidString).path
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        let archive = folder + "/.pmo-base.tar"
        guard
            let archived = Git.run(
                [
                    "archive", "--format=tar", "--output=" + archive, commit, "--",
                    "./catalog/catalog.yaml", "./" + Self.templateFolder(name),
                ], in: root),
            archived.status == 0,
            let untar = ChildProcess.run("tar", ["-x", "-f", archive, "-C", folder]), untar.status == 0
        else {
            try? FileManager.default.removeItem(atPath: folder)
            return nil
        }
        unlink(archive)
        return folder
    }

    /// `metadata.version` of a template.yaml, read strictly; nil when absent or not semver.
    static func version(inTemplateYAML data: Data) -> Semver? {
        guard let stream = try? YAMLLoader().load(SourceFile(path: "template.yaml", bytes: [UInt8](data))),
            let text = stream.documents.first?["metadata"]?["version"]?.scalar?.text
        else { return nil }
        return Semver(text)
    }

    /// Hex object names only, so nothing recorded in a lock is read by git as an option or a revision expression.
    static func isCommitLike(_ text: String) -> Bool {
        text.count >= 4 && text.count <= 64 && text.allSatisfy(\.isHexDigit)
    }
}
