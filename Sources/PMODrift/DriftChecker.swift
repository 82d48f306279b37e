import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOYAML

/// Computes drift for one project or a whole fleet: files against the lock (offline), versions against
/// the catalog, and lint and checklist figures through ``ProjectInsights`` when given.
package struct DriftChecker: Sendable {
    /// The catalog to compare versions with; nil checks files only.
    package var catalog: Catalog?
    /// Lint and checklist figures; nil leaves them out.
    package var insights: (any ProjectInsights)?
    package var yamlLimits: YAMLLimits

    package init(catalog: Catalog?, insights: (any ProjectInsights)? = nil, yamlLimits: YAMLLimits = .default) {
        self.catalog = catalog
        self.insights = insights
        self.yamlLimits = yamlLimits
    }

    /// Drift of the project at `root`, shown as `displayPath`.
    package func check(projectRoot root: String, displayPath: String, addedFiles: Bool = true) throws(LockError) -> ProjectDrift {
        let lock = try ProjectLock.load(projectRoot: root, displayRoot: displayPath, limits: yamlLimits)
        return check(lock, projectRoot: root, displayPath: displayPath, addedFiles: addedFiles)
    }

    /// Drift of a project whose lock is already read.
    /// `addedFiles`: whether to name the files new versions add (the fleet table does not show them).
    package func check(_ lock: ProjectLock, projectRoot root: String, displayPath: String, addedFiles: Bool = true) -> ProjectDrift {
        let templates = lock.templates.map {
            TemplateDrift.check($0, projectRoot: root, catalog: catalog, addedFiles: addedFiles)
        }
        return ProjectDrift(
            path: displayPath, templates: templates,
            lint: insights?.lintSummary(projectRoot: root),
            checklists: insights?.checklistCompletion(projectRoot: root))
    }

    /// Every project under `root`, checked on all cores; `displayRoot` prefixes the project paths shown.
    package func fleet(root: String) -> FleetReport {
        let projects = FleetScanner.projects(under: root)
        let rows = ResultSlots<FleetReport.Row>(count: projects.count)
        DispatchQueue.concurrentPerform(iterations: projects.count) { index in
            let relative = projects[index]
            let path = relative == "." ? root : root + "/" + relative
            do throws(LockError) {
                rows.set(
                    index,
                    .init(project: relative, drift: try check(projectRoot: path, displayPath: relative, addedFiles: false), error: nil))
            } catch {
                rows.set(index, .init(project: relative, drift: nil, error: error.description))
            }
        }
        return FleetReport(rows: rows.values())
    }
}
