/// A campaign's verdict on one stored report, as `campaign_verdicts` keeps it.
///
/// Verdicts are judged once — at ingest, or by the dashboard's backfill for reports stored before — and kept under
/// the digest of the campaign's target and scope, so that a changed target is judged afresh and an unchanged one
/// never again.
package struct CampaignVerdictRecord: Sendable, Hashable {
    /// What the campaign made of the report.
    package enum State: String, Sendable, Hashable {
        /// In scope and the target holds.
        case met
        /// In scope and the target does not hold.
        case open
        /// In scope, and the target could not be evaluated (see `reason`): counts as not done.
        case failed
        /// The campaign does not apply to the project (`appliesTo`).
        case outOfScope = "out"
    }

    /// The campaign document's name.
    package var campaign: String
    /// The digest of the campaign's target and scope when the verdict was judged.
    package var target: String
    package var state: State
    /// Why the target could not be evaluated (`failed` only).
    package var reason: String?

    package init(campaign: String, target: String, state: State, reason: String? = nil) {
        self.campaign = campaign
        self.target = target
        self.state = state
        self.reason = reason
    }
}
