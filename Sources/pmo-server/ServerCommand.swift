import ArgumentParser
import Foundation
import Logging
import PMOServer

/// `pmo-server` (run as `pmo serve`): the organisation's report server and its token commands.
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pmo serve",
        abstract: "Serve the report API (/api/v1) over SQLite (default ./pmo-server.db) or PostgreSQL.",
        discussion: "Usually run as `pmo serve`. See docs/server.md and docs/openapi.yaml.",
        version: "0.1.0",
        subcommands: [RunCommand.self, TokenCommand.self],
        defaultSubcommand: RunCommand.self)
}

/// `--database`, shared by the server and the token commands.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("sqlite:PATH or postgres://USER:PASS@HOST:PORT/DB.", valueName: "URL"))
    var database: String = "sqlite:pmo-server.db"

    func validate() throws {
        do throws(StoreError) {
            _ = try DatabaseURL(parsing: database)
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The store, opened and migrated; errors end the command with status 2.
    func openStore(logger: Logger) async throws -> any ReportStore {
        do throws(StoreError) {
            let store = try await DatabaseURL(parsing: database).openStore(logger: logger)
            do throws(StoreError) {
                try await store.migrate()
            } catch {
                await store.close()
                throw error
            }
            return store
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// Logs go to standard error, one line each; standard output is kept for what a script reads (port, token).
enum ServerLogging {
    static func bootstrap() -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["PMO_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        return Logger(label: "pmo-server")
    }
}
