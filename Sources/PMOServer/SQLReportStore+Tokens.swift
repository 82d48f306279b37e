extension SQLReportStore {
    package func addToken(_ token: TokenRecord) async throws(StoreError) {
        try await run {
            try await driver.execute(
                "INSERT INTO tokens (id, hash, kind, subject, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .text(token.id), .text(token.hash), .text(token.kind.rawValue), .text(token.subject),
                    .integer(token.createdAt), token.revokedAt.map(SQLValue.integer) ?? .null,
                ])
        }
    }

    package func token(hash: String) async throws(StoreError) -> TokenRecord? {
        try await run { try await driver.rows("SELECT * FROM tokens WHERE hash = ?", [.text(hash)]) }.first.flatMap(Self.token)
    }

    package func tokens() async throws(StoreError) -> [TokenRecord] {
        try await run { try await driver.rows("SELECT * FROM tokens ORDER BY created_at, id", []) }.compactMap(Self.token)
    }

    package func revokeToken(id: String, at time: Int64) async throws(StoreError) -> Bool {
        try await run {
            try await driver.rows(
                "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL RETURNING id", [.integer(time), .text(id)])
        }.count == 1
    }

    static func token(_ row: SQLRow) -> TokenRecord? {
        guard let id = row["id"]?.text, let hash = row["hash"]?.text,
            let kind = row["kind"]?.text.flatMap(TokenRecord.Kind.init(rawValue:)),
            let subject = row["subject"]?.text, let created = row["created_at"]?.integer
        else { return nil }
        return TokenRecord(id: id, hash: hash, kind: kind, subject: subject, createdAt: created, revokedAt: row["revoked_at"]?.integer)
    }
}
