import PMOCatalog
import PMOYAML

/// `pmo publish --format json`: the whole catalog as one JSON document for other tools — each document
/// as the strict loader read it, plus the facts the site derives (reference, page path, backlinks, review due).
package struct CatalogJSONExporter: Sendable {
    package let catalog: Catalog

    /// Creates an exporter.
    package init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The JSON text: `{"apiVersion":"pmo/v1","kind":"CatalogExport","catalog":{…},"documents":[…]}`.
    package func json() -> String {
        let paths = SitePaths(tags: catalog.documents.flatMap(\.metadata.tags))
        var out = "{\"apiVersion\":\"pmo/v1\",\"kind\":\"CatalogExport\",\"catalog\":"
        if let manifest = catalog.manifest { JSONWriter.write(manifest.root, into: &out) } else { out += "null" }
        out += ",\"documents\":["
        for document in catalog.documents where document.kind != .catalog {
            if !out.hasSuffix("[") { out += "," }
            out += "\n{\"ref\":"
            JSONWriter.writeString(document.key.description, into: &out)
            out += ",\"kind\":"
            JSONWriter.writeString(document.kind.rawValue, into: &out)
            out += ",\"name\":"
            JSONWriter.writeString(document.metadata.name.value, into: &out)
            out += ",\"file\":"
            JSONWriter.writeString(relative(document.path), into: &out)
            out += ",\"page\":"
            JSONWriter.writeString(paths.document(document.key), into: &out)
            out += ",\"reviewDue\":"
            if let due = document.metadata.reviewDue { JSONWriter.writeString(due.description, into: &out) } else { out += "null" }
            out += ",\"referencedBy\":["
            out += catalog.referrers(of: document.key).map { key in
                var text = ""
                JSONWriter.writeString(key.description, into: &text)
                return text
            }.joined(separator: ",")
            out += "],\"document\":"
            JSONWriter.write(document.root, into: &out)
            if let body = document.page?.body, document.page?.bodyFile != nil {
                out += ",\"body\":"
                JSONWriter.writeString(body, into: &out)
            }
            out += "}"
        }
        out += "\n]}\n"
        return out
    }

    private func relative(_ path: String) -> String {
        let root = catalog.root.hasSuffix("/") ? catalog.root : catalog.root + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
