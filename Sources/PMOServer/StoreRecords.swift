import PMOReport

/// Filters and page of `GET /api/v1/projects`.
public struct ProjectQuery: Sendable, Hashable {
    /// Default and largest page sizes.
    public static let defaultLimit = 100
    public static let maxLimit = 500

    public var owner: String?
    /// Projects whose latest report has this template (any version unless `version` is given).
    public var template: String?
    public var version: String?
    /// true: some template is behind; false: none is.
    public var behind: Bool?
    /// Only projects whose last report is older than this many days.
    public var staleDays: Int?
    /// Substring of the project's id or name (case-insensitive for ASCII).
    public var text: String?
    /// Projects after this id (from the previous page's `nextCursor`).
    public var after: String?
    public var limit: Int
    /// Now, in milliseconds since 1970 (for `staleDays`).
    public var now: Int64

    public init(
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
public struct ProjectPage: Sendable, Hashable {
    public var projects: [ProjectSummary]
    /// The last id of this page when another page follows.
    public var nextAfter: String?

    public init(projects: [ProjectSummary], nextAfter: String?) {
        self.projects = projects
        self.nextAfter = nextAfter
    }
}

/// A project's latest state, as the portfolio lists it.
public struct ProjectSummary: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var owner: String?
    public var phase: String?
    /// `name@version` of each template, in lock order.
    public var templates: [String]
    public var reportID: Int64
    /// When the latest report was received (milliseconds since 1970).
    public var receivedAt: Int64
    public var generatedAt: String?
    public var summary: ReportSummary

    public init(
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
public struct ProjectDetail: Sendable, Hashable {
    public var summary: ProjectSummary
    public var reportJSON: String
    public var reportCount: Int

    public init(summary: ProjectSummary, reportJSON: String, reportCount: Int) {
        self.summary = summary
        self.reportJSON = reportJSON
        self.reportCount = reportCount
    }
}

/// The counts of one stored report, for a project's history.
public struct HistoryPoint: Sendable, Hashable, Codable {
    public var reportID: Int64
    public var receivedAt: Int64
    public var generatedAt: String?
    public var lintErrors: Int
    public var lintWarnings: Int
    public var versionsBehind: Int
    public var checklistDone: Int
    public var checklistTotal: Int

    public init(
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
public struct TemplateAdoption: Sendable, Hashable, Codable {
    public var template: String
    public var version: String
    public var projects: Int
    public var behind: Int

    public init(template: String, version: String, projects: Int, behind: Int) {
        self.template = template
        self.version = version
        self.projects = projects
        self.behind = behind
    }
}

/// A stored token: never the secret, only its SHA-256.
public struct TokenRecord: Sendable, Hashable, Codable {
    /// What a token may do.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Posts reports of one project (`subject` is its id).
        case project
        /// Reads the API (`subject` is a name for the reader).
        case reader
    }

    /// A short public id, for `token list` and `token revoke`.
    public var id: String
    public var hash: String
    public var kind: Kind
    public var subject: String
    public var createdAt: Int64
    public var revokedAt: Int64?

    public init(id: String, hash: String, kind: Kind, subject: String, createdAt: Int64, revokedAt: Int64?) {
        self.id = id
        self.hash = hash
        self.kind = kind
        self.subject = subject
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
