/// A stored report's arrival and a campaign's verdict on it (nil when not judged yet), for the burn-up.
public struct CampaignTimelineEntry: Sendable, Hashable {
    public var projectID: String
    public var reportID: Int64
    public var receivedAt: Int64
    public var state: CampaignVerdictRecord.State?

    public init(projectID: String, reportID: Int64, receivedAt: Int64, state: CampaignVerdictRecord.State?) {
        self.projectID = projectID
        self.reportID = reportID
        self.receivedAt = receivedAt
        self.state = state
    }
}
