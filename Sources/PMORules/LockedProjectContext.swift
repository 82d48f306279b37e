import Foundation
import PMOExpression
import PMOProject
import PMOSupport
import PMOYAML

extension ProjectContext {
    /// The project at `root` with its lock read by ``LockLoader`` — the one reader and the one set
    /// of checks that `pmo lint`, `pmo checklist`, `pmo drift` and `pmo update` share — so that a
    /// lock one command refuses is refused by all. Without a lock the project has no `project` values.
    ///
    /// Throws the lock's diagnostics (shown as `displayPath`) when it is there but broken.
    package static func withCheckedLock(
        root: String, displayPath: String? = nil, now: Date = Date(),
        limits: ProjectLimits = .default
    ) throws(DiagnosticList) -> ProjectContext {
        let fileSystem = DiskFileSystem(root: root)
        var status = stat()
        guard lstat(root + "/" + Lock.path, &status) == 0 else {
            return ProjectContext(fileSystem: fileSystem, project: .map(ValueMap()), hasLock: false, now: now, limits: limits)
        }
        let lock = try LockLoader(limits: YAMLLimits(maxInputBytes: limits.maxReadBytes)).load(projectRoot: root, displayPath: displayPath)
        return ProjectContext(fileSystem: fileSystem, project: YAMLValue.value(of: lock.node()), now: now, limits: limits)
    }
}
