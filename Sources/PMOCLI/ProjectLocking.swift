import ArgumentParser
import Foundation
import PMOTemplates

/// Takes a project's write lock for a command that changes the project, the same way for each of them.
enum ProjectLocking {
    /// How long a second run waits for the first: `PMO_LOCK_WAIT` seconds (a non-negative number), else 5.
    static func wait(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Double {
        if let value = environment["PMO_LOCK_WAIT"].flatMap(Double.init), value >= 0, value.isFinite { return value }
        return 5
    }

    /// The lock of the project at `root`, or exit 1 after saying who holds it. Nil when the project has no `.pmo/` yet.
    static func lock(_ root: String, command: String, console: Console) throws -> ProjectWriteLock? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/.pmo", isDirectory: &isFolder), isFolder.boolValue else { return nil }
        let shown = Paths.display(root) == "" ? "." : Paths.display(root)
        do {
            return try ProjectWriteLock.acquire(projectRoot: root, displayRoot: shown, command: command, wait: wait())
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}
