/// Why a folder cannot be used as a catalog at all (a configuration error: exit code 2).
package enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No catalog was found by the lookup order.
    case notFound(searched: [String])
    /// The folder exists but holds no `catalog/catalog.yaml`.
    case notACatalog(path: String)

    package var description: String {
        switch self {
        case .notFound(let searched):
            return "no catalog found (looked in: \(searched.joined(separator: ", "))); pass --catalog DIR or set PMO_CATALOG"
        case .notACatalog(let path):
            return "'\(path)' is not a catalog: it has no catalog/catalog.yaml"
        }
    }
}
