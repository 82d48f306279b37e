/// One template of the project's lock against the catalog: version, what it misses, and drifted files.
public struct ReportTemplate: Codable, Sendable, Hashable {
    public var name: String
    /// The version recorded in the lock.
    public var version: String
    /// The catalog's version now; nil when no catalog was read or it lacks the template.
    public var currentVersion: String?
    /// How many changelog entries the project is behind.
    public var versionsBehind: Int
    /// Whether the catalog was read and has no such template.
    public var missingFromCatalog: Bool
    /// The changelog entries after `version` up to `currentVersion`, oldest first.
    public var missedChanges: [ReportChange]
    /// How many files the standard manages in the project.
    public var managedFiles: Int
    /// Managed files the team edited, project-relative, sorted.
    public var modifiedFiles: [String]
    /// Managed files gone from the project, project-relative, sorted.
    public var deletedFiles: [String]

    public init(
        name: String, version: String, currentVersion: String?, versionsBehind: Int, missingFromCatalog: Bool,
        missedChanges: [ReportChange], managedFiles: Int, modifiedFiles: [String], deletedFiles: [String]
    ) {
        self.name = name
        self.version = version
        self.currentVersion = currentVersion
        self.versionsBehind = versionsBehind
        self.missingFromCatalog = missingFromCatalog
        self.missedChanges = missedChanges
        self.managedFiles = managedFiles
        self.modifiedFiles = modifiedFiles
        self.deletedFiles = deletedFiles
    }
}

/// One changelog entry a project has not taken yet.
public struct ReportChange: Codable, Sendable, Hashable {
    public var version: String
    /// `YYYY-MM-DD`, when the changelog gives it.
    public var date: String?
    public var changes: String

    public init(version: String, date: String?, changes: String) {
        self.version = version
        self.date = date
        self.changes = changes
    }
}

/// Lint counts by severity and the findings themselves (capped at ``ProjectReport/findingLimit``).
public struct ReportLint: Codable, Sendable, Hashable {
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Every finding, including those not listed.
    public var total: Int
    /// The first findings, in lint's order (file, position, rule).
    public var findings: [ReportFinding]
    /// Whether `findings` was cut at the limit.
    public var truncated: Bool

    public init(errors: Int, warnings: Int, infos: Int, findings: [ReportFinding], limit: Int = ProjectReport.findingLimit) {
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.total = findings.count
        self.findings = Array(findings.prefix(limit))
        self.truncated = findings.count > limit
    }
}

/// One lint finding.
public struct ReportFinding: Codable, Sendable, Hashable {
    /// `ruleset/rule`.
    public var rule: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// Project-relative file; nil for a finding about the whole project.
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(rule: String, severity: String, file: String?, line: Int?, column: Int?, message: String) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A waiver from `.pmo/waivers.yaml`.
public struct ReportWaiver: Codable, Sendable, Hashable {
    public var rule: String
    public var path: String?
    public var reason: String
    public var owner: String
    /// `YYYY-MM-DD`.
    public var expires: String
    /// Whether it has expired (on the report's date).
    public var expired: Bool
    /// Whether it expires within 30 days of the report's date (and has not yet).
    public var expiringSoon: Bool

    public init(rule: String, path: String?, reason: String, owner: String, expires: String, expired: Bool, expiringSoon: Bool) {
        self.rule = rule
        self.path = path
        self.reason = reason
        self.owner = owner
        self.expires = expires
        self.expired = expired
        self.expiringSoon = expiringSoon
    }
}

/// Progress of one of the project's living checklists, overall and per phase.
public struct ReportChecklist: Codable, Sendable, Hashable {
    public var name: String
    public var title: String
    public var version: String
    public var done: Int
    public var total: Int
    public var phases: [ReportPhase]

    public init(name: String, title: String, version: String, done: Int, total: Int, phases: [ReportPhase]) {
        self.name = name
        self.title = title
        self.version = version
        self.done = done
        self.total = total
        self.phases = phases
    }
}

/// Progress of one phase of a checklist (`id` empty for items without a phase).
public struct ReportPhase: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var done: Int
    public var total: Int

    public init(id: String, title: String, done: Int, total: Int) {
        self.id = id
        self.title = title
        self.done = done
        self.total = total
    }
}
