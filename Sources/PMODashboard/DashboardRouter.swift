import Foundation
import Hummingbird

/// The dashboard's routes on the server's router: each checks read access, makes one ``DashboardService`` call and
/// writes the answer (page, export, redirect). Pages need no script; forms are plain GET and POST.
package struct DashboardRouter: Sendable {
    package let service: DashboardService

    package init(service: DashboardService) {
        self.service = service
    }

    /// Adds `/`, `/projects/{id}`, `/templates`, `/campaigns`, `/campaigns/{name}`, `/signin`, `/signout` and
    /// `/dashboard.css` to `router`.
    package func register(on router: Router<BasicRequestContext>) {
        let service = self.service
        router.get("/dashboard.css") { _, _ in Self.response(.stylesheet(DashboardStylesheet.source)) }
        router.get("/") { request, context in
            await Self.guarded(service, request, context) { fields, layout in
                try await service.portfolio(fields, layout: layout)
            }
        }
        router.get("/projects/{id}") { request, context in
            await Self.guarded(service, request, context) { fields, layout in
                try await service.project(id: try Self.parameter("id", context), fields, layout: layout)
            }
        }
        router.get("/templates") { request, context in
            await Self.guarded(service, request, context) { fields, layout in
                try await service.templates(fields, layout: layout)
            }
        }
        router.get("/campaigns") { request, context in
            await Self.guarded(service, request, context) { fields, layout in
                try await service.campaigns(fields, layout: layout)
            }
        }
        router.get("/campaigns/{name}") { request, context in
            await Self.guarded(service, request, context) { fields, layout in
                try await service.campaign(name: try Self.parameter("name", context), fields, layout: layout)
            }
        }
        router.get("/signin") { request, _ in
            Self.response(service.signInPage(next: FormFields(parsing: request.uri.query)["next"]))
        }
        router.post("/signin") { request, _ in
            let body = (try? await request.body.collect(upTo: 16_384)).map { String(buffer: $0) }
            return Self.response(await service.signIn(FormFields(parsing: body)))
        }
        router.post("/signout") { _, _ in
            Self.response(.redirect("/", cookie: nil))
        }
    }

    /// Answers with the sign-in form (401) unless the request may read; otherwise runs `page`.
    static func guarded(
        _ service: DashboardService, _ request: Request, _ context: BasicRequestContext,
        _ page: (FormFields, PageLayout) async throws -> DashboardResponse
    ) async -> Response {
        let cookie = request.cookies[SignInPage.cookieName]?.value
        guard await service.mayRead(cookie: cookie, authorization: request.headers[.authorization]) else {
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return response(service.signInPage(next: next, status: 401))
        }
        let layout = service.layout()
        do {
            return response(try await page(FormFields(parsing: request.uri.query), layout))
        } catch {
            let error = error as? DashboardError ?? DashboardError(status: 500, message: "ページを表示できませんでした", cause: String(describing: error))
            if let cause = error.cause { context.logger.error("dashboard: \(cause)") }
            return response(service.errorPage(error, layout: layout))
        }
    }

    static func parameter(_ name: String, _ context: BasicRequestContext) throws(DashboardError) -> String {
        guard let raw = context.parameters.get(name), let value = raw.removingPercentEncoding, !value.isEmpty else {
            throw DashboardError(status: 400, message: "URL が正しくありません")
        }
        return value
    }

    /// The HTTP response: pages are never cached and allow no script; exports download.
    static func response(_ answer: DashboardResponse) -> Response {
        var headers = HTTPFields()
        headers[.xContentTypeOptions] = "nosniff"
        switch answer {
        case .page(let html, let status):
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            headers[.contentSecurityPolicy] =
                "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            return Response(status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
        case .export(let data, let contentType, let fileName):
            headers[.contentType] = contentType
            headers[.cacheControl] = "no-store"
            headers[.contentDisposition] = "attachment; filename=\"\(fileName.filter { $0.isASCII && $0 != "\"" && $0 != "\\" })\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        case .redirect(let location, let token):
            headers[.location] = location
            headers[.cacheControl] = "no-store"
            var response = Response(status: .seeOther, headers: headers)
            if let token {
                response.setCookie(Cookie(name: SignInPage.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            } else {
                response.setCookie(Cookie(name: SignInPage.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            }
            return response
        case .stylesheet(let css):
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=300"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: css)))
        }
    }
}
