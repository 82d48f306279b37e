import Foundation
import PMOSupport
import PMOYAML

/// The outcome of loading a catalog: what decoded, and every problem found, sorted by file and line.
package struct CatalogLoadResult: Sendable {
    package var catalog: Catalog
    package var diagnostics: [Diagnostic]
    /// How many YAML files were read.
    package var fileCount: Int
    /// Total bytes of YAML read.
    package var byteCount: Int

    /// Number of error diagnostics.
    package var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// Number of warning diagnostics.
    package var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Loads `catalog/` and `standards/` under a root folder, decoding files on all cores and
/// reporting all problems across all files, not only the first.
public struct CatalogLoader: Sendable {
    package var yamlLimits: YAMLLimits
    /// Paths in diagnostics are shown relative to this folder.
    package var workingDirectory: String
    /// Largest Markdown body file accepted for a page.
    package var maxPageBytes: Int

    /// Creates a loader.
    public init(
        yamlLimits: YAMLLimits = .default, workingDirectory: String = FileManager.default.currentDirectoryPath,
        maxPageBytes: Int = 8 << 20
    ) {
        self.yamlLimits = yamlLimits
        self.workingDirectory = workingDirectory
        self.maxPageBytes = maxPageBytes
    }

    /// Loads and checks the catalog under `root`; throws only when `root` is not a catalog at all.
    package func load(root: String) throws(CatalogError) -> CatalogLoadResult {
        let absoluteRoot = URL(fileURLWithPath: root.hasPrefix("/") ? root : workingDirectory + "/" + root).standardizedFileURL.path
        guard CatalogLocator.isCatalog(absoluteRoot) else { throw .notACatalog(path: root) }
        let files = discoverFiles(root: absoluteRoot)
        var results = decodeAll(files, root: absoluteRoot)
        var diagnostics = results.flatMap(\.diagnostics)
        // Sized once: a Document is large, and growing the array by doubling kept two copies at the peak.
        var documents: [Document] = []
        documents.reserveCapacity(results.count)
        for result in results { if let document = result.document { documents.append(document) } }
        let undecoded = Set(results.compactMap(\.undecodedKey))
        let byteCount = results.reduce(0) { $0 + $1.bytes }
        results = []  // every document is held by `documents` now; a third copy would only raise the peak
        let catalog = Catalog(root: absoluteRoot, documents: documents)
        diagnostics += CatalogChecker(
            catalog: catalog, documents: documents, undecoded: undecoded,
            rootFile: display(absoluteRoot + "/catalog/catalog.yaml")
        ).check()
        diagnostics.sort(by: Diagnostic.sortOrder)
        return CatalogLoadResult(catalog: catalog, diagnostics: diagnostics, fileCount: files.count, byteCount: byteCount)
    }

    /// Every `*.yaml` / `*.yml` under `catalog/` and `standards/`, except template content under `templates/*/files/`.
    func discoverFiles(root: String) -> [String] {
        func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }
        return ["catalog", "standards"].flatMap { top -> [String] in
            let base = root + "/" + top
            // A folder named like a YAML file is listed too (and entered), so that loading reports it rather than passing over it.
            var yamlFolders: [String] = []
            let files = DirectoryWalk.files(under: base) { relative, isFolder in
                let components = relative.split(separator: "/")
                if components.last?.hasPrefix(".") == true { return true }
                guard isFolder else { return false }
                if isYAML(relative) { yamlFolders.append(relative) }
                return top == "standards" && components.count == 3 && components[0] == "templates" && components[2] == "files"
            }
            return (files.filter(isYAML) + yamlFolders).map { base + "/" + $0 }
        }
        .sorted()
    }

    private struct FileResult: Sendable {
        var document: Document?
        var diagnostics: [Diagnostic]
        var bytes: Int
        /// The kind and name of a document the file holds but that could not be decoded.
        var undecodedKey: DocumentKey?
    }

    private func decodeAll(_ files: [String], root: String) -> [FileResult] {
        let loader = YAMLLoader(limits: yamlLimits)
        let decoder = DocumentDecoder(maxPageBytes: maxPageBytes, catalogRoot: root)
        return files.concurrentMap { path -> FileResult in
            let shown = display(path)
            let sink = DiagnosticSink(file: shown)
            let source: SourceFile
            do {
                source = try loader.readSource(atPath: path, displayPath: shown, under: root, place: "catalog")
            } catch {
                return FileResult(document: nil, diagnostics: Self.diagnostics(of: error, file: shown), bytes: 0)
            }
            let stream: YAMLStream
            do {
                stream = try loader.load(source)
            } catch {
                let key = UndecodedDocumentKey.key(inText: String(decoding: source.bytes, as: UTF8.self))
                return FileResult(
                    document: nil, diagnostics: Self.diagnostics(of: error, file: shown),
                    bytes: source.bytes.count, undecodedKey: key)
            }
            let document = decoder.decode(stream, path: path, sink: sink)
            let key = document == nil ? stream.documents.first.flatMap(UndecodedDocumentKey.key(in:)) : nil
            return FileResult(document: document, diagnostics: sink.diagnostics, bytes: source.bytes.count, undecodedKey: key)
        }
    }

    private static func diagnostics(of error: any Error, file: String) -> [Diagnostic] {
        if let list = error as? DiagnosticList { return list.diagnostics }
        if let diagnostic = error as? Diagnostic { return [diagnostic] }
        return [Diagnostic(.error, "cannot load file: \(error)", file: file, range: nil)]
    }

    /// `path` relative to the working directory when below it.
    func display(_ path: String) -> String {
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
