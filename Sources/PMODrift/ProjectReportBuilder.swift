import Foundation
import PMOCatalog
import PMOProject
import PMOReport
import PMOSupport
import PMOTemplates

/// Builds the `pmo/report/v1` document of one project: identity from its lock and git checkout, templates
/// and files from drift, lint, waivers and checklists from ``ReportInsights``.
package struct ProjectReportBuilder: Sendable {
    /// Lock parameters that name the project's owner, first found wins.
    package static let ownerParameters = ["owner", "owner_team", "pm_name"]
    /// Lock parameters that name the project's phase.
    package static let phaseParameters = ["phase"]

    package var checker: DriftChecker
    package var insights: (any ReportInsights)?
    /// pmo's own version, recorded in the report.
    package var toolVersion: String

    package init(checker: DriftChecker, insights: (any ReportInsights)?, toolVersion: String) {
        self.checker = checker
        self.insights = insights
        self.toolVersion = toolVersion
    }

    /// The report of the project at `root`.
    ///
    /// - Parameters:
    ///   - projectID: the id to file the project under; nil takes the lock's `project_name`, else the folder name.
    ///   - generatedAt: the time to record (RFC 3339); nil records none, so that the output is reproducible.
    ///   - today: the date waivers are judged against (expired, expiring within 30 days).
    package func build(
        projectRoot root: String, projectID: String?, generatedAt: String?,
        today: CalendarDate
    ) throws(LockError) -> ProjectReport {
        let lock = try ProjectLock.load(projectRoot: root, displayRoot: ".", limits: checker.yamlLimits)
        let drift = checker.check(lock, projectRoot: root, displayPath: ".")
        let parameters = lock.lock.mergedParameters
        let name = parameters["project_name"].map(\.description).flatMap { $0.isEmpty ? nil : $0 } ?? folderName(root)
        let project = ReportProject(
            id: projectID ?? name, name: name,
            owner: Self.ownerParameters.lazy.compactMap { parameters[$0]?.description }.first,
            phase: Self.phaseParameters.lazy.compactMap { parameters[$0]?.description }.first,
            repository: repository(root))
        let details = insights?.details(projectRoot: root, today: today) ?? .empty
        return ProjectReport(
            generatedAt: generatedAt, project: project,
            catalog: ReportCatalog(name: lock.lock.catalog.name, version: lock.lock.catalog.version, commit: lock.lock.catalog.commit),
            pmo: ReportTool(version: toolVersion),
            templates: drift.templates.map(Self.template),
            lint: details.lint, waivers: details.waivers, checklists: details.checklists)
    }

    static func template(_ drift: TemplateDrift) -> ReportTemplate {
        ReportTemplate(
            name: drift.name, version: drift.recordedVersion.description, currentVersion: drift.currentVersion?.description,
            versionsBehind: drift.versionsBehind, missingFromCatalog: drift.missingFromCatalog,
            missedChanges: drift.changes.map {
                ReportChange(version: $0.version.description, date: $0.date?.description, changes: $0.changes)
            },
            managedFiles: drift.files.count,
            modifiedFiles: drift.files(.modified).map(\.path).sorted(),
            deletedFiles: drift.files(.deleted).map(\.path).sorted())
    }

    /// The `origin` URL and HEAD commit when `root` is inside a git checkout; nil otherwise.
    private func repository(_ root: String) -> ReportRepository? {
        guard let head = Git.run(["rev-parse", "HEAD"], in: root), head.status == 0 else { return nil }
        let commit = String(decoding: head.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let remote = Git.run(["remote", "get-url", "origin"], in: root)
        let url = remote.flatMap {
            $0.status == 0 ? String(decoding: $0.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : nil
        }
        return ReportRepository(url: url.flatMap(Self.withoutCredentials), commit: commit.isEmpty ? nil : commit)
    }

    /// A remote URL with any `user:password@` removed: a report must not carry CI credentials.
    static func withoutCredentials(_ url: String) -> String? {
        guard var parts = URLComponents(string: url), parts.scheme != nil else { return url.isEmpty ? nil : url }
        parts.user = nil
        parts.password = nil
        return parts.string
    }

    private func folderName(_ root: String) -> String {
        let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        return URL(fileURLWithPath: absolute).standardizedFileURL.lastPathComponent
    }
}
