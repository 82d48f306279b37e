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

    /// The context of the `campaigns` template.
    static func listContext(_ standings: [Standing], hasCatalog: Bool) -> [String: Any] {
        let campaigns = standings.map { standing -> [String: Any] in
            let campaign = standing.campaign
            return [
                "href": "/campaigns/" + HTMLEscape.pathSegment(campaign.name), "title": campaign.title, "name": campaign.name,
                "owner": campaign.owner ?? "—", "deadline": deadline(standing), "done": standing.done, "total": standing.total,
                "progress": PageLayout.progress(done: standing.done, total: standing.total),
            ]
        }
        return [
            "hasCatalog": hasCatalog, "hasCampaigns": hasCatalog && !campaigns.isEmpty, "campaigns": campaigns,
            "exports": PageLayout.exports(path: "/campaigns", fields: FormFields(), table: "campaigns"),
        ]
    }

    /// The context of the `deadline` partial.
    static func deadline(_ standing: Standing) -> [String: Any] {
        let left = standing.deadline.number - standing.today.number
        return ["date": standing.campaign.deadline.description, "overdue": standing.overdue, "left": left >= 0 ? left as Any : false]
    }

    /// The context of the `campaign` template.
    static func detailContext(_ standing: Standing, burnUp: [CampaignEvaluator.BurnUpPoint]) -> [String: Any] {
        let campaign = standing.campaign
        let path = "/campaigns/" + HTMLEscape.pathSegment(campaign.name)
        let scope = campaign.scope.templates.map { "\($0)" } + campaign.scope.owners.map { "owner: " + $0.value }
        let chart = LineChart(
            title: "達成したプロジェクト数の推移", labels: burnUp.map(\.day.text),
            series: [
                .init(label: "達成", color: "#1f7a3a", values: burnUp.map { Double($0.done) }),
                .init(label: "対象", color: "#5b6570", values: burnUp.map { Double($0.total) }),
            ])
        let failed = standing.inScope.compactMap { project -> [String: Any]? in
            guard case .failed(let reason) = project.verdict else { return nil }
            return ["href": projectHref(project), "name": project.name, "reason": reason]
        }
        let open = standing.inScope.filter { $0.verdict != .met }
        let byOwner = Dictionary(grouping: open) { $0.owner ?? "" }
        let owners = byOwner.keys.sorted().map { owner -> [String: Any] in
            let projects = byOwner[owner] ?? []
            return [
                "owner": owner.isEmpty ? "（オーナーなし）" : owner, "count": projects.count,
                "projects": projects.map { ["href": projectHref($0), "name": $0.name] },
            ]
        }
        return [
            "description": campaign.description, "owner": campaign.owner ?? "—", "deadline": deadline(standing),
            "target": campaign.targetText, "scope": scope.isEmpty ? "すべてのプロジェクト" : scope.joined(separator: ", "),
            "done": standing.done, "total": standing.total, "progress": PageLayout.progress(done: standing.done, total: standing.total),
            "guidance": PageLayout.sectionValue(campaign.guidance), "burnUp": chart.svg,
            "burnUpExports": PageLayout.exports(path: path, fields: FormFields(), table: "burnup"),
            "hasFailed": !failed.isEmpty, "failed": failed, "hasOpen": !open.isEmpty, "owners": owners,
            "openExports": PageLayout.exports(path: path, fields: FormFields(), table: "open"),
        ]
    }

    static func projectHref(_ project: CampaignEvaluator.ProjectVerdict) -> String {
        "/projects/" + HTMLEscape.pathSegment(project.projectID)
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
