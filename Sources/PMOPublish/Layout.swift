import PMOSupport

/// The page shell shared by every page: head, header with search, site navigation, breadcrumbs, `<main>`.
struct Layout {
    let context: SiteContext

    /// One crumb: a label and the site path it links to (nil for the current page).
    struct Crumb {
        var label: String
        var path: String?
    }

    /// A complete HTML page at site path `path`.
    func page(path: String, title: String, crumbs: [Crumb], main: String, scripts: [String] = [], headerSearch: Bool = true) -> String {
        let escapedSiteTitle = HTML.escape(context.title)
        var out = "<!DOCTYPE html>\n<html lang=\"\(HTML.escape(context.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(title == context.title ? escapedSiteTitle : HTML.escape(title) + " | " + escapedSiteTitle)</title>\n"
        out += "<meta name=\"generator\" content=\"pmo publish\">\n"
        out += "<link rel=\"stylesheet\" href=\"\(context.href(SitePaths.stylesheet, from: path))\">\n"
        if let base = context.options.baseURL {
            out += "<link rel=\"canonical\" href=\"\(HTML.escape(Self.absolute(base: base, path: path)))\">\n"
        }
        out += "</head>\n<body>\n<header class=\"site-header\">\n"
        out += "<a class=\"site-title\" href=\"\(context.href(SitePaths.home, from: path))\">\(escapedSiteTitle)</a>\n"
        if headerSearch {
            out += "<form class=\"site-search\" action=\"\(context.href(SitePaths.search, from: path))\" role=\"search\">"
            out += "<input type=\"search\" name=\"q\" placeholder=\"検索（例: 議事録）\" aria-label=\"カタログを検索\"></form>\n"
        }
        out += "</header>\n<nav class=\"site-nav\" aria-label=\"サイト\"><ul>\n"
        for (label, target) in [
            ("ホーム", SitePaths.home), ("種類", context.paths.facetIndex("kinds")),
            ("カテゴリ", context.paths.facetIndex("categories")), ("タグ", context.paths.facetIndex("tags")),
            ("担当チーム", context.paths.facetIndex("owners")), ("検索", SitePaths.search),
        ] {
            let current = target == path ? " aria-current=\"page\"" : ""
            out += "<li><a href=\"\(context.href(target, from: path))\"\(current)>\(label)</a></li>\n"
        }
        out += "</ul></nav>\n"
        if !crumbs.isEmpty {
            out += "<nav class=\"breadcrumbs\" aria-label=\"パンくずリスト\"><ol>"
            for crumb in crumbs {
                if let target = crumb.path {
                    out += "<li><a href=\"\(context.href(target, from: path))\">\(HTML.escape(crumb.label))</a></li>"
                } else {
                    out += "<li aria-current=\"page\">\(HTML.escape(crumb.label))</li>"
                }
            }
            out += "</ol></nav>\n"
        }
        out += "<main id=\"main\">\n\(main)\n</main>\n"
        out +=
            "<footer class=\"site-footer\"><p>\(HTML.escape(context.catalog.spec?.organization ?? "")) · pmo publish · \(HTML.escape(context.options.today.description)) 時点</p></footer>\n"
        for script in scripts {
            out += "<script src=\"\(context.href(script, from: path))\"></script>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// `base` + `path` with exactly one slash between them.
    static func absolute(base: String, path: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + path
    }
}
