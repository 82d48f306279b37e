/// A project's latest report and a campaign's verdict on it (nil when not judged yet), for the campaign pages.
package struct CampaignStandingRow: Sendable, Hashable {
    package var projectID: String
    /// The project's name and owner; empty and nil for a project that is done (the pages list only the others,
    /// and 10,000 names are most of the rows' bytes).
    package var name: String
    package var owner: String?
    package var reportID: Int64
    package var state: CampaignVerdictRecord.State?
    package var reason: String?

    package init(
        projectID: String, name: String, owner: String?, reportID: Int64, state: CampaignVerdictRecord.State?, reason: String?
    ) {
        self.projectID = projectID
        self.name = name
        self.owner = owner
        self.reportID = reportID
        self.state = state
        self.reason = reason
    }
}
