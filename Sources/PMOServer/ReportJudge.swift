/// Judges a report at ingest, before it is stored: the dashboard's campaigns, each on the report's canonical JSON.
package protocol ReportJudge: Sendable {
    /// Every campaign's verdict on the report whose canonical JSON is `body`.
    func verdicts(reportJSON body: String) -> [CampaignVerdictRecord]
}
