import Foundation
import Hummingbird

/// An API failure as the client sees it: a status and `{"error": {"code", "message", "field"?}}`.
package struct APIError: HTTPResponseError, Sendable, Equatable {
    package var status: HTTPResponse.Status
    /// A stable machine-readable code (`invalid_report`, `unauthorized`, …).
    package var code: String
    package var message: String
    /// The request field at fault, for 400s (`project.id`, `behind`).
    package var field: String?
    /// What went wrong inside, for the server's log only (never sent).
    package var cause: String?

    package init(_ status: HTTPResponse.Status, code: String, message: String, field: String? = nil, cause: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.cause = cause
    }

    package func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"pmo\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }

    /// The JSON body.
    var json: Data {
        struct Body: Encodable {
            struct Detail: Encodable {
                var code: String
                var message: String
                var field: String?
            }
            var error: Detail
        }
        return (try? JSONEncoder.sorted.encode(Body(error: .init(code: code, message: message, field: field)))) ?? Data("{}".utf8)
    }

    static let missingToken = APIError(
        .unauthorized, code: "unauthorized", message: "send Authorization: Bearer TOKEN (create one with `pmo serve token create`)")
    static let badToken = APIError(.unauthorized, code: "unauthorized", message: "the token is unknown or revoked")
    static let tooLarge = APIError(.contentTooLarge, code: "too_large", message: "a report is at most \(ReportService.maxBodyBytes) bytes")
    static let bodyTimeout = APIError(.requestTimeout, code: "timeout", message: "the request body did not arrive in time")

    static func invalid(_ field: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "invalid_request", message: message, field: field)
    }
}
