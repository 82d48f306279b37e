/// A stored report's arrival and a campaign's verdict on it (nil when not judged yet), for the burn-up.
package struct CampaignTimelineEntry: Sendable, Hashable {
    package var projectID: String
    package var reportID: Int64
    package var receivedAt: Int64
    package var state: CampaignVerdictRecord.State?

    package init(projectID: String, reportID: Int64, receivedAt: Int64, state: CampaignVerdictRecord.State?) {
        self.projectID = projectID
        self.reportID = reportID
        self.receivedAt = receivedAt
        self.state = state
    }
}
