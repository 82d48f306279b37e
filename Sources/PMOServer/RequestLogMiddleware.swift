import Hummingbird
import Logging

/// Logs one line per request: method, path, status and time taken (and, for a 5xx, the cause).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, start: start, context: context, cause: nil)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(
                request, status: status, start: start, context: context,
                cause: (error as? APIError)?.cause ?? (status >= 500 ? "\(error)" : nil))
            throw error
        }
    }

    private func log(_ request: Request, status: Int, start: ContinuousClock.Instant, context: Context, cause: String?) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var line = "\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds))ms"
        if let cause { line += " cause: \(cause)" }
        context.logger.info("\(line)")
    }
}
