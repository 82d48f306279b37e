import Foundation
import PMOReport

/// What the API does, one call per route: authorise, validate, ask the store, shape the answer.
package struct ReportService: Sendable {
    /// Largest report body accepted (1 MiB).
    package static let maxBodyBytes = 1 << 20
    /// Most history points returned.
    package static let maxHistory = 1_000
    /// The cookie the dashboard's sign-in form sets (HttpOnly, SameSite=Strict): it holds a token and reads like
    /// `Authorization: Bearer` does, for the API's GET routes and the dashboard.
    package static let readCookie = "pmo_read"

    package let store: any ReportStore
    package let tokens: TokenService
    /// Whether reading needs no token.
    package let publicRead: Bool
    /// Now, in milliseconds since 1970 (a parameter so that tests can fix it).
    package let clock: @Sendable () -> Int64
    /// Judges each new report for the dashboard's campaigns, stored with it; nil without a catalog.
    package let judge: (any ReportJudge)?

    package init(
        store: any ReportStore, publicRead: Bool, judge: (any ReportJudge)? = nil,
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) {
        self.store = store
        self.tokens = TokenService(store: store)
        self.publicRead = publicRead
        self.judge = judge
        self.clock = clock
    }

    /// Checks the project token before the body is read: 401 without a live token, 403 for a read token.
    package func authorizeWrite(authorization: String?) async throws(APIError) -> TokenRecord {
        guard TokenService.bearer(authorization) != nil else { throw .missingToken }
        guard
            let token = try await storeCall({ () async throws(StoreError) in try await tokens.authenticate(authorization: authorization) })
        else {
            throw .badToken
        }
        guard token.kind == .project else {
            throw APIError(.forbidden, code: "forbidden", message: "a read token cannot post reports; use the project's token")
        }
        return token
    }

    /// Stores a posted report for the token's project; the outcome says whether it was new.
    package func ingest(body: Data, token: TokenRecord) async throws(APIError) -> IngestResult {
        let report: ProjectReport
        do throws(ReportValidationError) {
            report = try ReportCodec.decode(body)
        } catch {
            throw APIError(.badRequest, code: "invalid_report", message: error.description, field: error.field.isEmpty ? nil : error.field)
        }
        guard report.project.id == token.subject else {
            throw APIError(
                .forbidden, code: "forbidden",
                message: "this token posts reports for project '\(token.subject)', not '\(report.project.id)'",
                field: "project.id")
        }
        let canonical = ReportCodec.encode(report)
        let digest = ReportCodec.digest(of: canonical)
        let body = String(decoding: canonical, as: UTF8.self)
        let verdicts = judge?.verdicts(reportJSON: body) ?? []
        let outcome = try await storeCall { () async throws(StoreError) in
            try await store.insert(report, digest: digest, body: body, receivedAt: clock(), verdicts: verdicts)
        }
        return IngestResult(outcome: outcome, digest: digest, projectID: report.project.id)
    }

    /// Reading needs a live token of either kind unless the server is public-read: in the `Authorization: Bearer`
    /// header or in the dashboard's sign-in cookie (``readCookie``), so that a signed-in browser also reads the API.
    package func authorizeRead(authorization: String?, cookie: String? = nil) async throws(APIError) {
        if publicRead { return }
        let candidates = [TokenService.bearer(authorization), cookie.flatMap { $0.isEmpty ? nil : $0 }].compactMap { $0 }
        guard !candidates.isEmpty else { throw .missingToken }
        for token in candidates {
            let record = try await storeCall { () async throws(StoreError) in
                try await tokens.authenticate(authorization: "Bearer " + token)
            }
            if record != nil { return }
        }
        throw .badToken
    }

    /// `GET /api/v1/projects`.
    package func projects(_ parameters: ProjectListParameters) async throws(APIError) -> ProjectListJSON {
        let query = try parameters.query(now: clock())
        let page = try await storeCall { () async throws(StoreError) in try await store.projects(query) }
        return ProjectListJSON(projects: page.projects.map(ProjectJSON.init), nextCursor: page.nextAfter.map(ProjectCursor.encode))
    }

    /// `GET /api/v1/projects/{id}`: the latest state and report, as JSON text (the report is embedded verbatim).
    package func project(id: String) async throws(APIError) -> Data {
        guard let detail = try await storeCall({ () async throws(StoreError) in try await store.project(id: id) }) else {
            throw APIError(.notFound, code: "not_found", message: "no project '\(id)' has reported")
        }
        let project = (try? JSONEncoder.sorted.encode(ProjectJSON(detail.summary))) ?? Data("{}".utf8)
        var data = Data("{\"project\":".utf8)
        data.append(project)
        data.append(Data(",\"report\":".utf8))
        data.append(Data(detail.reportJSON.utf8))
        data.append(Data(",\"reports\":\(detail.reportCount)}".utf8))
        return data
    }

    /// `GET /api/v1/projects/{id}/history`.
    package func history(projectID: String, limit: String?) async throws(APIError) -> HistoryJSON {
        var count = Self.maxHistory
        if let limit {
            guard let value = Int(limit), value >= 1, value <= Self.maxHistory else {
                throw APIError.invalid("limit", "limit must be an integer from 1 to \(Self.maxHistory)")
            }
            count = value
        }
        let points = try await storeCall { () async throws(StoreError) in try await store.history(projectID: projectID, limit: count) }
        if points.isEmpty { throw APIError(.notFound, code: "not_found", message: "no project '\(projectID)' has reported") }
        return HistoryJSON(projectId: projectID, points: points.map(HistoryPointJSON.init))
    }

    /// `GET /api/v1/templates`.
    package func templates() async throws(APIError) -> TemplatesJSON {
        TemplatesJSON(templates: try await storeCall { () async throws(StoreError) in try await store.adoption() })
    }

    /// A store failure is the server's fault: 500 without internals (the log has them).
    private func storeCall<T>(_ work: () async throws(StoreError) -> T) async throws(APIError) -> T {
        do throws(StoreError) {
            return try await work()
        } catch {
            throw APIError(.internalServerError, code: "store_error", message: "the store failed; see the server log", cause: error.message)
        }
    }
}

/// What became of a posted report.
package struct IngestResult: Sendable, Hashable {
    package var outcome: InsertOutcome
    package var digest: String
    package var projectID: String
}
