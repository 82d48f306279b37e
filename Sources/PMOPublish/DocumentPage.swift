import Foundation
import PMOCatalog
import PMOSupport

/// The page of one document: header facts, the kind-specific body, links in and out, and the changelog.
struct DocumentPage {
    let context: SiteContext
    let document: Document

    var path: String { context.paths.document(document.key) }

    /// Ids the fixed parts of a document page use; Markdown headings must not take them.
    static let reservedIDs: Set<String> = [
        "main", "toc", "meta", "body", "related", "referenced-by", "changelog", "tags",
        "parameters", "files", "preview", "pmo-new", "project-gets", "items", "rules", "campaign",
    ]

    /// A rendered document page: its HTML, what the search index gets for it, and warnings for the author.
    struct Rendered {
        var html: String
        /// The visible text of `<main>` besides title and description (``VisibleText``).
        var body: String
        var furniture: String
        var warnings: [String]
    }

    /// The page HTML and, read from that same HTML, the text the search index gets for it.
    func render() -> Rendered {
        let m = document.metadata
        var main = "<article class=\"document kind-\(document.kind.referenceName)\">\n"
        main += "<header class=\"document-header\">\n<p class=\"kind\">\(HTML.escape(Labels.kind(document.kind)))</p>\n"
        main += "<h1>\(HTML.escape(m.title))</h1>\n<p class=\"description\">\(HTML.escape(m.description))</p>\n"
        main += facts()
        main += "</header>\n"
        var warnings: [String] = []
        switch document.spec {
        case .template(let spec):
            main += TemplateSection(context: context, document: document, spec: spec, page: path).render()
        case .checklist(let spec):
            main += ChecklistSection(context: context, spec: spec, page: path).render()
        case .ruleSet(let spec):
            main += RuleSetSection(spec: spec).render()
        case .page(let spec):
            let rendered = pageBody(spec)
            main += rendered.html
            warnings = rendered.warnings
        case .campaign(let spec):
            main += CampaignSection(context: context, spec: spec, page: path).render()
        case .catalog:
            break
        }
        main += links()
        main += changelog()
        main += "<p class=\"source\">ソース: <code>\(HTML.escape(relativeSource()))</code></p>\n"
        main += "</article>"
        let crumbs: [Layout.Crumb] =
            [
                .init(label: "ホーム", path: SitePaths.home),
                .init(label: Labels.kind(document.kind), path: context.paths.kind(document.kind)),
            ] + (m.category.map { [Layout.Crumb(label: context.categoryTitle($0.value), path: context.paths.category($0.value))] } ?? [])
            + [.init(label: m.title, path: nil)]
        let html = Layout(context: context).page(path: path, title: m.title, crumbs: crumbs, main: main)
        let text = VisibleText.of(mainHTML: main)
        return Rendered(html: html, body: text.body, furniture: text.furniture, warnings: warnings)
    }

    private func facts() -> String {
        let m = document.metadata
        let freshness = context.freshness(document)
        var out = "<dl class=\"facts\" id=\"meta\">\n"
        if let owner = m.owner?.value {
            out +=
                "<dt>担当チーム</dt><dd><a href=\"\(context.href(context.paths.owner(owner), from: path))\">\(HTML.escape(context.ownerName(owner)))</a></dd>\n"
        }
        if let category = m.category?.value {
            out +=
                "<dt>カテゴリ</dt><dd><a href=\"\(context.href(context.paths.category(category), from: path))\">\(HTML.escape(context.categoryTitle(category)))</a></dd>\n"
        }
        out += "<dt>バージョン</dt><dd>\(HTML.escape(m.version.description))</dd>\n"
        out += "<dt>状態</dt><dd>\(Labels.badge(Labels.status(m.status), class: "status-\(m.status.rawValue)"))"
        if let replacement = m.replacedBy {
            out += " → 後継: \(context.link(to: replacement.key, from: path))"
        }
        out += "</dd>\n<dt>鮮度</dt><dd>\(Labels.badge(freshness.label, class: "freshness-\(freshness.rawValue)"))"
        if let reviewed = m.reviewed {
            out += " 最終レビュー \(HTML.escape(reviewed.description))"
            if let due = m.reviewDue, let every = m.reviewEvery {
                out += "（周期 \(HTML.escape(every.text))、次回期限 \(HTML.escape(due.description))）"
            }
        }
        out += "</dd>\n"
        if !m.tags.isEmpty {
            out += "<dt>タグ</dt><dd><ul class=\"tags\" id=\"tags\">"
            for tag in m.tags {
                out += "<li><a href=\"\(context.href(context.paths.tag(tag), from: path))\">\(HTML.escape(tag))</a></li>"
            }
            out += "</ul></dd>\n"
        }
        out += "<dt>参照名</dt><dd><code>\(HTML.escape(document.key.description))</code></dd>\n"
        out += "</dl>\n"
        return out
    }

    private func pageBody(_ spec: PageSpec) -> (html: String, warnings: [String]) {
        let context = self.context
        let page = path
        let renderer = MarkdownRenderer(reservedIDs: Self.reservedIDs) { href in
            if href.hasPrefix("#") { return href }
            // `[…](template/progress-report)` or `[…](template/progress-report#section)` links to that document.
            let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = DocumentKey(parsing: String(parts[0])), context.catalog.document(key) != nil else { return nil }
            return SitePaths.relative(context.paths.document(key), from: page)
        }
        let rendered = renderer.render(spec.body)
        var out = ""
        let tocHeadings = rendered.headings.filter { $0.level == 2 || $0.level == 3 }
        if tocHeadings.count >= 2 {
            out += "<nav class=\"toc\" id=\"toc\" aria-label=\"目次\"><h2>目次</h2><ol>\n"
            for heading in tocHeadings {
                out +=
                    "<li class=\"toc-level-\(heading.level)\"><a href=\"#\(HTML.escape(heading.id))\">\(HTML.escape(heading.text))</a></li>\n"
            }
            out += "</ol></nav>\n"
        }
        out += "<section class=\"markdown\" id=\"body\">\n\(rendered.html)\n</section>\n"
        var warnings = rendered.droppedURLs.map {
            "\(document.file): link '\($0)' removed (not http(s), mailto, #anchor or KIND/NAME of an existing document)"
        }
        warnings += MarkdownSource(spec: spec, document: document).unclosedTagWarnings(rendered.unclosedTags)
        return (out, warnings)
    }

    private func links() -> String {
        var out = ""
        let outgoing = Array(Set(document.references.map(\.key))).sorted()
        if !outgoing.isEmpty {
            out += "<section id=\"related\"><h2>関連する標準</h2><ul>\n"
            for key in outgoing {
                out +=
                    "<li>\(context.link(to: key, from: path)) <span class=\"kind-note\">\(HTML.escape(Labels.kind(key.kind)))</span></li>\n"
            }
            out += "</ul></section>\n"
        }
        let incoming = context.referrers[document.key] ?? []
        out += "<section id=\"referenced-by\"><h2>参照元</h2>"
        if incoming.isEmpty {
            out += "<p>この文書を参照している標準はありません。</p>"
        } else {
            out += "<ul>\n"
            for key in incoming {
                out +=
                    "<li>\(context.link(to: key, from: path)) <span class=\"kind-note\">\(HTML.escape(Labels.kind(key.kind)))</span></li>\n"
            }
            out += "</ul>"
        }
        out += "</section>\n"
        return out
    }

    private func changelog() -> String {
        var out = "<section id=\"changelog\"><h2>変更履歴</h2>\n<table><thead><tr><th>バージョン</th><th>日付</th><th>変更内容</th></tr></thead><tbody>\n"
        for change in document.metadata.changelog.sorted(by: { $0.version > $1.version }) {
            out +=
                "<tr><td>\(HTML.escape(change.version.description))</td><td>\(HTML.escape(change.date?.description ?? ""))</td><td>\(HTML.escape(change.changes))</td></tr>\n"
        }
        out += "</tbody></table></section>\n"
        return out
    }

    private func relativeSource() -> String {
        let root = context.catalog.root.hasSuffix("/") ? context.catalog.root : context.catalog.root + "/"
        return document.path.hasPrefix(root) ? String(document.path.dropFirst(root.count)) : document.file
    }
}
