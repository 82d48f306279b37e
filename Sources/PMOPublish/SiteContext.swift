import PMOCatalog
import PMOSupport

/// Everything a page needs to know about the site: the catalog, paths, names of teams and terms, the day of the build.
struct SiteContext: Sendable {
    let catalog: Catalog
    let paths: SitePaths
    let options: PublishOptions
    let title: String
    let language: String
    private let ownerNames: [String: String]
    private let categoryTitles: [String: String]
    let phaseTitles: [String: String]
    let roleTitles: [String: String]
    /// Backlinks, computed once for the whole catalog.
    let referrers: [DocumentKey: [DocumentKey]]
    /// The documents shown as pages (everything but the Catalog manifest), in catalog order.
    let publishedDocuments: [Document]

    init(catalog: Catalog, options: PublishOptions) {
        self.catalog = catalog
        self.options = options
        let spec = catalog.spec
        title = spec?.siteTitle ?? catalog.manifest?.metadata.title ?? "PMO カタログ"
        language = spec?.language ?? "ja"
        paths = SitePaths(tags: catalog.documents.flatMap(\.metadata.tags))
        ownerNames = Dictionary(spec?.owners.map { ($0.id.value, $0.name) } ?? [], uniquingKeysWith: { first, _ in first })
        categoryTitles = Dictionary(spec?.categories.map { ($0.id.value, $0.title) } ?? [], uniquingKeysWith: { first, _ in first })
        phaseTitles = Dictionary(spec?.phases.map { ($0.id.value, $0.title) } ?? [], uniquingKeysWith: { first, _ in first })
        roleTitles = Dictionary(spec?.roles.map { ($0.id.value, $0.title) } ?? [], uniquingKeysWith: { first, _ in first })
        var referrers: [DocumentKey: [DocumentKey]] = [:]
        for document in catalog.documents {
            for reference in Set(document.references.map(\.key)) where reference != document.key {
                referrers[reference, default: []].append(document.key)
            }
        }
        self.referrers = referrers.mapValues { $0.sorted() }
        publishedDocuments = catalog.documents.filter { $0.kind != .catalog }
    }

    func ownerName(_ id: String) -> String { ownerNames[id] ?? id }
    func categoryTitle(_ id: String) -> String { categoryTitles[id] ?? id }
    func phaseTitle(_ id: String) -> String { phaseTitles[id] ?? id }
    func roleTitle(_ id: String) -> String { roleTitles[id] ?? id }

    /// The freshness of a document on the build day.
    func freshness(_ document: Document) -> Freshness {
        Freshness(document.metadata, today: options.today, warningDays: options.reviewWarningDays)
    }

    /// The title of the document a key names, or the key itself when it does not resolve.
    func title(of key: DocumentKey) -> String {
        catalog.document(key)?.metadata.title ?? key.description
    }

    /// `<a>` to a document from the page at `page`.
    func link(to key: DocumentKey, from page: String) -> String {
        guard catalog.document(key) != nil else { return "<code>\(HTML.escape(key.description))</code>" }
        return "<a href=\"\(HTML.escape(SitePaths.relative(paths.document(key), from: page)))\">\(HTML.escape(title(of: key)))</a>"
    }

    /// `<a>` to a document known to be in the catalog, from the page at `page`.
    func link(to document: Document, from page: String) -> String {
        "<a href=\"\(HTML.escape(SitePaths.relative(paths.document(document.key), from: page)))\">\(HTML.escape(document.metadata.title))</a>"
    }

    /// An href from the page at `page` to the site path `target`, escaped for an attribute.
    func href(_ target: String, from page: String) -> String {
        HTML.escape(SitePaths.relative(target, from: page))
    }
}
