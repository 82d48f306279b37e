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
    /// The parsed templates.
    var templates: DashboardTemplates

    /// A whole page whose body is `body` rendered over `context`; `title` is plain text.
    func page(title: String, section: Section?, body: DashboardTemplates.Source, _ context: [String: Any]) -> String {
        page(title: title, section: section, html: templates.render(body, context))
    }

    /// A whole page around `html`, a body the templates rendered.
    private func page(title: String, section: Section?, html: String) -> String {
        let sections = Section.allCases.map { item -> [String: Any] in
            ["path": item.path, "title": item.title, "current": item == section]
        }
        return templates.render(.layout, ["title": title, "signedIn": signedIn, "sections": sections, "body": html])
    }

    /// The context of the `exports` partial: the CSV and JSON links of one table of the page at `path` with `fields`.
    static func exports(path: String, fields: FormFields, table: String) -> [String: Any] {
        let links = ExportFormat.allCases.enumerated().map { index, format -> [String: Any] in
            let query = fields.setting("page", nil).setting("table", table).setting("format", format.rawValue).queryString
            return ["href": path + query, "label": format.rawValue.uppercased(), "first": index == 0]
        }
        return ["links": links]
    }

    /// The context of the `progress` partial: percentage, done and total, or false when there is nothing to do.
    static func progress(done: Int, total: Int) -> Any {
        guard total > 0 else { return false }
        return ["percent": done * 100 / total, "done": done, "total": total]
    }

    /// A value for a Mustache section: the text, or false so that the section is left out (a missing key would be
    /// looked up in the enclosing contexts instead).
    static func sectionValue(_ text: String?) -> Any {
        text.map { $0 as Any } ?? false
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
