/// One project's state as `pmo report` prints it and `pmo serve` stores it (`apiVersion: pmo/report/v1`).
///
/// The JSON form is deterministic: keys sorted, absent values left out, no wall-clock time unless the
/// caller gives `generatedAt` (CI passes it). ``ReportSchema`` is its JSON Schema.
package struct ProjectReport: Codable, Sendable, Hashable {
    /// The only `apiVersion` this model reads and writes.
    package static let currentAPIVersion = "pmo/report/v1"
    /// At most this many findings are listed; ``ReportLint/total`` counts them all.
    package static let findingLimit = 200

    package var apiVersion: String
    /// When the report was made (RFC 3339), as given by `--generated-at`; nil keeps the output reproducible.
    package var generatedAt: String?
    package var project: ReportProject
    /// The catalog the project's lock names, and its commit when known.
    package var catalog: ReportCatalog?
    /// The pmo that made the report.
    package var pmo: ReportTool
    /// Every template in the project's lock, in lock order.
    package var templates: [ReportTemplate]
    /// Lint figures and findings; nil when the project's rules could not run.
    package var lint: ReportLint?
    package var waivers: [ReportWaiver]
    package var checklists: [ReportChecklist]
    /// The counts the server lists and charts, derived from the rest by ``ReportSummary/init(of:)``.
    package var summary: ReportSummary

    /// Creates a report; `summary` is computed from the other parts.
    package init(
        generatedAt: String? = nil, project: ReportProject, catalog: ReportCatalog?, pmo: ReportTool,
        templates: [ReportTemplate], lint: ReportLint?, waivers: [ReportWaiver], checklists: [ReportChecklist]
    ) {
        self.apiVersion = Self.currentAPIVersion
        self.generatedAt = generatedAt
        self.project = project
        self.catalog = catalog
        self.pmo = pmo
        self.templates = templates
        self.lint = lint
        self.waivers = waivers
        self.checklists = checklists
        self.summary = ReportSummary(templates: templates, lint: lint, waivers: waivers, checklists: checklists)
    }
}

/// Who the project is.
package struct ReportProject: Codable, Sendable, Hashable {
    /// The id the server files the project under (`--project-id`, else the lock's project name).
    package var id: String
    /// The human name (the `project_name` parameter, else the id).
    package var name: String
    /// The owning team or person, when the project says.
    package var owner: String?
    /// The project's current phase, when it has one.
    package var phase: String?
    /// Where the project's repository is, when it is a git checkout.
    package var repository: ReportRepository?

    package init(id: String, name: String, owner: String? = nil, phase: String? = nil, repository: ReportRepository? = nil) {
        self.id = id
        self.name = name
        self.owner = owner
        self.phase = phase
        self.repository = repository
    }
}

/// The git checkout a project lives in.
package struct ReportRepository: Codable, Sendable, Hashable {
    /// The `origin` remote's URL, when there is one.
    package var url: String?
    /// The checked-out commit.
    package var commit: String?

    package init(url: String?, commit: String?) {
        self.url = url
        self.commit = commit
    }
}

/// The catalog the project follows.
package struct ReportCatalog: Codable, Sendable, Hashable {
    package var name: String
    package var version: String
    /// The catalog's git commit recorded in the lock, when the catalog was a git repository.
    package var commit: String?

    package init(name: String, version: String, commit: String?) {
        self.name = name
        self.version = version
        self.commit = commit
    }
}

/// The tool that made the report.
package struct ReportTool: Codable, Sendable, Hashable {
    package var version: String

    package init(version: String) {
        self.version = version
    }
}
