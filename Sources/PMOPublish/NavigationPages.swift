import PMOCatalog
import PMOSupport

/// The pages that are not a document: home, one list per category, kind, tag and owner (and their indexes), and search.
struct NavigationPages {
    let context: SiteContext

    /// One list page: its path, heading, facet (label, index path), intro and members in display order.
    private struct ListPage {
        var path: String
        var title: String
        var facet: (String, String)
        var intro: String?
        /// Members, as positions in the sorted document list.
        var members: [Int]
    }

    /// Every navigation page as (site path, HTML).
    func render() -> [(String, String)] {
        var pages: [(String, String)] = [(SitePaths.home, home()), (SitePaths.search, search())]
        var lists: [ListPage] = []
        // Sorted once by kind and title: every list below filters this order instead of sorting again.
        // Indices are sorted rather than the documents, which are large to move.
        let published = context.publishedDocuments
        let documents = published.indices.sorted {
            (published[$0].kind.rawValue, published[$0].metadata.title) < (published[$1].kind.rawValue, published[$1].metadata.title)
        }.map { published[$0] }
        let layout = Layout(context: context)

        // Kinds
        let kinds = DocumentKind.allCases.filter { $0 != .catalog }
        var kindItems: [(String, String, Int)] = []
        for kind in kinds {
            let members = documents.indices.filter { documents[$0].kind == kind }
            let path = context.paths.kind(kind)
            kindItems.append((Labels.kind(kind), path, members.count))
            lists.append(
                ListPage(
                    path: path, title: Labels.kind(kind), facet: ("種類", context.paths.facetIndex("kinds")), intro: nil, members: members))
        }
        pages.append(facetIndex("kinds", title: "種類", items: kindItems, layout: layout))

        // Categories, in taxonomy order
        var categoryItems: [(String, String, Int)] = []
        for term in context.catalog.spec?.categories ?? [] {
            let id = term.id.value
            let members = documents.indices.filter { documents[$0].metadata.category?.value == id }
            let path = context.paths.category(id)
            categoryItems.append((term.title, path, members.count))
            lists.append(
                ListPage(
                    path: path, title: term.title, facet: ("カテゴリ", context.paths.facetIndex("categories")), intro: term.description,
                    members: members))
        }
        pages.append(facetIndex("categories", title: "カテゴリ", items: categoryItems, layout: layout))

        // Owners
        var ownerItems: [(String, String, Int)] = []
        for owner in context.catalog.spec?.owners ?? [] {
            let id = owner.id.value
            let members = documents.indices.filter { documents[$0].metadata.owner?.value == id }
            let path = context.paths.owner(id)
            ownerItems.append((owner.name, path, members.count))
            let intro = owner.contact.map { "連絡先: \($0)" }
            lists.append(
                ListPage(
                    path: path, title: owner.name, facet: ("担当チーム", context.paths.facetIndex("owners")), intro: intro, members: members))
        }
        pages.append(facetIndex("owners", title: "担当チーム", items: ownerItems, layout: layout))

        // Tags
        var byTag: [String: [Int]] = [:]
        for (position, document) in documents.enumerated() {
            for tag in Set(document.metadata.tags) { byTag[tag, default: []].append(position) }
        }
        var tagItems: [(String, String, Int)] = []
        for tag in byTag.keys.sorted() {
            let path = context.paths.tag(tag)
            tagItems.append((tag, path, byTag[tag]!.count))
            lists.append(
                ListPage(path: path, title: "タグ: \(tag)", facet: ("タグ", context.paths.facetIndex("tags")), intro: nil, members: byTag[tag]!)
            )
        }
        pages.append(facetIndex("tags", title: "タグ", items: tagItems, layout: layout))
        // What a document's line says after its link is the same on every list: made once per document.
        let tails = documents.concurrentMap(listTail)
        let listPages: [(String, String)] = lists.concurrentMap { (page: ListPage) -> (String, String) in
            (page.path, list(page, documents: documents, tails: tails))
        }
        pages.append(contentsOf: listPages)
        return pages
    }

    private func home() -> String {
        let path = SitePaths.home
        let documents = context.publishedDocuments
        var main = "<h1>\(HTML.escape(context.title))</h1>\n"
        if let manifest = context.catalog.manifest {
            main += "<p class=\"description\">\(HTML.escape(manifest.metadata.description))</p>\n"
        }
        main +=
            "<form class=\"search-form\" action=\"\(SitePaths.search)\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"標準を検索（例: 議事録、リスク、phase gate）\" aria-label=\"カタログを検索\"></form>\n"
        main += "<section id=\"counts\"><h2>収録数</h2><ul class=\"cards\">\n"
        for kind in DocumentKind.allCases where kind != .catalog {
            let count = documents.filter { $0.kind == kind }.count
            main +=
                "<li><a href=\"\(context.href(context.paths.kind(kind), from: path))\">\(HTML.escape(Labels.kind(kind)))</a><span class=\"count\">\(count)</span></li>\n"
        }
        main += "</ul></section>\n"

        let changes = documents.compactMap { document -> (Document, Metadata.Change)? in
            guard let latest = document.metadata.changelog.filter({ $0.date != nil }).max(by: { $0.date! < $1.date! }) else { return nil }
            return (document, latest)
        }.sorted { ($0.1.date!, $1.0.key) > ($1.1.date!, $0.0.key) }
        main += "<section id=\"recent\"><h2>最近の更新</h2>"
        if changes.isEmpty {
            main += "<p>更新履歴はありません。</p>"
        } else {
            main += "<ul class=\"doc-list\">\n"
            for (document, change) in changes.prefix(10) {
                main +=
                    "<li>\(HTML.escape(change.date!.description)) \(context.link(to: document.key, from: path)) <span class=\"kind-note\">v\(HTML.escape(change.version.description))</span><p>\(HTML.escape(change.changes))</p></li>\n"
            }
            main += "</ul>"
        }
        main += "</section>\n"

        let stale = documents.filter { context.freshness($0).isStale }
            .sorted { ($0.metadata.reviewDue!, $0.key) < ($1.metadata.reviewDue!, $1.key) }
        main += "<section id=\"stale\"><h2>レビューが必要な文書</h2>"
        if stale.isEmpty {
            main += "<p>レビュー期限が近い文書や期限切れの文書はありません。</p>"
        } else {
            main += "<ul class=\"doc-list\">\n"
            for document in stale {
                let freshness = context.freshness(document)
                main +=
                    "<li>\(Labels.badge(freshness.label, class: "freshness-\(freshness.rawValue)")) \(context.link(to: document.key, from: path)) <span class=\"kind-note\">期限 \(HTML.escape(document.metadata.reviewDue!.description))・\(HTML.escape(context.ownerName(document.metadata.owner?.value ?? "")))</span></li>\n"
            }
            main += "</ul>"
        }
        main += "</section>\n"
        return Layout(context: context).page(path: path, title: context.title, crumbs: [], main: main)
    }

    private func search() -> String {
        let path = SitePaths.search
        var main = "<h1>検索</h1>\n"
        main +=
            "<form class=\"search-form\" action=\"search.html\" role=\"search\"><input type=\"search\" name=\"q\" id=\"search-input\" placeholder=\"キーワード（例: 議事録、リスク、phase gate）\" aria-label=\"キーワード\" autocomplete=\"off\"></form>\n"
        main += "<p id=\"search-status\" aria-live=\"polite\">JavaScript を有効にすると検索できます。</p>\n"
        main += "<ol id=\"search-results\"></ol>\n"
        main += "<p class=\"legend\">語をスペースで区切るとすべてを含む文書を探します。\"phase gate\" のように引用符で囲むと語句として探します。</p>\n"
        return Layout(context: context).page(
            path: path, title: "検索", crumbs: [.init(label: "ホーム", path: SitePaths.home), .init(label: "検索", path: nil)],
            main: main, scripts: [SitePaths.searchIndex, SitePaths.searchScript], headerSearch: false)
    }

    private func list(_ page: ListPage, documents: [Document], tails: [String]) -> String {
        let (path, title, facet, intro) = (page.path, page.title, page.facet, page.intro)
        var main = "<h1>\(HTML.escape(title))</h1>\n"
        if let intro { main += "<p>\(HTML.escape(intro))</p>\n" }
        main += "<p>\(page.members.count) 件</p>\n"
        main += "<ul class=\"doc-list\">\n"
        for position in page.members {
            main += "<li>" + context.link(to: documents[position], from: path) + tails[position]
        }
        main += "</ul>\n"
        let crumbs: [Layout.Crumb] = [
            .init(label: "ホーム", path: SitePaths.home), .init(label: facet.0, path: facet.1), .init(label: title, path: nil),
        ]
        return Layout(context: context).page(path: path, title: title, crumbs: crumbs, main: main)
    }

    /// A list line after the document's link: kind, badges, description.
    private func listTail(_ document: Document) -> String {
        let freshness = context.freshness(document)
        var tail = " <span class=\"kind-note\">\(HTML.escape(Labels.kind(document.kind)))</span>"
        if freshness.isStale { tail += " " + Labels.badge(freshness.label, class: "freshness-\(freshness.rawValue)") }
        if document.metadata.status != .active {
            tail += " " + Labels.badge(Labels.status(document.metadata.status), class: "status-\(document.metadata.status.rawValue)")
        }
        return tail + "<p>\(HTML.escape(document.metadata.description))</p></li>\n"
    }

    private func facetIndex(_ facet: String, title: String, items: [(String, String, Int)], layout: Layout) -> (String, String) {
        let path = context.paths.facetIndex(facet)
        var main = "<h1>\(HTML.escape(title))</h1>\n<ul class=\"doc-list\">\n"
        for (label, target, count) in items {
            main +=
                "<li><a href=\"\(context.href(target, from: path))\">\(HTML.escape(label))</a> <span class=\"kind-note\">\(count) 件</span></li>\n"
        }
        main += "</ul>\n"
        return (
            path,
            layout.page(
                path: path, title: title, crumbs: [.init(label: "ホーム", path: SitePaths.home), .init(label: title, path: nil)], main: main)
        )
    }
}
