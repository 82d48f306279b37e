import PMOCatalog

/// The campaign pages: the list (`/campaigns`) with each campaign's done/total, and one campaign
/// (`/campaigns/{name}`) with its burn-up, the projects still open by owner and the targets that failed.
struct CampaignView {
    /// One campaign's standing now.
    struct Standing {
        var campaign: DashboardCatalog.Campaign
        var verdicts: [CampaignEvaluator.ProjectVerdict]
        var today: CivilDay

        var inScope: [CampaignEvaluator.ProjectVerdict] { verdicts.filter { $0.verdict != .outOfScope } }
        var done: Int { verdicts.filter { $0.verdict == .met }.count }
        var total: Int { inScope.count }
        var deadline: CivilDay { CivilDay(year: campaign.deadline.year, month: campaign.deadline.month, day: campaign.deadline.day) }
        /// Past the deadline with projects still open.
        var overdue: Bool { today > deadline && done < total }
    }

    /// The list page's body.
    static func list(_ standings: [Standing], hasCatalog: Bool) -> String {
        guard hasCatalog else {
            return "<p class=\"note\">カタログが指定されていないため、キャンペーンはありません（<code>pmo serve --catalog DIR</code>）。</p>"
        }
        guard !standings.isEmpty else { return "<p class=\"note\">カタログにキャンペーン（kind: Campaign）がありません</p>" }
        var out = PageLayout.exportLinks(path: "/campaigns", fields: FormFields(), table: "campaigns")
        out +=
            "<div class=\"table-wrap\"><table id=\"campaigns\"><thead><tr><th>キャンペーン</th><th>オーナー</th><th>期限</th><th>達成</th><th>進捗</th></tr></thead><tbody>"
        for standing in standings {
            let campaign = standing.campaign
            out +=
                "<tr\(standing.overdue ? " class=\"overdue-row\"" : "")><td><a href=\"/campaigns/\(HTMLEscape.text(HTMLEscape.pathSegment(campaign.name)))\">"
            out += "\(HTMLEscape.text(campaign.title))</a><br><code>\(HTMLEscape.text(campaign.name))</code></td>"
            out += "<td>\(HTMLEscape.text(campaign.owner ?? "—"))</td><td>\(deadlineText(standing))</td>"
            out +=
                "<td class=\"number done-total\">\(standing.done) / \(standing.total)</td><td>\(PortfolioView.progress(done: standing.done, total: standing.total))</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    static func deadlineText(_ standing: Standing) -> String {
        let date = HTMLEscape.text(standing.campaign.deadline.description)
        if standing.overdue { return "<span class=\"overdue\">\(date) <span class=\"badge overdue\">期限超過</span></span>" }
        let left = standing.deadline.number - standing.today.number
        return left >= 0 ? "\(date)（あと\(left)日）" : date
    }

    /// One campaign's page body.
    static func detail(_ standing: Standing, burnUp: [CampaignEvaluator.BurnUpPoint]) -> String {
        let campaign = standing.campaign
        let path = "/campaigns/" + HTMLEscape.pathSegment(campaign.name)
        var out = "<p>\(HTMLEscape.text(campaign.description))</p><dl class=\"facts\">"
        out += "<dt>オーナー</dt><dd>\(HTMLEscape.text(campaign.owner ?? "—"))</dd>"
        out += "<dt>期限</dt><dd>\(deadlineText(standing))</dd>"
        out += "<dt>目標（CEL）</dt><dd><code>\(HTMLEscape.text(campaign.targetText))</code></dd>"
        let scope = campaign.scope.templates.map { "\($0)" } + campaign.scope.owners.map { "owner: " + $0.value }
        out += "<dt>対象</dt><dd>\(scope.isEmpty ? "すべてのプロジェクト" : HTMLEscape.text(scope.joined(separator: ", ")))</dd>"
        out += "<dt>達成</dt><dd id=\"done-total\" class=\"\(standing.overdue ? "overdue" : "")\">\(standing.done) / \(standing.total) "
        out += PortfolioView.progress(done: standing.done, total: standing.total) + "</dd></dl>"
        if let guidance = campaign.guidance { out += "<h2>進め方</h2><p class=\"message\">\(HTMLEscape.text(guidance))</p>" }
        out += "<h2 id=\"burn-up\">バーンアップ</h2>"
        out +=
            LineChart(
                title: "達成したプロジェクト数の推移", labels: burnUp.map(\.day.text),
                series: [
                    .init(label: "達成", color: "#1f7a3a", values: burnUp.map { Double($0.done) }),
                    .init(label: "対象", color: "#5b6570", values: burnUp.map { Double($0.total) }),
                ]
            ).svg
        out += PageLayout.exportLinks(path: path, fields: FormFields(), table: "burnup")
        let failed = standing.inScope.filter { if case .failed = $0.verdict { return true } else { return false } }
        if !failed.isEmpty {
            out += "<h2 id=\"failed\">評価できなかったプロジェクト</h2><p class=\"note\">目標を評価できなかったプロジェクトは未達成として数えます。</p><ul>"
            for project in failed {
                guard case .failed(let reason) = project.verdict else { continue }
                out +=
                    "<li>\(projectLink(project)): <span class=\"badge failed\">評価エラー</span> <span class=\"message\">\(HTMLEscape.text(reason))</span></li>"
            }
            out += "</ul>"
        }
        out += "<h2 id=\"open\">未達成のプロジェクト（オーナー別）</h2>"
        let open = standing.inScope.filter { $0.verdict != .met }
        if open.isEmpty { return out + "<p class=\"note\">ありません</p>" }
        out += PageLayout.exportLinks(path: path, fields: FormFields(), table: "open")
        let byOwner = Dictionary(grouping: open) { $0.owner ?? "" }
        for owner in byOwner.keys.sorted() {
            let projects = byOwner[owner] ?? []
            out += "<h3>\(HTMLEscape.text(owner.isEmpty ? "（オーナーなし）" : owner))（\(projects.count)件）</h3><ul class=\"open-projects\">"
            out += projects.map { "<li>\(projectLink($0))</li>" }.joined() + "</ul>"
        }
        return out
    }

    static func projectLink(_ project: CampaignEvaluator.ProjectVerdict) -> String {
        "<a href=\"/projects/\(HTMLEscape.text(HTMLEscape.pathSegment(project.projectID)))\">\(HTMLEscape.text(project.name))</a>"
    }

    static func listTable(_ standings: [Standing]) -> DataTable {
        DataTable(
            name: "campaigns",
            columns: [
                ("name", "キャンペーン"), ("title", "題名"), ("owner", "オーナー"), ("deadline", "期限"),
                ("done", "達成"), ("total", "対象"), ("overdue", "期限超過"),
            ],
            rows: standings.map {
                [
                    .text($0.campaign.name), .text($0.campaign.title), $0.campaign.owner.map(DataTable.Cell.text) ?? .empty,
                    .text($0.campaign.deadline.description), .number($0.done), .number($0.total), .text($0.overdue ? "はい" : ""),
                ]
            })
    }

    static func detailTables(_ standing: Standing, burnUp: [CampaignEvaluator.BurnUpPoint]) -> [DataTable] {
        let open = DataTable(
            name: "open", columns: [("id", "ID"), ("name", "プロジェクト"), ("owner", "オーナー"), ("state", "状態"), ("reason", "理由")],
            rows: standing.inScope.filter { $0.verdict != .met }.map { project in
                var reason = DataTable.Cell.empty
                if case .failed(let text) = project.verdict { reason = .text(text) }
                return [
                    .text(project.projectID), .text(project.name), project.owner.map(DataTable.Cell.text) ?? .empty,
                    .text(project.verdict == .open ? "未達成" : "評価エラー"), reason,
                ]
            })
        let points = DataTable(
            name: "burnup", columns: [("day", "日付"), ("done", "達成"), ("total", "対象")],
            rows: burnUp.map { [.text($0.day.text), .number($0.done), .number($0.total)] })
        return [open, points]
    }
}
