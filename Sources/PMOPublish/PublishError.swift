/// Why a site could not be published; each case says what to do about it.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The catalog has errors; nothing was built.
    case invalidCatalog(errorCount: Int)
    /// The output folder exists, is not empty and holds no `.pmo-site` marker.
    case notAPMOSite(path: String)
    /// The output path exists and is not a folder.
    case notAFolder(path: String)
    /// The output folder is the catalog or contains it; replacing it would delete the standards.
    case containsCatalog(path: String)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidCatalog(let count):
            return "the catalog has \(count) error(s); nothing was published (run `pmo validate` for details)"
        case .notAPMOSite(let path):
            return "'\(path)' exists and is not a site published by pmo (no \(SitePaths.marker) file); choose another --out or pass --force to replace it"
        case .notAFolder(let path):
            return "'\(path)' exists and is not a folder; choose another --out"
        case .containsCatalog(let path):
            return "'\(path)' holds the catalog itself; publishing there would replace the standards — choose another --out"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason); check that the folder exists and is writable, or choose another --out"
        }
    }
}
