/// Why `pmo init` wrote nothing; each says what to do.
package enum ScaffoldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder exists and holds something.
    case notEmpty(String)
    /// The path exists and is not a folder (or is a symbolic link).
    case notAFolder(String)
    /// The parent folder does not exist.
    case parentMissing(String)
    /// `--from-default`: no shipped catalog was found.
    case noDefaultCatalog(searched: [String])
    /// A file of the shipped catalog could not be read.
    case unreadable(String)
    /// Writing failed; nothing was left behind.
    case io(path: String, reason: String)

    package var description: String {
        switch self {
        case .notEmpty(let path):
            return
                "'\(path)' is not empty; pmo init starts a catalog in a new or empty folder only (choose another folder, or move its contents away)"
        case .notAFolder(let path):
            return "'\(path)' exists and is not a folder; give a new folder name"
        case .parentMissing(let path):
            return "the parent folder '\(path)' does not exist; create it first"
        case .noDefaultCatalog(let searched):
            return
                "cannot find the shipped standard (catalog/catalog.yaml) for --from-default; looked in: \(searched.joined(separator: ", ")); install pmo with make install, or start from the examples without --from-default"
        case .unreadable(let path):
            return "cannot read '\(path)' of the shipped standard"
        case .io(let path, let reason):
            return "cannot write '\(path)': \(reason); nothing was written"
        }
    }
}
