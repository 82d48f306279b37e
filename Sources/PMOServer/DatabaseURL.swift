import Foundation
import Logging

/// Where the store is: `sqlite:PATH` (or a plain path) or `postgres://USER:PASS@HOST:PORT/DB`.
package enum DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The default: `./pmo-server.db`.
    package static let defaultSQLite = DatabaseURL.sqlite(path: "pmo-server.db")

    /// The parts of a PostgreSQL URL.
    package struct Postgres: Sendable, Hashable {
        package var host: String
        package var port: Int
        package var user: String
        package var password: String?
        package var database: String
    }

    case sqlite(path: String)
    case postgres(Postgres)

    /// Parses `--database`; the error says what form is expected.
    package init(parsing text: String) throws(StoreError) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            guard let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
                throw StoreError("--database '\(text)': expected postgres://USER:PASS@HOST:PORT/DB")
            }
            let database = String(parts.path.drop(while: { $0 == "/" }))
            guard let user = parts.user, !user.isEmpty, !database.isEmpty else {
                throw StoreError("--database: a PostgreSQL URL needs a user and a database: postgres://USER:PASS@HOST:PORT/DB")
            }
            self = .postgres(
                Postgres(
                    host: host, port: parts.port ?? 5432, user: user.removingPercentEncoding ?? user,
                    password: parts.password.map { $0.removingPercentEncoding ?? $0 }, database: database))
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StoreError("--database sqlite: needs a file path, e.g. sqlite:./pmo-server.db") }
            self = .sqlite(path: path)
        } else if text.contains("://") {
            throw StoreError("--database '\(text)': use sqlite:PATH or postgres://USER:PASS@HOST:PORT/DB")
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The URL without its password, for logs.
    package var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:" + path
        case .postgres(let url): return "postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)"
        }
    }

    /// Opens the store (not yet migrated).
    package func openStore(logger: Logger) async throws(StoreError) -> SQLReportStore {
        switch self {
        case .sqlite(let path): return SQLReportStore(driver: try await SQLiteDriver.open(path: path, logger: logger))
        case .postgres(let url): return SQLReportStore(driver: try await PostgresDriver.connect(url: url, logger: logger))
        }
    }
}
