/// Why a site could not be published; each case says what to do about it.
package enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The catalog has errors; nothing was built.
    case invalidCatalog(errorCount: Int)
    /// The output folder exists, is not empty and holds no `.pmo-site` marker.
    case notAPMOSite(path: String)
    /// The output folder is a pmo site that also holds files pmo did not write (sorted, site paths).
    case holdsForeignFiles(path: String, files: [String])
    /// The output path exists and is not a folder.
    case notAFolder(path: String)
    /// The output folder is the catalog or contains it; replacing it would delete the standards.
    case containsCatalog(path: String)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    package var description: String {
        switch self {
        case .invalidCatalog(let count):
            return "the catalog has \(count) error(s); nothing was published (run `pmo validate` for details)"
        case .notAPMOSite(let path):
            return
                "'\(path)' exists and is not a site published by pmo (no \(SitePaths.marker) file); pmo publish replaces only an empty folder or a site it published, even with --force: choose another --out"
        case .holdsForeignFiles(let path, let files):
            let shown = files.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (files.count > 3 ? " and \(files.count - 3) more" : "")
            return
                "'\(path)' is a site published by pmo but also holds \(files.count) file(s) pmo did not write (\(shown)); pmo publish never deletes them, even with --force: move them out or choose another --out"
        case .notAFolder(let path):
            return "'\(path)' exists and is not a folder; choose another --out"
        case .containsCatalog(let path):
            return "'\(path)' holds the catalog itself; publishing there would replace the standards — choose another --out"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason); check that the folder exists and is writable, or choose another --out"
        }
    }
}
