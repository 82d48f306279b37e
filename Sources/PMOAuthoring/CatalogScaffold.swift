import Foundation
import PMOCatalog
import PMOSupport
import PMOTemplates

/// A new catalog repository, as `pmo init` writes it: the catalog (the examples, or a copy of the shipped
/// standard) plus CI, pre-commit, `.gitignore` and the PMO team's README.
///
/// ```swift
/// let scaffold = CatalogScaffold(settings: .defaults(language: .ja, date: .today()), source: .examples)
/// try scaffold.write(to: "acme-pmo")
/// ```
package struct CatalogScaffold: Sendable {
    /// Where the catalog's documents come from.
    package enum Source: Sendable, Hashable {
        /// One small valid example of every kind, made for `settings`.
        case examples
        /// A copy of `catalog/` and `standards/` of the shipped standard at this root.
        case copy(root: String)
    }

    package var settings: CatalogSettings
    package var source: Source

    /// Creates a scaffold.
    package init(settings: CatalogSettings, source: Source) {
        self.settings = settings
        self.source = source
    }

    /// Every file of the repository, paths relative to it, sorted.
    package func files() throws(ScaffoldError) -> [PlannedFile] {
        var files = RepositoryFiles(settings: settings).files
        switch source {
        case .examples:
            files += ExampleStandards(settings: settings).files
        case .copy(let root):
            files += try Self.copy(from: root)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Writes the repository at `destination`, which must not exist or be an empty folder; all or nothing.
    /// Returns the files written.
    @discardableResult
    package func write(to destination: String) throws(ScaffoldError) -> [PlannedFile] {
        let files = try self.files()
        try ScaffoldWriter.write(files, to: destination)
        return files
    }

    /// The files of `catalog/` and `standards/` under `root` (the shipped standard), without hidden files.
    static func copy(from root: String) throws(ScaffoldError) -> [PlannedFile] {
        var files: [PlannedFile] = []
        for folder in ["catalog", "standards"] {
            let base = root + "/" + folder
            for relative in DirectoryWalk.files(under: base, skip: { path, _ in (path as NSString).lastPathComponent.hasPrefix(".") }) {
                let path = base + "/" + relative
                guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(folder + "/" + relative) }
                files.append(
                    PlannedFile(
                        path: folder + "/" + relative, bytes: [UInt8](data),
                        executable: FileManager.default.isExecutableFile(atPath: path)))
            }
        }
        return files
    }

    /// The shipped standard, found as the CLI finds the installed catalog: beside the binary (`../share/pmo`),
    /// or — for a binary in a build folder — the repository it was built from.
    package static func shippedStandard(executablePath: String) throws(ScaffoldError) -> String {
        let executableFolder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent().path
        let locator = CatalogLocator(workingDirectory: executableFolder, environment: [:], executablePath: executablePath)
        do {
            return try locator.locate(explicit: nil)
        } catch {
            throw .noDefaultCatalog(searched: [executableFolder + " and its parents", "../share/pmo beside the pmo binary"])
        }
    }

    /// Runs `git init` in `folder`; false when git is missing or fails.
    package static func initializeGit(at folder: String) -> Bool {
        ChildProcess.run("git", ["init", "-q", folder])?.status == 0
    }
}
