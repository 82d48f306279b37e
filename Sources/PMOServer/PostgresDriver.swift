import Foundation
import Logging
import PostgresNIO

/// ``SQLDriver`` over a PostgreSQL connection pool (postgres-nio's `PostgresClient`).
package final class PostgresDriver: SQLDriver {
    package let dialect = SQLDialect.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
        self.runner = Task { await client.run() }
    }

    /// Connects to `url` (`postgres://USER:PASS@HOST:PORT/DB`) and checks that the server answers.
    package static func connect(
        url: DatabaseURL.Postgres, maximumConnections: Int = 20, logger: Logger
    ) async throws(StoreError) -> PostgresDriver {
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password,
            database: url.database, tls: .disable)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(10)
        let driver = PostgresDriver(client: PostgresClient(configuration: configuration, backgroundLogger: logger), logger: logger)
        do {
            try await driver.execute("SELECT 1")
        } catch {
            await driver.close()
            throw StoreError("cannot connect to PostgreSQL at \(url.host):\(url.port)/\(url.database): \(String(reflecting: error))")
        }
        return driver
    }

    package func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await Self.collect(client.query(Self.query(sql, binds), logger: logger))
    }

    package func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        try await client.withTransaction(logger: logger) { connection in
            try await body(Session(connection: connection, logger: logger))
        }
    }

    package func close() async {
        runner.cancel()
        _ = await runner.result
    }

    /// `?` placeholders become `$1, $2, …` (no statement of ours has a `?` inside a literal).
    static func query(_ sql: String, _ values: [SQLValue]) -> PostgresQuery {
        // Split on the byte, not on Characters: a report's statement is a few kilobytes of SQL, run a thousand times
        // a second.
        let parts = sql.utf8.split(separator: UInt8(ascii: "?"), omittingEmptySubsequences: false)
        var text = ""
        text.reserveCapacity(sql.utf8.count + parts.count * 3)
        for (number, part) in parts.enumerated() {
            if number > 0 { text += "$\(number)" }
            text += Substring(part)
        }
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let string): binds.append(string)
            case .integer(let integer): binds.append(integer)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: binds)
    }

    static func collect(_ sequence: PostgresRowSequence) async throws -> [SQLRow] {
        var rows: [SQLRow] = []
        for try await row in sequence {
            var values: SQLRow = [:]
            for cell in row {
                values[cell.columnName] = try value(cell)
            }
            rows.append(values)
        }
        return rows
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .numeric: return .integer(Int64(try cell.decode(String.self)) ?? 0)
        case .void: return .null
        default: return .text(try cell.decode(String.self))
        }
    }

    /// Statements on the transaction's connection.
    private struct Session: SQLSession {
        let connection: PostgresConnection
        let logger: Logger

        func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await PostgresDriver.collect(connection.query(PostgresDriver.query(sql, binds), logger: logger))
        }
    }
}
