/// One template of the project's lock against the catalog: version, what it misses, and drifted files.
package struct ReportTemplate: Codable, Sendable, Hashable {
    package var name: String
    /// The version recorded in the lock.
    package var version: String
    /// The catalog's version now; nil when no catalog was read or it lacks the template.
    package var currentVersion: String?
    /// How many changelog entries the project is behind.
    package var versionsBehind: Int
    /// Whether the catalog was read and has no such template.
    package var missingFromCatalog: Bool
    /// The changelog entries after `version` up to `currentVersion`, oldest first.
    package var missedChanges: [ReportChange]
    /// How many files the standard manages in the project.
    package var managedFiles: Int
    /// Managed files the team edited, project-relative, sorted.
    package var modifiedFiles: [String]
    /// Managed files gone from the project, project-relative, sorted.
    package var deletedFiles: [String]

    package init(
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
package struct ReportChange: Codable, Sendable, Hashable {
    package var version: String
    /// `YYYY-MM-DD`, when the changelog gives it.
    package var date: String?
    package var changes: String

    package init(version: String, date: String?, changes: String) {
        self.version = version
        self.date = date
        self.changes = changes
    }
}

/// Lint counts by severity and the findings themselves (capped at ``ProjectReport/findingLimit``).
package struct ReportLint: Codable, Sendable, Hashable {
    package var errors: Int
    package var warnings: Int
    package var infos: Int
    /// Every finding, including those not listed.
    package var total: Int
    /// The first findings, in lint's order (file, position, rule).
    package var findings: [ReportFinding]
    /// Whether `findings` was cut at the limit.
    package var truncated: Bool

    package init(errors: Int, warnings: Int, infos: Int, findings: [ReportFinding], limit: Int = ProjectReport.findingLimit) {
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.total = findings.count
        self.findings = Array(findings.prefix(limit))
        self.truncated = findings.count > limit
    }
}

/// One lint finding.
package struct ReportFinding: Codable, Sendable, Hashable {
    /// `ruleset/rule`.
    package var rule: String
    /// `error`, `warning` or `info`.
    package var severity: String
    /// Project-relative file; nil for a finding about the whole project.
    package var file: String?
    package var line: Int?
    package var column: Int?
    package var message: String

    package init(rule: String, severity: String, file: String?, line: Int?, column: Int?, message: String) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A waiver from `.pmo/waivers.yaml`.
package struct ReportWaiver: Codable, Sendable, Hashable {
    package var rule: String
    package var path: String?
    package var reason: String
    package var owner: String
    /// `YYYY-MM-DD`.
    package var expires: String
    /// Whether it has expired (on the report's date).
    package var expired: Bool
    /// Whether it expires within 30 days of the report's date (and has not yet).
    package var expiringSoon: Bool

    package init(rule: String, path: String?, reason: String, owner: String, expires: String, expired: Bool, expiringSoon: Bool) {
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
package struct ReportChecklist: Codable, Sendable, Hashable {
    package var name: String
    package var title: String
    package var version: String
    package var done: Int
    package var total: Int
    package var phases: [ReportPhase]

    package init(name: String, title: String, version: String, done: Int, total: Int, phases: [ReportPhase]) {
        self.name = name
        self.title = title
        self.version = version
        self.done = done
        self.total = total
        self.phases = phases
    }
}

/// Progress of one phase of a checklist (`id` empty for items without a phase).
package struct ReportPhase: Codable, Sendable, Hashable {
    package var id: String
    package var title: String
    package var done: Int
    package var total: Int

    package init(id: String, title: String, done: Int, total: Int) {
        self.id = id
        self.title = title
        self.done = done
        self.total = total
    }
}
