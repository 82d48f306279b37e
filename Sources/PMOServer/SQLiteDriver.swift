import Foundation
import Logging
import SQLiteNIO

/// ``SQLDriver`` over one SQLite connection (sqlite-nio) in WAL mode, every statement in turn;
/// concurrent transactions share a commit (``GroupCommit``), each in its own savepoint.
package final class SQLiteDriver: SQLDriver {
    package let dialect = SQLDialect.sqlite
    private let connection: SQLiteConnection
    private let mutex = AsyncMutex()
    private let committer = GroupCommit()

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating if needed) the database file at `path`, in WAL mode with full fsync at each commit
    /// so that a report acknowledged with 201 survives a crash of the process or of the machine.
    package static func open(path: String, logger: Logger) async throws(StoreError) -> SQLiteDriver {
        do {
            let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            let driver = SQLiteDriver(connection: connection)
            for pragma in [
                "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 10000", "PRAGMA foreign_keys = ON",
            ] {
                try await driver.execute(pragma)
            }
            return driver
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot open the SQLite database '\(path)': \(error)")
        }
    }

    package func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await mutex.withLock { try await self.unlockedRows(sql, binds) }
    }

    package func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        let box = ResultBox<T>()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let job = GroupCommit.Job(
                run: { session in box.value = try await body(session) },
                finish: { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                })
            Task { await self.committer.submit(job) { jobs in await self.write(jobs) } }
        }
        guard let value = box.value else { throw StoreError("a transaction ended without its result") }
        return value
    }

    /// One transaction for a batch of jobs, each in a savepoint: a job that fails is rolled back alone;
    /// the others are told of success only once the commit is on disk.
    private func write(_ jobs: [GroupCommit.Job]) async {
        do {
            try await mutex.withLock {
                let session = Session(driver: self)
                try await self.unlockedRows("BEGIN IMMEDIATE", [])
                var outcomes: [(any Error)?] = []
                do {
                    for job in jobs {
                        try await self.unlockedRows("SAVEPOINT job", [])
                        do {
                            try await job.run(session)
                            try await self.unlockedRows("RELEASE job", [])
                            outcomes.append(nil)
                        } catch {
                            try await self.unlockedRows("ROLLBACK TO job", [])
                            try await self.unlockedRows("RELEASE job", [])
                            outcomes.append(error)
                        }
                    }
                    try await self.unlockedRows("COMMIT", [])
                } catch {
                    _ = try? await self.unlockedRows("ROLLBACK", [])
                    throw error
                }
                for (job, outcome) in zip(jobs, outcomes) { job.finish(outcome) }
            }
        } catch {
            for job in jobs { job.finish(error) }
        }
    }

    package func close() async {
        try? await connection.close()
    }

    @discardableResult
    fileprivate func unlockedRows(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let rows = try await connection.query(sql, binds.map(Self.data))
        return rows.map { row in
            var values: SQLRow = [:]
            for column in row.columns {
                values[column.name] = Self.value(column.data)
            }
            return values
        }
    }

    private static func data(_ value: SQLValue) -> SQLiteData {
        switch value {
        case .text(let text): return .text(text)
        case .integer(let number): return .integer(Int(number))
        case .null: return .null
        }
    }

    private static func value(_ data: SQLiteData) -> SQLValue {
        switch data {
        case .integer(let number): return .integer(Int64(number))
        case .float(let number): return .integer(Int64(number))
        case .text(let text): return .text(text)
        case .blob(let buffer): return .text(String(buffer: buffer))
        case .null: return .null
        }
    }

    /// Statements inside a transaction: the lock is already held.
    private struct Session: SQLSession {
        let driver: SQLiteDriver

        func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await driver.unlockedRows(sql, binds)
        }
    }
}
