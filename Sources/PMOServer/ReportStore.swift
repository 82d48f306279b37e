import PMOReport

/// Where the server keeps reports, the latest state of each project and tokens.
///
/// ``SQLReportStore`` implements it over SQLite (``SQLiteDriver``) and PostgreSQL (``PostgresDriver``);
/// one test suite runs against both.
package protocol ReportStore: Sendable {
    /// Applies the numbered migrations the database has not seen yet.
    func migrate() async throws(StoreError)
    /// Stores a report received at `receivedAt` (milliseconds since 1970) unless the project already has one
    /// with the same digest; the project's latest state and the campaigns' `verdicts` on it are written with it,
    /// atomically.
    func insert(
        _ report: ProjectReport, digest: String, body: String, receivedAt: Int64, verdicts: [CampaignVerdictRecord]
    ) async throws(StoreError) -> InsertOutcome
    /// One page of projects' latest state, filtered, in id order.
    func projects(_ query: ProjectQuery) async throws(StoreError) -> ProjectPage
    /// A project's latest state and report; nil when it never reported.
    func project(id: String) async throws(StoreError) -> ProjectDetail?
    /// The counts of a project's reports over time, oldest first (at most `limit`, the newest kept).
    func history(projectID: String, limit: Int) async throws(StoreError) -> [HistoryPoint]
    /// Projects per template and version, from each project's latest report.
    func adoption() async throws(StoreError) -> [TemplateAdoption]
    /// Whether a report with this id exists, and its digest.
    func reportDigest(id: Int64) async throws(StoreError) -> String?
    /// How many reports are stored.
    func reportCount() async throws(StoreError) -> Int

    /// Stores a new token (its hash only).
    func addToken(_ token: TokenRecord) async throws(StoreError)
    /// The token with this SHA-256 hash, revoked or not.
    func token(hash: String) async throws(StoreError) -> TokenRecord?
    /// Every token, oldest first.
    func tokens() async throws(StoreError) -> [TokenRecord]
    /// Marks a token revoked; false when there is no such token or it was revoked already.
    func revokeToken(id: String, at time: Int64) async throws(StoreError) -> Bool

    /// Closes the connections.
    func close() async
}

extension ReportStore {
    /// Stores a report with no campaign verdicts (a server without a catalog).
    package func insert(_ report: ProjectReport, digest: String, body: String, receivedAt: Int64) async throws(StoreError) -> InsertOutcome
    {
        try await insert(report, digest: digest, body: body, receivedAt: receivedAt, verdicts: [])
    }
}

/// A store that failed: the database refused, or could not be reached.
package struct StoreError: Error, Sendable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}

/// What happened to a posted report.
package enum InsertOutcome: Sendable, Hashable {
    /// Stored under this id.
    case created(Int64)
    /// The project already had a report with this digest, stored under this id.
    case existing(Int64)

    /// The report's id either way.
    package var id: Int64 {
        switch self {
        case .created(let id), .existing(let id): return id
        }
    }
}
