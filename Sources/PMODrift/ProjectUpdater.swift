import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOYAML

/// `pmo update` for one project: for each template in its lock, re-renders the recorded version (the base,
/// from the catalog's git history) and the target version with the project's parameters, and plans the merge.
package struct ProjectUpdater: Sendable {
    package var catalog: Catalog
    /// The catalog's history; nil when the catalog is not a git repository (modified files then conflict whole).
    package var history: CatalogHistory?
    /// The catalog's current commit, recorded in the lock.
    package var currentCommit: String?
    package var yamlLimits: YAMLLimits

    package init(catalog: Catalog, history: CatalogHistory?, currentCommit: String?, yamlLimits: YAMLLimits = .default) {
        self.catalog = catalog
        self.history = history
        self.currentCommit = currentCommit
        self.yamlLimits = yamlLimits
    }

    /// What an update would do; nothing is written.
    ///
    /// - Parameters:
    ///   - template: only this template of the project (the others are left as they are).
    ///   - version: the version to go to; default the catalog's current one.
    ///   - assignments: `NAME=VALUE` for parameters the new version adds without a default.
    package func plan(
        projectRoot root: String, displayPath: String, template: String? = nil, to version: Semver? = nil,
        assignments: [String] = []
    ) throws(UpdateError) -> ProjectUpdate {
        let lock: ProjectLock
        do {
            lock = try ProjectLock.load(projectRoot: root, displayRoot: displayPath, limits: yamlLimits)
        } catch {
            throw .lock(error)
        }
        var selected = lock.templates
        if let template {
            selected = lock.templates.filter { $0.name == template }
            if selected.isEmpty { throw .templateNotInProject(name: template, inProject: lock.templates.map(\.name)) }
        }
        let markers = LeftoverConflicts.find(in: root, templates: lock.templates)
        if !markers.isEmpty { throw .unresolvedConflicts(markers) }

        var plans: [UpdatePlan] = []
        var upToDate: [LockedTemplate] = []
        for locked in selected {
            guard let document = catalog.document(DocumentKey(kind: .template, name: locked.name)) else {
                throw .unknownTemplate(name: locked.name, known: catalog.documents(of: .template).map(\.metadata.name.value))
            }
            let target = try targetVersion(locked, document: document, requested: version)
            defer { if let folder = target.folder { try? FileManager.default.removeItem(atPath: folder) } }
            if target.version == locked.version {
                upToDate.append(locked)
                continue
            }
            let theirs = try render(
                target.document, version: target.version, parameters: try resolve(locked, in: target.document, assignments: assignments))
            var base: RenderedTemplate?
            var baseNote: String?
            var baseFolder: String?
            defer { if let baseFolder { try? FileManager.default.removeItem(atPath: baseFolder) } }
            if let history {
                if let commit = history.commit(of: locked.name, version: locked.version, preferring: locked.commit),
                    let folder = history.extract(template: locked.name, at: commit)
                {
                    baseFolder = folder
                    if let old = loadTemplate(locked.name, catalogRoot: folder) {
                        do throws(UpdateError) {
                            base = try render(old, version: locked.version, parameters: locked.parameters).rendered
                        } catch {
                            base = nil
                        }
                    }
                    if base == nil { baseNote = "version \(locked.version) could not be re-rendered; modified files conflict whole" }
                } else {
                    baseNote = "version \(locked.version) is not in the catalog's git history; modified files conflict whole"
                }
            } else {
                baseNote =
                    "the catalog is not a git repository, so version \(locked.version) cannot be rebuilt; modified files conflict whole"
            }
            let planner = UpdatePlanner(
                projectRoot: root, locked: locked, base: base, baseNote: baseNote, theirs: theirs.rendered,
                parameters: theirs.parameters, commit: target.commit)
            var plan = try planner.plan()
            let carrier = ChecklistCarrier(
                projectRoot: root, catalog: catalog, template: locked.name, version: target.version,
                recorded: locked.checklists, listed: target.document.template?.checklists ?? [],
                otherTemplates: Set(lock.templates.filter { $0.name != locked.name }.flatMap(\.checklists)),
                yamlLimits: yamlLimits)
            (plan.checklists, plan.newLock.checklists) = try carrier.plan()
            plans.append(plan)
        }
        return ProjectUpdate(lock: lock, plans: plans, upToDate: upToDate, catalogInfo: catalogInfo)
    }

    /// Writes the files of `update` and the lock, all or nothing (see ``UpdateWriter`` and ``UpdateJournal``).
    package func apply(_ update: ProjectUpdate, projectRoot root: String) throws(UpdateError) {
        guard !update.plans.isEmpty else { return }
        let lock = update.lock.replacing(update.plans.map(\.newLock), catalog: update.catalogInfo)
        try UpdateWriter(projectRoot: root).apply(update.plans, lock: Array(lock.yaml().utf8))
    }

    /// The catalog's name, version and commit for the lock.
    package var catalogInfo: Lock.CatalogInfo {
        Lock.CatalogInfo(
            name: catalog.manifest?.metadata.name.value ?? "", version: catalog.manifest?.metadata.version.description ?? "",
            commit: currentCommit)
    }

    private struct Target {
        var version: Semver
        var document: Document
        var commit: String?
        /// A folder extracted from history that holds the template's files until it is rendered.
        var folder: String? = nil
    }

    /// The version to go to and the document that has it (the current catalog, or the history for an older one).
    private func targetVersion(_ locked: LockedTemplate, document: Document, requested: Semver?) throws(UpdateError) -> Target {
        let current = document.metadata.version
        guard let requested, requested != current else {
            return Target(version: current, document: document, commit: currentCommit)
        }
        let known = Set(document.metadata.changelog.map(\.version) + [current] + (history?.versions(of: locked.name) ?? []))
        guard known.contains(requested) else {
            throw .unknownVersion(template: locked.name, requested: requested.description, available: known.sorted().map(\.description))
        }
        if requested < locked.version {
            throw .downgrade(template: locked.name, recorded: locked.version.description, requested: requested.description)
        }
        if requested == locked.version {
            return Target(version: requested, document: document, commit: locked.commit)
        }
        guard let history else { throw .versionNeedsHistory(template: locked.name, requested: requested.description) }
        guard let commit = history.commit(of: locked.name, version: requested, preferring: nil),
            let folder = history.extract(template: locked.name, at: commit)
        else {
            throw .unknownVersion(
                template: locked.name, requested: requested.description + " (in the changelog but in no commit)",
                available: known.sorted().map(\.description))
        }
        guard let old = loadTemplate(locked.name, catalogRoot: folder) else {
            try? FileManager.default.removeItem(atPath: folder)
            throw .renderFailed(
                template: locked.name, version: requested.description,
                diagnostics: [
                    Diagnostic(
                        .error, "template.yaml at commit \(commit.prefix(12)) does not load",
                        file: "standards/templates/\(locked.name)/template.yaml", range: nil)
                ])
        }
        return Target(version: requested, document: old, commit: commit, folder: folder)
    }

    /// The template document of a catalog extracted from history (other documents may be missing; that is fine).
    private func loadTemplate(_ name: String, catalogRoot: String) -> Document? {
        guard let result = try? CatalogLoader(yamlLimits: yamlLimits, workingDirectory: catalogRoot).load(root: catalogRoot) else {
            return nil
        }
        return result.catalog.document(DocumentKey(kind: .template, name: name))
    }

    /// The recorded parameters (those the target still declares), new `--set` values, and defaults for new ones.
    private func resolve(_ locked: LockedTemplate, in document: Document, assignments: [String]) throws(UpdateError) -> ResolvedParameters {
        guard let spec = document.template else {
            throw .renderFailed(template: locked.name, version: document.metadata.version.description, diagnostics: [])
        }
        do {
            return try LockedParameters.resolve(locked, for: spec, templateFile: document.file, assignments: assignments)
        } catch {
            throw .renderFailed(template: locked.name, version: document.metadata.version.description, diagnostics: error.diagnostics)
        }
    }

    private func render(
        _ document: Document, version: Semver, parameters: ResolvedParameters
    ) throws(UpdateError) -> (rendered: RenderedTemplate, parameters: ResolvedParameters) {
        guard let renderer = TemplateRenderer(document: document) else {
            throw .renderFailed(template: document.metadata.name.value, version: version.description, diagnostics: [])
        }
        do {
            let files = try renderer.render(parameters)
            return (
                RenderedTemplate(
                    version: version,
                    files: files.map {
                        RenderedTemplate.File(path: $0.path, policy: $0.policy, content: $0.bytes, executable: $0.executable)
                    }), parameters
            )
        } catch {
            throw .renderFailed(template: document.metadata.name.value, version: version.description, diagnostics: error.diagnostics)
        }
    }
}

/// The plan of `pmo update` for one project: one ``UpdatePlan`` per template that moves, plus those already current.
package struct ProjectUpdate: Sendable {
    /// The lock as read.
    package var lock: ProjectLock
    package var plans: [UpdatePlan]
    /// Templates already at the target version.
    package var upToDate: [LockedTemplate]
    /// The catalog record the rewritten lock gets.
    package var catalogInfo: Lock.CatalogInfo

    /// Whether any file would be written with conflict markers.
    package var hasConflicts: Bool { plans.contains { !$0.conflicts.isEmpty } }
}
