import ArgumentParser
import Foundation
import PMODashboard
import PMOServer

/// `pmo serve [--database URL] [--hostname H] [--port N] [--public-read]`: runs the server until SIGTERM or SIGINT.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the server (the default).",
        discussion: """
            Prints `pmo-server listening on http://HOST:PORT` on standard output once it accepts connections,
            logs one line per request on standard error, and stops cleanly on SIGTERM or SIGINT.
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Option(help: "Address to listen on.")
    var hostname: String = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one and prints it.")
    var port: Int = 8080

    @Flag(name: .customLong("public-read"), help: "Let anyone read the API without a token (posting always needs one).")
    var publicRead = false

    @Option(
        name: .customLong("idle-timeout"),
        help: ArgumentHelp("Close a connection that sends nothing for this many seconds (headers included).", valueName: "SECONDS"))
    var idleTimeout: Int = 15

    @Option(
        name: .customLong("body-timeout"), help: ArgumentHelp("A request body must arrive within this many seconds.", valueName: "SECONDS"))
    var bodyTimeout: Int = 30

    @Option(
        help: ArgumentHelp(
            "The catalog folder (holding catalog/catalog.yaml) for the dashboard's adoption and campaign pages.", valueName: "DIR"))
    var catalog: String?

    @Option(
        name: .customLong("stale-days"),
        help: ArgumentHelp("The dashboard calls a project stale after this many days without a report.", valueName: "DAYS"))
    var staleDays: Int = 14

    @Option(
        name: .customLong("site-url"),
        help: ArgumentHelp("The published knowledge site (pmo publish), for links from rule ids.", valueName: "URL"))
    var siteURL: String?

    func validate() throws {
        guard (1...3650).contains(staleDays) else { throw ValidationError("--stale-days must be from 1 to 3650") }
        if let siteURL, !(siteURL.hasPrefix("https://") || siteURL.hasPrefix("http://")) {
            throw ValidationError("--site-url must start with https:// or http://")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard idleTimeout > 0, bodyTimeout > 0 else { throw ValidationError("timeouts must be positive") }
    }

    func run() async throws {
        let logger = ServerLogging.bootstrap()
        let store = try await databaseOptions.openStore(logger: logger)
        let options = ReportServer.Options(
            hostname: hostname, port: port, publicRead: publicRead,
            idleTimeout: .seconds(idleTimeout), bodyTimeout: .seconds(bodyTimeout))
        let database = (try? DatabaseURL(parsing: databaseOptions.database).description) ?? ""
        let host = hostname
        var server = ReportServer(store: store, options: options, logger: logger)
        if let dashboardStore = store as? any DashboardStore {
            let dashboard = DashboardOptions(staleDays: staleDays, siteURL: siteURL, catalog: try loadCatalog())
            let templates = try DashboardTemplates()
            if dashboard.catalog?.campaigns.isEmpty == false { server.judge = CampaignJudge(catalog: dashboard.catalog) }
            server.extraRoutes = { router, service in
                let dashboardService = DashboardService(
                    store: dashboardStore, api: service, options: dashboard, templates: templates)
                DashboardRouter(service: dashboardService).register(on: router)
                dashboardService.warmCampaigns { message in logger.info("\(message)") }
            }
        }
        do {
            try await server.run { port in
                let shownHost = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(Data("pmo-server listening on http://\(shownHost):\(port) (store: \(database))\n".utf8))
            }
        } catch {
            await store.close()
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        await store.close()
    }

    /// The `--catalog` for the dashboard; its problems are printed, a catalog that cannot be read ends the command (2).
    private func loadCatalog() throws -> DashboardCatalog? {
        guard let catalog else { return nil }
        do {
            let loaded = try DashboardCatalog(loadingFrom: catalog)
            for problem in loaded.problems { FileHandle.standardError.write(Data("warning: \(problem)\n".utf8)) }
            return loaded
        } catch {
            FileHandle.standardError.write(Data("error: cannot read the catalog '\(catalog)': \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
