import Foundation
import PMOCatalog
import PMOSupport

/// Builds the static knowledge site of a catalog: pages are rendered on all cores and written, as each is
/// made, to a temporary folder that is then swapped in for the output folder.
package struct SiteBuilder: Sendable {
    package let catalog: Catalog
    package let options: PublishOptions

    /// Creates a builder for a catalog that has already validated.
    package init(catalog: Catalog, options: PublishOptions) {
        self.catalog = catalog
        self.options = options
    }

    /// Publishes a loaded catalog, refusing (and writing nothing) when it has errors.
    package static func publish(
        _ result: CatalogLoadResult, to output: String, options: PublishOptions
    ) throws(PublishError) -> PublishReport {
        guard result.errorCount == 0 else { throw .invalidCatalog(errorCount: result.errorCount) }
        return try SiteBuilder(catalog: result.catalog, options: options).build(into: output)
    }

    /// The site as files in memory: site path → bytes, plus what the build noticed.
    package func render() -> RenderedSite {
        // Nothing is written, so nothing can fail.
        (try? produce(writingTo: nil)) ?? RenderedSite(files: [], documentPageCount: 0, searchIndexBytes: 0, warnings: [])
    }

    /// Renders the site and swaps it in at `output`; the previous site stays if anything fails.
    package func build(into output: String) throws(PublishError) -> PublishReport {
        let folder = OutputFolder(path: output)
        try folder.check(catalogRoot: catalog.root)
        let staging = try folder.stage()
        let site: RenderedSite
        do throws(PublishError) {
            site = try produce(writingTo: staging)
            try folder.swapIn(staging)
        } catch {
            staging.discard()
            throw error
        }
        return PublishReport(
            outputPath: folder.path, fileCount: site.files.count, pageCount: site.files.filter { $0.0.hasSuffix(".html") }.count,
            documentPageCount: site.documentPageCount, searchIndexBytes: site.searchIndexBytes, warnings: site.warnings)
    }

    /// Renders every file; with a staging folder each file is written there as soon as it is made (and
    /// its bytes are not kept), so writing overlaps rendering on all cores.
    ///
    /// Document pages come first, on all cores, each with its search-index analysis; then the
    /// navigation pages and the search index, side by side; then the fixed files.
    private func produce(writingTo staging: StagingFolder?) throws(PublishError) -> RenderedSite {
        let context = SiteContext(catalog: catalog, options: options)
        let documents = context.publishedDocuments
        let pagePaths = documents.map { context.paths.document($0.key) }
        try staging?.makeFolders(for: pagePaths + [SitePaths.searchIndex, SitePaths.stylesheet, SitePaths.searchScript])
        let results = documents.concurrentMap {
            document -> Result<(String, [UInt8], SearchIndexBuilder.AnalyzedEntry, [String]), PublishError> in
            let page = DocumentPage(context: context, document: document)
            let rendered = page.render()
            let m = document.metadata
            let entry = SearchIndexBuilder.AnalyzedEntry(
                SearchIndexBuilder.Entry(
                    url: page.path, title: m.title, kind: Labels.kind(document.kind), description: m.description,
                    keywords: ([m.name.value, document.key.description] + m.tags).joined(separator: " "), body: rendered.body,
                    furniture: rendered.furniture))
            return Self.keep(page.path, html: rendered.html, staging).map { ($0.0, $0.1, entry, rendered.warnings) }
        }
        var files: [(String, [UInt8])] = []
        var index = SearchIndexBuilder()
        var warnings: [String] = []
        for result in results {
            let (path, bytes, entry, pageWarnings) = try result.get()
            files.append((path, bytes))
            index.add(entry)
            warnings += pageWarnings
        }
        let pageCount = files.count
        // The navigation pages and the search index need nothing from each other: build them side by side.
        let finishedIndex = index
        let (navigation, searchIndex) = concurrently(
            { () -> Result<[(String, [UInt8])], PublishError> in
                let pages = NavigationPages(context: context).render()
                if let staging {
                    do throws(PublishError) { try staging.makeFolders(for: pages.map(\.0)) } catch { return .failure(error) }
                }
                var kept: [(String, [UInt8])] = []
                for (path, html) in pages {
                    switch Self.keep(path, html: html, staging) {
                    case .success(let file): kept.append(file)
                    case .failure(let error): return .failure(error)
                    }
                }
                return .success(kept)
            }, { finishedIndex.javaScriptBytes() })
        files += try navigation.get()
        var fixed: [(String, [UInt8])] = [
            (SitePaths.searchIndex, searchIndex),
            (SitePaths.searchScript, Array(SearchScript.source.utf8)),
            (SitePaths.stylesheet, Array(Stylesheet.source.utf8)),
        ]
        if let base = options.baseURL {
            fixed.append(("sitemap.xml", Array(sitemap(base: base, paths: files.map(\.0).filter { $0.hasSuffix(".html") }).utf8)))
        }
        for (path, bytes) in fixed {
            files.append(try Self.keep(path, bytes, staging).get())
        }
        // Last, listing everything above: the next publish replaces the folder only while it holds nothing else.
        files.append(try Self.keep(SitePaths.marker, Array(SiteMarker.text(files: files.map(\.0)).utf8), staging).get())
        return RenderedSite(files: files, documentPageCount: pageCount, searchIndexBytes: searchIndex.count, warnings: warnings)
    }

    /// The file to keep in the rendered site: as it is, or written to `staging` and kept without its bytes.
    private static func keep(_ path: String, _ bytes: [UInt8], _ staging: StagingFolder?) -> Result<(String, [UInt8]), PublishError> {
        guard let staging else { return .success((path, bytes)) }
        return written(path) { () throws(PublishError) in try staging.write(bytes, to: path) }
    }

    /// `keep` for a page given as text: written straight from the string's UTF-8 storage.
    private static func keep(_ path: String, html: String, _ staging: StagingFolder?) -> Result<(String, [UInt8]), PublishError> {
        guard let staging else { return .success((path, Array(html.utf8))) }
        return written(path) { () throws(PublishError) in try staging.write(text: html, to: path) }
    }

    private static func written(_ path: String, _ write: () throws(PublishError) -> Void) -> Result<(String, [UInt8]), PublishError> {
        do throws(PublishError) {
            try write()
            return .success((path, []))
        } catch {
            return .failure(error)
        }
    }

    private func sitemap(base: String, paths: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            out += "<url><loc>\(HTML.escape(Layout.absolute(base: base, path: encoded)))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }
}

/// A site rendered in memory.
package struct RenderedSite: Sendable {
    /// Site path → file content, in writing order (content empty for files already written to disk).
    package var files: [(String, [UInt8])]
    /// How many document pages there are.
    package var documentPageCount: Int
    /// Size of `search-index.js` in bytes.
    package var searchIndexBytes: Int
    /// Things worth telling the author (e.g. removed links).
    package var warnings: [String]

    /// The content of one file as text, for tests and tools.
    package func text(_ path: String) -> String? {
        files.first { $0.0 == path }.map { String(decoding: $0.1, as: UTF8.self) }
    }
}

/// What a publish wrote.
package struct PublishReport: Sendable {
    /// Absolute path of the output folder.
    package var outputPath: String
    package var fileCount: Int
    /// HTML pages, navigation included.
    package var pageCount: Int
    package var documentPageCount: Int
    package var searchIndexBytes: Int
    package var warnings: [String]
}
