import Foundation

/// Finds the catalog to use: `--catalog DIR`, else `$PMO_CATALOG`, else the nearest ancestor
/// folder holding `catalog/catalog.yaml`, else the catalog installed beside the binary.
package struct CatalogLocator: Sendable {
    package var workingDirectory: String
    package var environment: [String: String]
    /// Path of the running executable (for the installed catalog in `../share/pmo`).
    package var executablePath: String?

    /// Creates a locator.
    package init(workingDirectory: String, environment: [String: String], executablePath: String?) {
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.executablePath = executablePath
    }

    /// The catalog root to load, or an error saying where it looked.
    package func locate(explicit: String?) throws(CatalogError) -> String {
        if let explicit { return try checked(explicit) }
        if let fromEnvironment = environment["PMO_CATALOG"], !fromEnvironment.isEmpty { return try checked(fromEnvironment) }
        var searched: [String] = []
        var directory = URL(fileURLWithPath: workingDirectory).standardizedFileURL
        while true {
            searched.append(directory.path)
            if Self.isCatalog(directory.path) { return directory.path }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        if let executablePath {
            let installed = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/pmo").path
            searched.append(installed)
            if Self.isCatalog(installed) { return installed }
        }
        throw .notFound(
            searched: [searched.first ?? workingDirectory, "its parents"] + searched.dropFirst().filter { $0.hasSuffix("share/pmo") })
    }

    /// True when `path` holds `catalog/catalog.yaml`.
    package static func isCatalog(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/catalog/catalog.yaml")
    }

    private func checked(_ path: String) throws(CatalogError) -> String {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
        guard Self.isCatalog(standardized) else { throw .notACatalog(path: path) }
        return standardized
    }
}
