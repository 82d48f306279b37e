import Crypto
import Foundation

/// Makes and checks bearer tokens: the secret is shown once, the store keeps its SHA-256.
package struct TokenService: Sendable {
    /// What every token starts with, so that a leaked one is easy to recognise (and scan for).
    package static let prefix = "pmo_"

    package let store: any ReportStore

    package init(store: any ReportStore) {
        self.store = store
    }

    /// Creates a token for `subject`; returns the secret (to print once) and what was stored.
    package func create(
        kind: TokenRecord.Kind, subject: String, now: Int64
    ) async throws(StoreError) -> (secret: String, record: TokenRecord) {
        let secret = Self.prefix + Self.randomHex(bytes: 32)
        let record = TokenRecord(
            id: Self.randomHex(bytes: 6), hash: Self.hash(secret), kind: kind, subject: subject,
            createdAt: now, revokedAt: nil)
        try await store.addToken(record)
        return (secret, record)
    }

    /// The live token named by an `Authorization: Bearer …` header; nil when absent, unknown or revoked.
    package func authenticate(authorization: String?) async throws(StoreError) -> TokenRecord? {
        guard let secret = Self.bearer(authorization) else { return nil }
        guard let record = try await store.token(hash: Self.hash(secret)), record.revokedAt == nil else { return nil }
        return record
    }

    /// The token of a `Bearer TOKEN` header value.
    static func bearer(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Lower-case hex SHA-256 of the token's UTF-8.
    package static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
