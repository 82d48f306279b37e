import PMOReport

/// Filters and page of `GET /api/v1/projects`.
package struct ProjectQuery: Sendable, Hashable {
    /// Default and largest page sizes.
    package static let defaultLimit = 100
    package static let maxLimit = 500

    package var owner: String?
    /// Projects whose latest report has this template (any version unless `version` is given).
    package var template: String?
    package var version: String?
    /// true: some template is behind; false: none is.
    package var behind: Bool?
    /// Only projects whose last report is older than this many days.
    package var staleDays: Int?
    /// Substring of the project's id or name (case-insensitive for ASCII).
    package var text: String?
    /// Projects after this id (from the previous page's `nextCursor`).
    package var after: String?
    package var limit: Int
    /// Now, in milliseconds since 1970 (for `staleDays`).
    package var now: Int64

    package init(
        owner: String? = nil, template: String? = nil, version: String? = nil, behind: Bool? = nil, staleDays: Int? = nil,
        text: String? = nil, after: String? = nil, limit: Int = ProjectQuery.defaultLimit, now: Int64
    ) {
        self.owner = owner
        self.template = template
        self.version = version
        self.behind = behind
        self.staleDays = staleDays
        self.text = text
        self.after = after
        self.limit = limit
        self.now = now
    }
}

/// One page of projects, and the id to continue after when there are more.
package struct ProjectPage: Sendable, Hashable {
    package var projects: [ProjectSummary]
    /// The last id of this page when another page follows.
    package var nextAfter: String?

    package init(projects: [ProjectSummary], nextAfter: String?) {
        self.projects = projects
        self.nextAfter = nextAfter
    }
}

/// A project's latest state, as the portfolio lists it.
package struct ProjectSummary: Sendable, Hashable, Codable {
    package var id: String
    package var name: String
    package var owner: String?
    package var phase: String?
    /// `name@version` of each template, in lock order.
    package var templates: [String]
    package var reportID: Int64
    /// When the latest report was received (milliseconds since 1970).
    package var receivedAt: Int64
    package var generatedAt: String?
    package var summary: ReportSummary

    package init(
        id: String, name: String, owner: String?, phase: String?, templates: [String], reportID: Int64,
        receivedAt: Int64, generatedAt: String?, summary: ReportSummary
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.phase = phase
        self.templates = templates
        self.reportID = reportID
        self.receivedAt = receivedAt
        self.generatedAt = generatedAt
        self.summary = summary
    }
}

/// A project's latest state with its full latest report (the stored canonical JSON).
package struct ProjectDetail: Sendable, Hashable {
    package var summary: ProjectSummary
    package var reportJSON: String
    package var reportCount: Int

    package init(summary: ProjectSummary, reportJSON: String, reportCount: Int) {
        self.summary = summary
        self.reportJSON = reportJSON
        self.reportCount = reportCount
    }
}

/// The counts of one stored report, for a project's history.
package struct HistoryPoint: Sendable, Hashable, Codable {
    package var reportID: Int64
    package var receivedAt: Int64
    package var generatedAt: String?
    package var lintErrors: Int
    package var lintWarnings: Int
    package var versionsBehind: Int
    package var checklistDone: Int
    package var checklistTotal: Int

    package init(
        reportID: Int64, receivedAt: Int64, generatedAt: String?, lintErrors: Int, lintWarnings: Int,
        versionsBehind: Int, checklistDone: Int, checklistTotal: Int
    ) {
        self.reportID = reportID
        self.receivedAt = receivedAt
        self.generatedAt = generatedAt
        self.lintErrors = lintErrors
        self.lintWarnings = lintWarnings
        self.versionsBehind = versionsBehind
        self.checklistDone = checklistDone
        self.checklistTotal = checklistTotal
    }
}

/// How many projects use one version of one template, and how many of them are behind the catalog.
package struct TemplateAdoption: Sendable, Hashable, Codable {
    package var template: String
    package var version: String
    package var projects: Int
    package var behind: Int

    package init(template: String, version: String, projects: Int, behind: Int) {
        self.template = template
        self.version = version
        self.projects = projects
        self.behind = behind
    }
}

/// A stored token: never the secret, only its SHA-256.
package struct TokenRecord: Sendable, Hashable, Codable {
    /// What a token may do.
    package enum Kind: String, Sendable, Hashable, Codable {
        /// Posts reports of one project (`subject` is its id).
        case project
        /// Reads the API (`subject` is a name for the reader).
        case reader
    }

    /// A short public id, for `token list` and `token revoke`.
    package var id: String
    package var hash: String
    package var kind: Kind
    package var subject: String
    package var createdAt: Int64
    package var revokedAt: Int64?

    package init(id: String, hash: String, kind: Kind, subject: String, createdAt: Int64, revokedAt: Int64?) {
        self.id = id
        self.hash = hash
        self.kind = kind
        self.subject = subject
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
