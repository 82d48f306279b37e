import PMOYAML

/// A loaded catalog: every document that decoded, indexed by kind and name.
package struct Catalog: Sendable {
    /// Absolute path of the catalog root (the folder holding `catalog/` and `standards/`).
    package var root: String
    /// All documents, sorted by kind and name.
    package var documents: [Document]
    private var index: [DocumentKey: Int]

    /// Creates a catalog from decoded documents (the first of two with the same key wins).
    package init(root: String, documents: [Document]) {
        self.root = root
        self.documents = documents.sorted { $0.key < $1.key }
        var index: [DocumentKey: Int] = [:]
        for (i, document) in self.documents.enumerated() where index[document.key] == nil {
            index[document.key] = i
        }
        self.index = index
    }

    /// The document with this kind and name.
    package func document(_ key: DocumentKey) -> Document? {
        index[key].map { documents[$0] }
    }

    /// The Catalog document (`catalog/catalog.yaml`).
    package var manifest: Document? {
        documents.first { $0.kind == .catalog }
    }

    /// The manifest's spec: owners, taxonomy, policies, site.
    package var spec: CatalogSpec? { manifest?.catalogSpec }

    /// The documents of one kind.
    package func documents(of kind: DocumentKind) -> [Document] {
        documents.filter { $0.kind == kind }
    }

    /// The documents that refer to `key` (backlinks), sorted.
    package func referrers(of key: DocumentKey) -> [DocumentKey] {
        documents.filter { document in document.references.contains { $0.key == key } }.map(\.key)
    }

    /// The rule `ruleID` of the rule set `ruleSet`, if both exist.
    package func rule(ruleSet: String, ruleID: String) -> RuleSetSpec.Rule? {
        document(DocumentKey(kind: .ruleSet, name: ruleSet))?.ruleSet?.rules.first { $0.id.value == ruleID }
    }
}
