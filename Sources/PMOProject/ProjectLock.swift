import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// A project's `.pmo/lock.yaml`, read through ``LockLoader`` (the one reader) and typed as drift and update need it.
package struct ProjectLock: Sendable {
    /// The lock as written by `pmo new`.
    package var lock: Lock
    /// Its templates, with versions parsed.
    package var templates: [LockedTemplate]

    /// Reads the lock of the project at `root`; errors carry the lock's positions (shown as `displayPath`).
    package static func load(projectRoot root: String, displayRoot: String, limits: YAMLLimits = .default) throws(LockError) -> ProjectLock
    {
        let shown = (displayRoot == "." || displayRoot.isEmpty ? "" : displayRoot + "/") + Lock.path
        var info = stat()
        guard stat(root + "/" + Lock.path, &info) == 0 else { throw .noLock(project: displayRoot) }
        let lock: Lock
        do {
            lock = try LockLoader(limits: limits).load(projectRoot: root, displayPath: shown)
        } catch {
            throw .badLock(error.diagnostics)
        }
        // LockLoader checked every version: a lock that one command refuses, every command refuses.
        let templates = lock.templates.compactMap { entry in
            Semver(entry.version).map { version in
                LockedTemplate(
                    name: entry.name, version: version, commit: lock.catalog.commit, parameters: entry.parameters,
                    files: entry.files,
                    checklists: entry.checklists)
            }
        }
        return ProjectLock(lock: lock, templates: templates)
    }

    /// The lock with `updated` replacing the entry of the same name and the catalog commit moved on.
    package func replacing(_ updated: [LockedTemplate], catalog: Lock.CatalogInfo?) -> Lock {
        var lock = self.lock
        if let catalog { lock.catalog = catalog }
        for template in updated {
            guard let index = lock.templates.firstIndex(where: { $0.name == template.name }) else { continue }
            lock.templates[index].version = template.version.description
            lock.templates[index].parameters = template.parameters
            lock.templates[index].files = template.files
            lock.templates[index].checklists = template.checklists
        }
        return lock
    }
}
