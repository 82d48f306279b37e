import PMOSupport
import PMOYAML

/// The spec of the one `Catalog` document: owners, taxonomy, policies and site settings.
package struct CatalogSpec: Sendable, Hashable {
    /// A team that owns documents.
    package struct Owner: Sendable, Hashable {
        package var id: Located<String>
        package var name: String
        package var contact: String?
    }

    /// An entry of the taxonomy: a category, phase or role.
    package struct Term: Sendable, Hashable {
        package var id: Located<String>
        package var title: String
        package var description: String?
    }

    package var organization: String
    /// Site and UI language (BCP 47), `ja` by default.
    package var language: String
    package var owners: [Owner]
    package var categories: [Term]
    package var phases: [Term]
    package var roles: [Term]
    /// Rule sets (target: catalog) applied by `pmo validate`.
    package var policies: [Reference]
    package var siteTitle: String?
    package var baseURL: String?

    /// The fields `spec` may have.
    package static let fields = ["organization", "language", "owners", "taxonomy", "policies", "site"]
    /// The fields of one owner team.
    package static let ownerFields = ["id", "name", "contact"]
    /// The fields of `taxonomy`.
    package static let taxonomyFields = ["categories", "phases", "roles"]
    /// The fields of one category, phase or role.
    package static let termFields = ["id", "title", "description"]
    /// The fields of `site`.
    package static let siteFields = ["title", "baseURL"]

    static func decode(_ node: Node, sink: DiagnosticSink) -> CatalogSpec {
        let reader = FieldReader(node, sink: sink, context: "spec")
        reader.rejectUnknown(allowed: fields)
        let owners: [Owner] = reader.list("owners", required: true) { item in
            let owner = FieldReader(item, sink: sink, context: "owner")
            guard owner.isMapping else { return nil }
            owner.rejectUnknown(allowed: ownerFields)
            guard let id = slug(owner.string("id", required: true), sink: sink), let name = owner.string("name", required: true) else {
                return nil
            }
            return Owner(id: id, name: name.value, contact: owner.string("contact")?.value)
        }
        var categories: [Term] = []
        var phases: [Term] = []
        var roles: [Term] = []
        if let taxonomyNode = reader.value("taxonomy") {
            let taxonomy = FieldReader(taxonomyNode, sink: sink, context: "taxonomy")
            taxonomy.rejectUnknown(allowed: taxonomyFields)
            categories = taxonomy.list("categories", required: true) { term($0, context: "category", sink: sink) }
            phases = taxonomy.list("phases") { term($0, context: "phase", sink: sink) }
            roles = taxonomy.list("roles") { term($0, context: "role", sink: sink) }
        } else {
            reader.missing("taxonomy")
        }
        var siteTitle: String?
        var baseURL: String?
        if let siteNode = reader.value("site") {
            let site = FieldReader(siteNode, sink: sink, context: "site")
            site.rejectUnknown(allowed: siteFields)
            siteTitle = site.string("title")?.value
            baseURL = site.string("baseURL")?.value
        }
        for (terms, what) in [
            (owners.map(\.id), "owner"), (categories.map(\.id), "category"), (phases.map(\.id), "phase"), (roles.map(\.id), "role"),
        ] {
            var seen: [String: SourceRange] = [:]
            for id in terms {
                if let first = seen[id.value] {
                    sink.error("duplicate \(what) id '\(id.value)' (first at \(first.start))", at: id.range)
                } else {
                    seen[id.value] = id.range
                }
            }
        }
        return CatalogSpec(
            organization: reader.string("organization", required: true)?.value ?? "",
            language: reader.string("language")?.value ?? "ja",
            owners: owners, categories: categories, phases: phases, roles: roles,
            policies: reader.references("policies"), siteTitle: siteTitle, baseURL: baseURL)
    }

    private static func term(_ node: Node, context: String, sink: DiagnosticSink) -> Term? {
        let reader = FieldReader(node, sink: sink, context: context)
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: termFields)
        guard let id = slug(reader.string("id", required: true), sink: sink), let title = reader.string("title", required: true) else {
            return nil
        }
        return Term(id: id, title: title.value, description: reader.string("description")?.value)
    }

    private static func slug(_ id: Located<String>?, sink: DiagnosticSink) -> Located<String>? {
        guard let id else { return nil }
        if !Metadata.isSlug(id.value) {
            sink.error("id '\(id.value)' is not a valid slug", at: id.range, help: "use lower-case ASCII letters, digits and '-'")
        }
        return id
    }
}
