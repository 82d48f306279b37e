import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// `pmo release KIND/NAME`: raises a standard's version, appends its changelog entry, and says whether
/// the document changed since its last release in git.
///
/// ```swift
/// let release = StandardRelease(catalog: loaded.catalog, diagnostics: loaded.diagnostics)
/// let outcome = try release.release(key, bump: .minor, note: "課題欄を追加", date: .today())
/// ```
package struct StandardRelease: Sendable {
    /// The loaded catalog.
    package var catalog: Catalog
    /// The diagnostics of loading it: a document with errors is not released.
    package var diagnostics: [Diagnostic]
    package var yamlLimits: YAMLLimits

    /// Creates a release for a loaded catalog.
    package init(catalog: Catalog, diagnostics: [Diagnostic], yamlLimits: YAMLLimits = .default) {
        self.catalog = catalog
        self.diagnostics = diagnostics
        self.yamlLimits = yamlLimits
    }

    /// What a release did.
    package struct Outcome: Sendable, Hashable {
        /// The document's file as shown.
        package var file: String
        package var previous: Semver
        package var version: Semver
        package var date: CalendarDate
        /// What git said: whether the document changed since its last release.
        package var history: HistoryNote
    }

    /// Whether the document changed since its last release.
    package enum HistoryNote: Sendable, Hashable {
        /// It changed (or is new to git): as expected.
        case changed
        /// Nothing changed since the release at this commit: the release is probably a mistake.
        case unchanged(commit: String)
        /// The catalog is not in git, so this could not be checked.
        case notChecked
    }

    /// Raises the version of `key` by `bump`, appends `note` dated `date`, and writes the file atomically.
    package func release(_ key: DocumentKey, bump: VersionBump, note: String, date: CalendarDate) throws(ReleaseError) -> Outcome {
        guard let document = catalog.document(key) else {
            let names = catalog.documents(of: key.kind).map(\.metadata.name.value)
            throw .unknownDocument(key, suggestion: Suggestion.closest(to: key.name, in: names))
        }
        let problems = diagnostics.filter { $0.severity == .error && $0.file == document.file }
        let metadata = document.metadata
        if let disagreement = Self.disagreement(metadata, file: document.file) { throw .disagreement(disagreement) }
        if !problems.isEmpty { throw .invalidDocument(key, diagnostics: problems) }

        // Asked before the file is edited: the edit itself is a change.
        let history = ReleaseHistory(root: catalog.root).check(file: relative(document.path), paths: changedPaths(document))
        guard let data = FileManager.default.contents(atPath: document.path) else {
            throw .io(path: document.file, reason: "cannot read it")
        }
        let version = bump.apply(to: metadata.version)
        let edited = try ReleaseEditor(bytes: [UInt8](data), root: document.root, file: document.file)
            .edit(to: version, date: date, note: note)
        try check(edited, expecting: version, file: document.file)
        try write(edited, to: document.path, shown: document.file)
        return Outcome(file: document.file, previous: metadata.version, version: version, date: date, history: history)
    }

    /// Where the version and the changelog already disagree, if they do: the release would only hide it.
    static func disagreement(_ metadata: Metadata, file: String) -> Diagnostic? {
        guard let newest = metadata.changelog.max(by: { $0.version < $1.version }) else {
            return Diagnostic(
                .error, "metadata.version is \(metadata.version) but the changelog is empty", file: file, range: metadata.versionRange,
                help: "add the changelog entry of \(metadata.version) by hand, then run pmo release")
        }
        if !metadata.changelog.contains(where: { $0.version == metadata.version }) {
            return Diagnostic(
                .error,
                "metadata.version is \(metadata.version) but the changelog has no entry for it (its newest is \(newest.version) at \(newest.range.start))",
                file: file, range: metadata.versionRange, help: "make the version and the changelog agree by hand, then run pmo release")
        }
        if metadata.version < newest.version {
            return Diagnostic(
                .error, "the changelog has \(newest.version), newer than metadata.version \(metadata.version)",
                file: file, range: newest.range, help: "make the version and the changelog agree by hand, then run pmo release")
        }
        return nil
    }

    /// The document, and for a template its whole folder (files/ included), relative to the catalog root.
    private func changedPaths(_ document: Document) -> [String] {
        let file = relative(document.path)
        guard document.kind == .template else { return [file] }
        return [(file as NSString).deletingLastPathComponent]
    }

    private func relative(_ path: String) -> String {
        let root = catalog.root.hasSuffix("/") ? catalog.root : catalog.root + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// The edited text must read back with the new version and its entry; otherwise nothing is written.
    private func check(_ bytes: [UInt8], expecting version: Semver, file: String) throws(ReleaseError) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let stream = try? YAMLLoader(limits: yamlLimits).load(text, path: file), let root = stream.documents.first,
            root["metadata"]?["version"]?.string == version.description,
            root["metadata"]?["changelog"]?.sequence?.contains(where: { $0["version"]?.string == version.description }) == true
        else {
            throw .unsupportedLayout(
                Diagnostic(
                    .error, "the edited changelog would not read back as intended; edit this file by hand",
                    file: file, range: nil))
        }
    }

    /// Replaces the file by a rename, keeping its permissions.
    private func write(_ bytes: [UInt8], to path: String, shown: String) throws(ReleaseError) {
        var info = stat()
        let mode = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        let temporary = (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent + ".release-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: Int(mode)]) else {
            throw .io(path: shown, reason: "cannot create a temporary file beside it")
        }
        if rename(temporary, path) != 0 {
            let reason = SystemError.message(errno)
            unlink(temporary)
            throw .io(path: shown, reason: reason)
        }
    }
}
