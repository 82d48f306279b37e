/// A value bound to a query parameter or read from a column.
package enum SQLValue: Sendable, Hashable {
    case text(String)
    case integer(Int64)
    case null

    /// The text, or nil.
    package var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The integer, or nil.
    package var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}

extension SQLValue {
    /// `.text`, or `.null` for nil.
    init(_ text: String?) {
        self = text.map(SQLValue.text) ?? .null
    }

    /// `.integer` of an `Int`.
    init(_ number: Int) {
        self = .integer(Int64(number))
    }
}

/// One result row: column name to value.
package typealias SQLRow = [String: SQLValue]

/// The SQL that differs between SQLite and PostgreSQL.
package enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// Substring search: `position > 0` of `needle` in `haystack` (both SQL expressions).
    func contains(_ haystack: String, _ needle: String) -> String {
        switch self {
        case .sqlite: return "instr(\(haystack), \(needle)) > 0"
        case .postgres: return "strpos(\(haystack), \(needle)) > 0"
        }
    }
}

/// Runs parameterised SQL (`?` placeholders, bound in order) inside or outside a transaction.
package protocol SQLSession: Sendable {
    /// Runs one statement with `binds`, returning its rows (none for statements without a result).
    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]
}

/// A database the ``SQLReportStore`` can run on.
package protocol SQLDriver: SQLSession {
    var dialect: SQLDialect { get }
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T
    /// Closes the connections.
    func close() async
}

extension SQLSession {
    /// Runs a statement and ignores its rows.
    func execute(_ sql: String, _ binds: [SQLValue] = []) async throws {
        _ = try await rows(sql, binds)
    }
}
