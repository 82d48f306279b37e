/// The query string of `GET /api/v1/projects`, as received; ``query(now:)`` validates it.
package struct ProjectListParameters: Sendable, Hashable {
    package var owner: String?
    package var template: String?
    package var version: String?
    package var behind: String?
    package var stale: String?
    package var q: String?
    package var cursor: String?
    package var limit: String?

    package init(
        owner: String? = nil, template: String? = nil, version: String? = nil, behind: String? = nil, stale: String? = nil,
        q: String? = nil, cursor: String? = nil, limit: String? = nil
    ) {
        self.owner = owner
        self.template = template
        self.version = version
        self.behind = behind
        self.stale = stale
        self.q = q
        self.cursor = cursor
        self.limit = limit
    }

    /// The store query; a 400 naming the parameter when one is malformed.
    func query(now: Int64) throws(APIError) -> ProjectQuery {
        var query = ProjectQuery(owner: owner, template: template, version: version, text: q, now: now)
        if let behind {
            switch behind {
            case "true": query.behind = true
            case "false": query.behind = false
            default: throw APIError.invalid("behind", "behind must be true or false")
            }
        }
        if let stale {
            guard let days = Int(stale), days >= 0, days <= 36_500 else {
                throw APIError.invalid("stale", "stale must be a whole number of days from 0 to 36500")
            }
            query.staleDays = days
        }
        if let cursor {
            guard let after = ProjectCursor.decode(cursor) else { throw APIError.invalid("cursor", "cursor is not one this server gave") }
            query.after = after
        }
        if let limit {
            guard let count = Int(limit), count >= 1, count <= ProjectQuery.maxLimit else {
                throw APIError.invalid("limit", "limit must be an integer from 1 to \(ProjectQuery.maxLimit)")
            }
            query.limit = count
        }
        return query
    }
}
