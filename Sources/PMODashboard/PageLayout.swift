import Foundation

/// The frame of every dashboard page: `lang="ja"`, the stylesheet, the navigation and `<main>`.
struct PageLayout {
    /// The dashboard's sections, for the navigation.
    enum Section: String, CaseIterable {
        case portfolio, templates, campaigns

        var title: String {
            switch self {
            case .portfolio: return "ポートフォリオ"
            case .templates: return "標準の採用状況"
            case .campaigns: return "キャンペーン"
            }
        }

        var path: String {
            switch self {
            case .portfolio: return "/"
            case .templates: return "/templates"
            case .campaigns: return "/campaigns"
            }
        }
    }

    /// Whether a sign-out button is shown (not when the server is public-read).
    var signedIn: Bool

    /// A whole page; `title` is plain text, `body` is HTML already escaped.
    func page(title: String, section: Section?, body: String) -> String {
        var nav = ""
        for item in Section.allCases {
            let current = item == section ? " aria-current=\"page\"" : ""
            nav += "<li><a href=\"\(item.path)\"\(current)>\(HTMLEscape.text(item.title))</a></li>"
        }
        let signOut =
            signedIn
            ? "<form method=\"post\" action=\"/signout\" class=\"signout\"><button type=\"submit\">サインアウト</button></form>"
            : ""
        return """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscape.text(title)) — 全社PMOダッシュボード</title>
            <link rel="stylesheet" href="/dashboard.css">
            </head>
            <body>
            <header class="site-header"><a class="site-title" href="/">全社PMOダッシュボード</a>\(signOut)</header>
            <nav class="site-nav" aria-label="ダッシュボード"><ul>\(nav)</ul></nav>
            <main>
            <h1>\(HTMLEscape.text(title))</h1>
            \(body)
            </main>
            <footer class="site-footer">pmo serve</footer>
            </body>
            </html>

            """
    }

    /// The CSV and JSON links of one table of the page at `path` with `fields`.
    static func exportLinks(path: String, fields: FormFields, table: String) -> String {
        let links = ExportFormat.allCases.map { format in
            let query = fields.setting("page", nil).setting("table", table).setting("format", format.rawValue).queryString
            return "<a href=\"\(HTMLEscape.text(path + query))\">\(format.rawValue.uppercased())</a>"
        }
        return "<p class=\"exports\">書き出し: " + links.joined(separator: " / ") + "</p>"
    }

    /// Milliseconds since 1970 as `YYYY-MM-DD HH:MM` UTC.
    static func time(_ milliseconds: Int64) -> String {
        let civil = CivilDay(milliseconds: milliseconds)
        let minutes = Int((milliseconds / 60_000) % 1440)
        return civil.text + String(format: " %02d:%02d", minutes / 60, minutes % 60)
    }

    /// How long ago, in Japanese (`3日前`, `5時間前`, `たった今`).
    static func age(_ milliseconds: Int64, now: Int64) -> String {
        let seconds = max(0, (now - milliseconds) / 1000)
        if seconds < 60 { return "たった今" }
        if seconds < 3600 { return "\(seconds / 60)分前" }
        if seconds < 86_400 { return "\(seconds / 3600)時間前" }
        return "\(seconds / 86_400)日前"
    }
}
