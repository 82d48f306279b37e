import PMOSupport
import PMOYAML

/// The checks that need more than one document: unique names, references, owners, categories,
/// taxonomy terms, and the roles of referenced rule sets.
struct CatalogChecker {
    let catalog: Catalog
    /// Every decoded document, duplicates included.
    let documents: [Document]
    /// Documents that exist but could not be decoded (their files carry the errors): references
    /// to them are not reported again as unresolved.
    let undecoded: Set<DocumentKey>
    /// How `catalog/catalog.yaml` is shown, for catalog-wide problems.
    let rootFile: String

    func check() -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ document: Document, _ message: String, _ range: SourceRange?, help: String? = nil) {
            out.append(Diagnostic(.error, message, file: document.file, range: range, help: help))
        }

        let manifests = documents.filter { $0.kind == .catalog }
        if manifests.isEmpty && !undecoded.contains(where: { $0.kind == .catalog }) {
            out.append(
                Diagnostic(
                    .error, "no Catalog document: catalog/catalog.yaml must be a document of kind Catalog", file: rootFile, range: nil))
        }
        for extra in manifests.dropFirst() {
            error(extra, "a catalog has exactly one Catalog document; the first is \(manifests[0].file)", extra.metadata.name.range)
        }

        // Indices, not documents: a dictionary of whole documents would copy every one of them.
        var firstByKey: [DocumentKey: Int] = [:]
        firstByKey.reserveCapacity(documents.count)
        for (number, document) in documents.enumerated() {
            if let firstNumber = firstByKey[document.key] {
                let first = documents[firstNumber]
                error(
                    document,
                    "duplicate name '\(document.metadata.name.value)' for kind \(document.kind.rawValue) (first in \(first.file):\(first.metadata.name.range.start))",
                    document.metadata.name.range, help: "names are unique per kind; rename one of them")
            } else {
                firstByKey[document.key] = number
            }
        }

        let spec = catalog.spec
        let owners = spec?.owners.map(\.id.value) ?? []
        let categories = spec?.categories.map(\.id.value) ?? []
        let phases = spec?.phases.map(\.id.value) ?? []
        let roles = spec?.roles.map(\.id.value) ?? []

        for document in documents {
            if spec != nil, let owner = document.metadata.owner, !owners.contains(owner.value) {
                error(
                    document, "owner '\(owner.value)' is not declared in catalog/catalog.yaml", owner.range,
                    help: Suggestion.help(for: owner.value, in: owners))
            }
            if spec != nil, let category = document.metadata.category, !categories.contains(category.value) {
                error(
                    document, "category '\(category.value)' is not declared in the catalog's taxonomy", category.range,
                    help: Suggestion.help(for: category.value, in: categories))
            }
            for reference in document.references where !undecoded.contains(reference.key) {
                guard let target = catalog.document(reference.key) else {
                    let names = catalog.documents(of: reference.kind).map(\.metadata.name.value)
                    error(
                        document,
                        "reference '\(reference)' does not resolve: there is no \(reference.kind.rawValue) named '\(reference.name)'",
                        reference.range,
                        help: Suggestion.closest(to: reference.name, in: names).map {
                            "did you mean `\(reference.kind.referenceName)/\($0)`?"
                        })
                    continue
                }
                if reference == document.metadata.replacedBy {
                    if target.key == document.key {
                        error(document, "a document cannot replace itself", reference.range)
                    } else if target.metadata.status == .deprecated {
                        out.append(
                            Diagnostic(
                                .warning, "replacement '\(reference)' is itself deprecated", file: document.file, range: reference.range,
                                help: target.metadata.replacedBy.map { "point at its replacement, \($0)" }))
                    }
                }
            }
            switch document.spec {
            case .catalog(let s):
                for policy in s.policies {
                    if let ruleSet = catalog.document(policy.key)?.ruleSet, ruleSet.target != .catalog {
                        error(
                            document, "policy '\(policy)' has target: \(ruleSet.target.rawValue); catalog policies need target: catalog",
                            policy.range)
                    }
                }
            case .template(let s):
                for rules in s.rules {
                    if let ruleSet = catalog.document(rules.key)?.ruleSet, ruleSet.target != .project {
                        error(
                            document, "rule set '\(rules)' has target: \(ruleSet.target.rawValue); a template's rules need target: project",
                            rules.range)
                    }
                }
            case .checklist(let s):
                for item in s.items {
                    if spec != nil, let phase = item.phase, !phases.contains(phase.value) {
                        error(
                            document, "phase '\(phase.value)' is not declared in the catalog's taxonomy", phase.range,
                            help: Suggestion.help(for: phase.value, in: phases))
                    }
                    if spec != nil, let role = item.role, !roles.contains(role.value) {
                        error(
                            document, "role '\(role.value)' is not declared in the catalog's taxonomy", role.range,
                            help: Suggestion.help(for: role.value, in: roles))
                    }
                    if case .rule(let ruleSet, let ruleID, let range) = item.verify,
                        !undecoded.contains(DocumentKey(kind: .ruleSet, name: ruleSet))
                    {
                        if catalog.document(DocumentKey(kind: .ruleSet, name: ruleSet)) == nil {
                            error(document, "verify.rule names rule set '\(ruleSet)', which does not exist", range)
                        } else if catalog.rule(ruleSet: ruleSet, ruleID: ruleID) == nil {
                            let ids = catalog.document(DocumentKey(kind: .ruleSet, name: ruleSet))?.ruleSet?.rules.map(\.id.value) ?? []
                            error(
                                document, "rule set '\(ruleSet)' has no rule '\(ruleID)'", range,
                                help: Suggestion.help(for: ruleID, in: ids))
                        }
                    }
                }
            case .campaign(let s):
                for owner in s.appliesTo.owners where spec != nil && !owners.contains(owner.value) {
                    error(
                        document, "owner '\(owner.value)' is not declared in catalog/catalog.yaml", owner.range,
                        help: Suggestion.help(for: owner.value, in: owners))
                }
            case .ruleSet, .page:
                break
            }
        }
        return out
    }
}
