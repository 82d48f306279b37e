import Foundation
import Logging
import PMOServer
import Testing

/// The two stores every store and server test runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A fresh, empty database of one kind for one test: a SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server named by `PMO_TEST_POSTGRES_URL` (which `make test` starts).
///
/// Without `PMO_TEST_POSTGRES_URL` the PostgreSQL tests fail (they do not skip): a store suite that
/// silently ran on one store only would prove nothing about the other.
struct TestDatabase: Sendable {
    /// The variable naming the PostgreSQL server (`postgres://USER:PASS@HOST:PORT/DB` of a user allowed to create databases).
    static let postgresVariable = "PMO_TEST_POSTGRES_URL"

    let kind: StoreKind
    /// What `--database` takes.
    let url: String
    /// Removes the database.
    private let cleanup: @Sendable () async -> Void

    /// Creates the database, runs `body`, and removes the database whatever happens.
    static func with<T>(_ kind: StoreKind, _ body: (TestDatabase) async throws -> T) async throws -> T {
        let database = try await create(kind)
        do {
            let result = try await body(database)
            await database.cleanup()
            return result
        } catch {
            await database.cleanup()
            throw error
        }
    }

    /// Opens (and migrates) a store on this database; the caller closes it.
    func openStore() async throws -> any ReportStore {
        let store = try await DatabaseURL(parsing: url).openStore(logger: Self.logger)
        try await store.migrate()
        return store
    }

    /// Runs `body` with a migrated store, closing it afterwards.
    func withStore<T>(_ body: (any ReportStore) async throws -> T) async throws -> T {
        let store = try await openStore()
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    static let logger: Logger = {
        var logger = Logger(label: "pmo-server-tests")
        logger.logLevel = .error
        return logger
    }()

    private static func create(_ kind: StoreKind) async throws -> TestDatabase {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-server-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return TestDatabase(kind: kind, url: "sqlite:" + folder.path + "/store.db") {
                try? FileManager.default.removeItem(at: folder)
            }
        case .postgres:
            guard let admin = ProcessInfo.processInfo.environment[postgresVariable], !admin.isEmpty else {
                throw MissingInput(
                    description: """
                        \(postgresVariable) is not set: the PostgreSQL store tests need a server. Run `make test`, which installs \
                        and starts one (scripts/with-postgres.sh), or set \(postgresVariable)=postgres://USER:PASS@HOST:PORT/postgres
                        """)
            }
            guard case .postgres(let server) = try DatabaseURL(parsing: admin) else {
                throw MissingInput(description: "\(postgresVariable) must be a postgres:// URL, not '\(admin)'")
            }
            // A name we make ourselves (hex only): identifiers cannot be bound as parameters.
            let name = "pmo_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let driver = try await PostgresDriver.connect(url: server, maximumConnections: 1, logger: logger)
            try await driver.rows("CREATE DATABASE \(name)", [])
            await driver.close()
            var url = "postgres://\(server.user)"
            if let password = server.password {
                url += ":" + (password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password)
            }
            url += "@\(server.host):\(server.port)/\(name)"
            return TestDatabase(kind: kind, url: url) {
                guard let driver = try? await PostgresDriver.connect(url: server, maximumConnections: 1, logger: logger) else { return }
                _ = try? await driver.rows("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", [])
                await driver.close()
            }
        }
    }
}

/// A test input that is not there (a test fails on it rather than skipping).
struct MissingInput: Error, CustomStringConvertible {
    var description: String
}
