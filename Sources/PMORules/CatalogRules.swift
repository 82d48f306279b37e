import Foundation
import PMOCatalog
import PMOExpression
import PMOSupport
import PMOYAML

extension RuleEngine {
    /// Applies the catalog's `spec.policies` (rule sets with `target: catalog`) to every document.
    ///
    /// Catalog rules see `doc` (the document as a map, as written) and `catalog`
    /// (`catalog.documents`: one summary map per document). Findings point at the document.
    package func checkCatalog(_ catalog: Catalog) -> [Finding] {
        let ruleSets = (catalog.spec?.policies ?? []).compactMap { reference -> CompiledRuleSet? in
            guard reference.kind == .ruleSet, let document = catalog.document(reference.key) else { return nil }
            return CompiledRuleSet(document, limits: limits.expression)
        }.filter { $0.target == .catalog }
        let rules = ruleSets.flatMap(\.rules)
        // Without catalog rules there is nothing to see: no document is turned into values.
        guard !rules.isEmpty else { return [] }
        let catalogValue = Self.catalogValue(catalog)
        let findings = catalog.documents.concurrentMap { document -> [Finding] in
            let activation = Activation(["doc": YAMLValue.value(of: document.root), "catalog": catalogValue])
            return rules.flatMap { rule in
                evaluate(rule, document: activation, file: document.file, range: SourceRange(at: document.root.range.start))
            }
        }
        return findings.flatMap { $0 }.sorted(by: Finding.sortOrder)
    }

    /// Everything `pmo validate` adds to the catalog's own diagnostics: rule compile errors, rule
    /// examples that do not behave as written, campaign targets that do not parse, and the findings
    /// of the catalog policies.
    package func validationDiagnostics(for catalog: Catalog) -> [Diagnostic] {
        var diagnostics = catalog.documents(of: .ruleSet).concurrentMap { document -> [Diagnostic] in
            guard let ruleSet = CompiledRuleSet(document, limits: limits.expression) else { return [] }
            return ruleSet.diagnostics + runExamples(ruleSet: ruleSet)
        }.flatMap { $0 }
        diagnostics += catalog.documents(of: .campaign).flatMap { CampaignTarget($0, limits: limits.expression)?.diagnostics ?? [] }
        diagnostics += checkCatalog(catalog).map { $0.diagnostic() }
        return diagnostics
    }

    /// A catalog rule's findings for one document (as bound in `activation`).
    func evaluate(_ rule: CompiledRule, document activation: Activation, file: String?, range: SourceRange?) -> [Finding] {
        // Catalog rules are expressions only: a built-in check is refused when the rule set is compiled.
        evaluateExpressions(rule, activation: activation, file: file, range: range) ?? []
    }

    /// `catalog` as catalog rules see it: `{documents: [{kind, name, ref, title, owner, category, tags, version, status, file}]}`.
    static func catalogValue(_ catalog: Catalog) -> Value {
        let documents: [Value] = catalog.documents.map { document in
            let metadata = document.metadata
            var map = ValueMap()
            map.insert("kind", .string(document.kind.rawValue))
            map.insert("name", .string(metadata.name.value))
            map.insert("ref", .string(document.key.description))
            map.insert("title", .string(metadata.title))
            map.insert("owner", metadata.owner.map { .string($0.value) } ?? .null)
            map.insert("category", metadata.category.map { .string($0.value) } ?? .null)
            map.insert("tags", .list(metadata.tags.map(Value.string)))
            map.insert("version", .string(metadata.version.description))
            map.insert("status", .string(metadata.status.rawValue))
            map.insert("file", .string(document.file))
            return .map(map)
        }
        return ["documents": .list(documents)]
    }
}
