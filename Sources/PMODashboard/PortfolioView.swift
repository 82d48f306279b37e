import PMOServer

/// The portfolio page (`/`): the counts, the filter form, one row per project, the pager.
struct PortfolioView {
    var parameters: PortfolioParameters
    var counts: PortfolioCounts
    var facets: PortfolioFacets
    var page: PortfolioPage
    var staleDays: Int
    var now: Int64

    /// The page's body.
    var html: String {
        var out = countCards + filterForm
        let first = page.total == 0 ? 0 : (parameters.page - 1) * PortfolioParameters.pageSize + 1
        let last = (parameters.page - 1) * PortfolioParameters.pageSize + page.projects.count
        out += "<p class=\"note\" id=\"result-count\">\(page.total)件中 \(first)–\(last)件を表示</p>"
        out += PageLayout.exportLinks(path: "/", fields: parameters.fields, table: "projects")
        out += "<div class=\"table-wrap\"><table id=\"projects\"><thead><tr>"
        for (column, heading) in Self.columns {
            let mark = parameters.sort == column ? (parameters.descending ? " ▼" : " ▲") : ""
            let sorted = parameters.sort == column ? " aria-sort=\"\(parameters.descending ? "descending" : "ascending")\"" : ""
            out += "<th\(sorted)><a href=\"\(HTMLEscape.text(parameters.sortLink(column)))\">\(heading)\(mark)</a></th>"
        }
        out += "</tr></thead><tbody>"
        for project in page.projects { out += row(project) }
        if page.projects.isEmpty { out += "<tr><td colspan=\"\(Self.columns.count)\">該当するプロジェクトはありません</td></tr>" }
        out += "</tbody></table></div>" + pager
        return out
    }

    static let columns: [(PortfolioSort, String)] = [
        (.name, "プロジェクト"), (.owner, "オーナー"), (.template, "テンプレート"), (.behind, "遅れ"),
        (.errors, "エラー"), (.warnings, "警告"), (.progress, "チェックリスト"), (.age, "最終報告"),
    ]

    private var countCards: String {
        let cards: [(String, Int, PortfolioState?, String)] = [
            ("プロジェクト", counts.projects, nil, "projects"),
            ("標準より遅れ", counts.behind, .behind, "behind"),
            ("lint エラーあり", counts.withErrors, .errors, "errors"),
            ("30日以内に期限切れの免除", counts.waiversExpiringSoon, .waivers, "waivers"),
            ("\(staleDays)日以上報告なし", counts.stale, .stale, "stale"),
        ]
        var out = "<ul class=\"cards\" id=\"counts\">"
        for (label, count, state, id) in cards {
            let alert = state != nil && count > 0 ? " class=\"alert\"" : ""
            let href = "/" + (state.map { "?state=" + $0.rawValue } ?? "")
            out +=
                "<li\(alert) id=\"count-\(id)\"><a href=\"\(href)\"><span class=\"count\">\(count)</span>\(HTMLEscape.text(label))</a></li>"
        }
        return out + "</ul>"
    }

    private var filterForm: String {
        func select(_ name: String, _ label: String, _ options: [(String, String)], _ current: String?) -> String {
            var out = "<label>\(label)<select name=\"\(name)\"><option value=\"\">すべて</option>"
            for (value, text) in options {
                let selected = value == current ? " selected" : ""
                out += "<option value=\"\(HTMLEscape.text(value))\"\(selected)>\(HTMLEscape.text(text))</option>"
            }
            return out + "</select></label>"
        }
        let versions = Set(facets.templates.values.joined()).sorted()
        let states: [(String, String)] = [("behind", "標準より遅れ"), ("errors", "lint エラーあり"), ("stale", "報告が古い"), ("waivers", "免除の期限が近い")]
        var out = "<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">"
        out +=
            "<label>検索<input type=\"search\" name=\"q\" value=\"\(HTMLEscape.text(parameters.text ?? ""))\" placeholder=\"ID・名前・オーナー\"></label>"
        out += select("owner", "オーナー", facets.owners.map { ($0, $0) }, parameters.owner)
        out += select("template", "テンプレート", facets.templates.keys.sorted().map { ($0, $0) }, parameters.template)
        out += select("version", "版", versions.map { ($0, $0) }, parameters.version)
        out += select("phase", "フェーズ", facets.phases.map { ($0, $0) }, parameters.phase)
        out += select("state", "状態", states, parameters.state?.rawValue)
        if parameters.sort != .name { out += "<input type=\"hidden\" name=\"sort\" value=\"\(parameters.sort.rawValue)\">" }
        if parameters.descending { out += "<input type=\"hidden\" name=\"dir\" value=\"desc\">" }
        return out + "<button type=\"submit\">絞り込む</button> <a href=\"/\">解除</a></form>"
    }

    private func row(_ project: ProjectSummary) -> String {
        let summary = project.summary
        let href = "/projects/" + HTMLEscape.pathSegment(project.id)
        var out = "<tr><td><a href=\"\(HTMLEscape.text(href))\">\(HTMLEscape.text(project.name))</a>"
        if project.name != project.id { out += "<br><code>\(HTMLEscape.text(project.id))</code>" }
        out += "</td><td>\(HTMLEscape.text(project.owner ?? "—"))</td><td>"
        out += project.templates.map { "<code>\(HTMLEscape.text($0))</code>" }.joined(separator: "<br>")
        out += "</td><td>"
        out +=
            summary.versionsBehind > 0
            ? "<span class=\"badge behind\">\(summary.versionsBehind)版遅れ</span>" : "<span class=\"badge ok\">最新</span>"
        out += "</td><td class=\"number\(summary.lintErrors > 0 ? " errors" : "")\">\(summary.lintErrors)</td>"
        out +=
            "<td class=\"number\">\(summary.lintWarnings)</td><td>\(Self.progress(done: summary.checklistDone, total: summary.checklistTotal))</td>"
        let stale = now - project.receivedAt > Int64(staleDays) * 86_400_000
        out += "<td\(stale ? " class=\"overdue\"" : "")>\(PageLayout.age(project.receivedAt, now: now))</td></tr>"
        return out
    }

    /// A bar and a percentage (— when there is nothing to do).
    static func progress(done: Int, total: Int) -> String {
        guard total > 0 else { return "—" }
        let percent = done * 100 / total
        return
            "<span class=\"bar\" role=\"img\" aria-label=\"\(percent)%\"><span style=\"width:\(percent)%\"></span></span> \(percent)% (\(done)/\(total))"
    }

    private var pager: String {
        let pages = max(1, (page.total + PortfolioParameters.pageSize - 1) / PortfolioParameters.pageSize)
        var out = "<nav class=\"pager\" aria-label=\"ページ\">"
        if parameters.page > 1 {
            out +=
                "<a rel=\"prev\" href=\"\(HTMLEscape.text(parameters.link("page", parameters.page == 2 ? nil : String(parameters.page - 1))))\">← 前へ</a>"
        }
        out += "<span>\(parameters.page) / \(pages) ページ</span>"
        if parameters.page < pages {
            out += "<a rel=\"next\" href=\"\(HTMLEscape.text(parameters.link("page", String(parameters.page + 1))))\">次へ →</a>"
        }
        return out + "</nav>"
    }

    /// The portfolio as a table for export.
    static func table(_ projects: [ProjectSummary], now: Int64) -> DataTable {
        DataTable(
            name: "projects",
            columns: [
                ("id", "ID"), ("name", "プロジェクト"), ("owner", "オーナー"), ("phase", "フェーズ"), ("templates", "テンプレート"),
                ("versionsBehind", "遅れ（版）"), ("lintErrors", "エラー"), ("lintWarnings", "警告"), ("checklistDone", "完了項目"),
                ("checklistTotal", "全項目"), ("waiversExpiringSoon", "期限が近い免除"), ("lastReport", "最終報告（UTC）"),
            ],
            rows: projects.map { project in
                let summary = project.summary
                return [
                    .text(project.id), .text(project.name), project.owner.map(DataTable.Cell.text) ?? .empty,
                    project.phase.map(DataTable.Cell.text) ?? .empty, .text(project.templates.joined(separator: " ")),
                    .number(summary.versionsBehind), .number(summary.lintErrors), .number(summary.lintWarnings),
                    .number(summary.checklistDone), .number(summary.checklistTotal), .number(summary.waiversExpiringSoon),
                    .text(PageLayout.time(project.receivedAt)),
                ]
            })
    }
}
