import Foundation

/// Finds the pmo projects under a folder: every folder holding `.pmo/lock.yaml`.
package enum FleetScanner {
    /// Folders never searched: version control, dependencies, and pmo's own folder.
    package static let skipped: Set<String> = [".git", "node_modules", ".pmo"]

    /// Project folders under `root` (root itself included), as paths relative to `root` ("." for root), sorted.
    /// Symbolic links are not followed, so a link loop cannot hang the scan.
    package static func projects(under root: String) -> [String] {
        var found: [String] = []
        var stack: [String] = [""]
        while let relative = stack.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            if isFile(folder + "/.pmo/lock.yaml") {
                found.append(relative.isEmpty ? "." : relative)
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !skipped.contains(name) {
                var info = stat()
                let child = folder + "/" + name
                if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    stack.append(relative.isEmpty ? name : relative + "/" + name)
                }
            }
        }
        return found.sorted()
    }

    private static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
