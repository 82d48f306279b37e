import Foundation
import Hummingbird

/// The HTTP routes of `/api/v1` and `/healthz`: each reads the request, makes one ``ReportService`` call and
/// writes its answer as JSON.
package struct APIRouter: Sendable {
    package let service: ReportService
    /// How long a request body may take to arrive in full.
    package let bodyTimeout: Duration

    package init(service: ReportService, bodyTimeout: Duration = .seconds(30)) {
        self.service = service
        self.bodyTimeout = bodyTimeout
    }

    /// A router with every route and the request log.
    package func router(logRequests: Bool = true) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        if logRequests { router.add(middleware: RequestLogMiddleware()) }
        let service = self.service
        let bodyTimeout = self.bodyTimeout
        router.get("/healthz") { _, _ in
            Self.json(Data("{\"status\":\"ok\"}".utf8))
        }
        router.post("/api/v1/reports") { request, _ in
            let token = try await service.authorizeWrite(authorization: request.headers[.authorization])
            if let length = request.headers[.contentLength].flatMap(Int.init), length > ReportService.maxBodyBytes {
                throw APIError.tooLarge
            }
            let body = try await Self.collect(request.body, timeout: bodyTimeout)
            let result = try await service.ingest(body: body, token: token)
            let created = if case .created = result.outcome { true } else { false }
            let answer = IngestJSON(id: result.outcome.id, projectId: result.projectID, digest: result.digest, created: created)
            var headers = HTTPFields()
            headers[.location] = "/api/v1/projects/\(Self.escapePath(result.projectID))"
            return Self.json(try JSONEncoder.sorted.encode(answer), status: created ? .created : .ok, headers: headers)
        }
        router.get("/api/v1/projects") { request, _ in
            try await service.authorizeRead(authorization: request.headers[.authorization], cookie: Self.readCookie(request))
            let query = request.uri.queryParameters
            let parameters = ProjectListParameters(
                owner: query["owner"].map(String.init), template: query["template"].map(String.init),
                version: query["version"].map(String.init), behind: query["behind"].map(String.init),
                stale: query["stale"].map(String.init), q: query["q"].map(String.init),
                cursor: query["cursor"].map(String.init), limit: query["limit"].map(String.init))
            return Self.json(try JSONEncoder.sorted.encode(try await service.projects(parameters)))
        }
        router.get("/api/v1/projects/{id}") { request, context in
            try await service.authorizeRead(authorization: request.headers[.authorization], cookie: Self.readCookie(request))
            return Self.json(try await service.project(id: try Self.projectID(context)))
        }
        router.get("/api/v1/projects/{id}/history") { request, context in
            try await service.authorizeRead(authorization: request.headers[.authorization], cookie: Self.readCookie(request))
            let history = try await service.history(
                projectID: try Self.projectID(context),
                limit: request.uri.queryParameters["limit"].map(String.init))
            return Self.json(try JSONEncoder.sorted.encode(history))
        }
        router.get("/api/v1/templates") { request, _ in
            try await service.authorizeRead(authorization: request.headers[.authorization], cookie: Self.readCookie(request))
            return Self.json(try JSONEncoder.sorted.encode(try await service.templates()))
        }
        return router
    }

    /// The sign-in cookie's token, if the request carries one.
    static func readCookie(_ request: Request) -> String? {
        request.cookies[ReportService.readCookie]?.value
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func projectID(_ context: BasicRequestContext) throws(APIError) -> String {
        guard let raw = context.parameters.get("id"), let id = raw.removingPercentEncoding, !id.isEmpty else {
            throw APIError.invalid("id", "the project id is missing or not valid percent-encoding")
        }
        return id
    }

    static func escapePath(_ id: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }

    /// The whole body, at most ``ReportService/maxBodyBytes``, within `timeout` (a slow sender gets 408).
    static func collect(_ body: RequestBody, timeout: Duration) async throws(APIError) -> Data {
        do {
            let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: ReportService.maxBodyBytes) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else { throw APIError.bodyTimeout }
                return buffer
            }
            return Data(buffer.readableBytesView)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw .tooLarge
        } catch {
            throw APIError(.badRequest, code: "bad_body", message: "the request body could not be read", cause: String(describing: error))
        }
    }
}
