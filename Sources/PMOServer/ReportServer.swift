import Hummingbird
import Logging
import NIOCore

/// `pmo serve`: the store migrated, the API routed, HTTP/1.1 on one address until SIGTERM or SIGINT.
package struct ReportServer: Sendable {
    /// How the server listens and behaves.
    package struct Options: Sendable {
        package var hostname: String
        /// 0 picks a free port (reported through `onListening`).
        package var port: Int
        package var publicRead: Bool
        /// A connection that sends nothing (no header, no body part) for this long is closed.
        package var idleTimeout: Duration
        /// A request body must arrive in full within this long.
        package var bodyTimeout: Duration

        package init(
            hostname: String = "127.0.0.1", port: Int = 8080, publicRead: Bool = false,
            idleTimeout: Duration = .seconds(15), bodyTimeout: Duration = .seconds(30)
        ) {
            self.hostname = hostname
            self.port = port
            self.publicRead = publicRead
            self.idleTimeout = idleTimeout
            self.bodyTimeout = bodyTimeout
        }
    }

    package let store: any ReportStore
    package let options: Options
    package let logger: Logger
    /// Adds routes beside the API's (the dashboard's), given the router and the API's service.
    package var extraRoutes: @Sendable (Router<BasicRequestContext>, ReportService) -> Void = { _, _ in }
    /// Judges each new report at ingest (the dashboard's campaigns); nil stores reports alone.
    package var judge: (any ReportJudge)?

    package init(store: any ReportStore, options: Options, logger: Logger) {
        self.store = store
        self.options = options
        self.logger = logger
    }

    /// Migrates the store and serves until SIGTERM or SIGINT; in-flight requests finish first.
    /// `onListening` receives the bound port (the free one when `port` is 0).
    package func run(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        try await store.migrate()
        let service = ReportService(store: store, publicRead: options.publicRead, judge: judge)
        let router = APIRouter(service: service, bodyTimeout: options.bodyTimeout).router()
        extraRoutes(router, service)
        let idle = options.idleTimeout.components
        let idleTimeout = TimeAmount.nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000)
        let requestedPort = options.port
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: .init(address: .hostname(options.hostname, port: options.port), serverName: "pmo-server"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? requestedPort) },
            logger: logger)
        try await app.runService()
    }
}
