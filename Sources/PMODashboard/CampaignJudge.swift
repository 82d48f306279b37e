import PMOServer

/// Judges reports for the catalog's campaigns: at ingest (the server stores the verdicts with the report) and for
/// reports stored before a campaign or target existed (``CampaignEvaluator``'s backfill). One report's JSON is
/// decoded once for all campaigns.
package struct CampaignJudge: ReportJudge {
    package let campaigns: [DashboardCatalog.Campaign]

    /// A judge of the catalog's campaigns (none without a catalog).
    package init(catalog: DashboardCatalog?) {
        self.init(campaigns: catalog?.campaigns ?? [])
    }

    init(campaigns: [DashboardCatalog.Campaign]) {
        self.campaigns = campaigns
    }

    package func verdicts(reportJSON body: String) -> [CampaignVerdictRecord] {
        guard !campaigns.isEmpty else { return [] }
        let facts = ReportValues.facts(ofJSON: body)
        return campaigns.map { Self.record($0, Self.verdict($0, facts)) }
    }

    /// The campaign's verdict on a report (nil facts: the stored JSON did not read).
    static func verdict(_ campaign: DashboardCatalog.Campaign, _ facts: ReportValues.Facts?) -> CampaignEvaluator.Verdict {
        guard let facts else { return .failed("the stored report is not a JSON object") }
        let templates: [String?] = facts.templates.isEmpty ? [nil] : facts.templates
        guard templates.contains(where: { campaign.scope.contains(template: $0, owner: facts.owner) }) else { return .outOfScope }
        switch campaign.target.evaluate(report: facts.fields) {
        case .met: return .met
        case .open: return .open
        case .failed(let reason): return .failed(reason)
        }
    }

    /// The stored form of a verdict.
    static func record(_ campaign: DashboardCatalog.Campaign, _ verdict: CampaignEvaluator.Verdict) -> CampaignVerdictRecord {
        switch verdict {
        case .met: return CampaignVerdictRecord(campaign: campaign.name, target: campaign.targetDigest, state: .met)
        case .open: return CampaignVerdictRecord(campaign: campaign.name, target: campaign.targetDigest, state: .open)
        case .outOfScope: return CampaignVerdictRecord(campaign: campaign.name, target: campaign.targetDigest, state: .outOfScope)
        case .failed(let reason):
            return CampaignVerdictRecord(campaign: campaign.name, target: campaign.targetDigest, state: .failed, reason: reason)
        }
    }

    /// A stored verdict as the pages use it (nil state: not judged yet).
    static func verdict(_ state: CampaignVerdictRecord.State?, reason: String?) -> CampaignEvaluator.Verdict {
        switch state {
        case .met?: return .met
        case .open?: return .open
        case .outOfScope?: return .outOfScope
        case .failed?: return .failed(reason ?? "the target could not be evaluated")
        case nil: return .failed(CampaignEvaluator.notJudgedYet)
        }
    }
}
