import PMOServer

/// The portfolio page (`/`): the counts, the filter form, one row per project, the pager.
struct PortfolioView {
    var parameters: PortfolioParameters
    var counts: PortfolioCounts
    var facets: PortfolioFacets
    var page: PortfolioPage
    var staleDays: Int
    var now: Int64

    /// The context of the `portfolio` template.
    var context: [String: Any] {
        let size = PortfolioParameters.pageSize
        let pages = max(1, (page.total + size - 1) / size)
        let current = parameters.page
        let columns = Self.columns.map { column, heading -> [String: Any] in
            let sorted = parameters.sort == column
            return [
                "heading": heading, "href": parameters.sortLink(column),
                "mark": sorted ? (parameters.descending ? " ▼" : " ▲") : "",
                "sorted": PageLayout.sectionValue(sorted ? (parameters.descending ? "descending" : "ascending") : nil),
            ]
        }
        return [
            "cards": cards, "search": parameters.text ?? "", "menus": menus, "hidden": hidden,
            "total": page.total, "firstShown": page.total == 0 ? 0 : (current - 1) * size + 1,
            "lastShown": (current - 1) * size + page.projects.count,
            "exports": PageLayout.exports(path: "/", fields: parameters.fields, table: "projects"),
            "columns": columns, "columnCount": Self.columns.count, "rows": page.projects.map(row),
            "previous": PageLayout.sectionValue(current > 1 ? parameters.link("page", current == 2 ? nil : String(current - 1)) : nil),
            "next": PageLayout.sectionValue(current < pages ? parameters.link("page", String(current + 1)) : nil),
            "page": current, "pages": pages,
        ]
    }

    static let columns: [(PortfolioSort, String)] = [
        (.name, "プロジェクト"), (.owner, "オーナー"), (.template, "テンプレート"), (.behind, "遅れ"),
        (.errors, "エラー"), (.warnings, "警告"), (.progress, "チェックリスト"), (.age, "最終報告"),
    ]

    /// The counts, each linking to this view narrowed to its state.
    private var cards: [[String: Any]] {
        let cards: [(String, Int, PortfolioState?, String)] = [
            ("プロジェクト", counts.projects, nil, "projects"),
            ("標準より遅れ", counts.behind, .behind, "behind"),
            ("lint エラーあり", counts.withErrors, .errors, "errors"),
            ("30日以内に期限切れの免除", counts.waiversExpiringSoon, .waivers, "waivers"),
            ("\(staleDays)日以上報告なし", counts.stale, .stale, "stale"),
        ]
        return cards.map { label, count, state, id in
            [
                "label": label, "count": count, "id": id, "alert": state != nil && count > 0,
                "href": parameters.link("state", state?.rawValue),
            ]
        }
    }

    /// The filter menus: owner, template, version, phase, state.
    private var menus: [[String: Any]] {
        func menu(_ name: String, _ label: String, _ options: [(String, String)], _ current: String?) -> [String: Any] {
            [
                "name": name, "label": label,
                "options": options.map { value, text -> [String: Any] in ["value": value, "text": text, "selected": value == current] },
            ]
        }
        let versions = Set(facets.templates.values.joined()).sorted()
        let states: [(String, String)] = [("behind", "標準より遅れ"), ("errors", "lint エラーあり"), ("stale", "報告が古い"), ("waivers", "免除の期限が近い")]
        return [
            menu("owner", "オーナー", facets.owners.map { ($0, $0) }, parameters.owner),
            menu("template", "テンプレート", facets.templates.keys.sorted().map { ($0, $0) }, parameters.template),
            menu("version", "版", versions.map { ($0, $0) }, parameters.version),
            menu("phase", "フェーズ", facets.phases.map { ($0, $0) }, parameters.phase),
            menu("state", "状態", states, parameters.state?.rawValue),
        ]
    }

    /// The order the form keeps when it is sent.
    private var hidden: [[String: Any]] {
        var fields: [[String: Any]] = []
        if parameters.sort != .name { fields.append(["name": "sort", "value": parameters.sort.rawValue]) }
        if parameters.descending { fields.append(["name": "dir", "value": "desc"]) }
        return fields
    }

    private func row(_ project: ProjectSummary) -> [String: Any] {
        let summary = project.summary
        return [
            "href": "/projects/" + HTMLEscape.pathSegment(project.id), "name": project.name, "id": project.id,
            "showID": project.name != project.id, "owner": project.owner ?? "—",
            "templates": project.templates.enumerated().map { index, text -> [String: Any] in ["text": text, "first": index == 0] },
            "behind": summary.versionsBehind > 0, "versionsBehind": summary.versionsBehind,
            "hasErrors": summary.lintErrors > 0, "errors": summary.lintErrors, "warnings": summary.lintWarnings,
            "progress": PageLayout.progress(done: summary.checklistDone, total: summary.checklistTotal),
            "stale": now - project.receivedAt > Int64(staleDays) * 86_400_000, "age": PageLayout.age(project.receivedAt, now: now),
        ]
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
