import PMOCatalog
import PMOExpression

/// Finds the rule sets that apply to a project: the lock's template's `rules:` (and any add-on
/// templates or rule sets the lock records), plus rule sets named on the command line.
public struct RuleSetResolver: Sendable {
    /// The catalog the rule sets come from.
    public let catalog: Catalog

    /// Creates a resolver.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The rule set names for `project`: from the lock's `template` (and `addons`, `rules` when recorded),
    /// then `extra` (`ruleset/NAME` or `NAME`), without duplicates, in that order.
    public func ruleSetNames(for project: ProjectContext, extra: [String]) throws(RuleSetResolutionError) -> [String] {
        var names: [String] = []
        func add(_ name: String) { if !names.contains(name) { names.append(name) } }
        if case .map(let lock) = project.project {
            var templates: [String] = project.templateName.map { [$0] } ?? []
            if case .list(let addons)? = lock["addons"] {
                templates += addons.compactMap { if case .string(let name) = $0 { return Self.strip(name, "template/") }; return nil }
            }
            for template in templates {
                guard let document = catalog.document(DocumentKey(kind: .template, name: template)), let spec = document.template else {
                    throw .unknownTemplate(template)
                }
                spec.rules.filter { $0.kind == .ruleSet }.forEach { add($0.name) }
            }
            if case .list(let rules)? = lock["rules"] {
                for case .string(let name) in rules { add(Self.strip(name, "ruleset/")) }
            }
        }
        for name in extra { add(Self.strip(name, "ruleset/")) }
        return names
    }

    /// Compiles the named rule sets; a name that is not a RuleSet with `target: project` is an error.
    public func compile(_ names: [String], limits: ExpressionLimits = .default) throws(RuleSetResolutionError) -> [CompiledRuleSet] {
        try names.map { name throws(RuleSetResolutionError) -> CompiledRuleSet in
            guard let document = catalog.document(DocumentKey(kind: .ruleSet, name: name)),
                  let compiled = CompiledRuleSet(document, limits: limits) else {
                throw .unknownRuleSet(name, catalog.documents(of: .ruleSet).map(\.metadata.name.value))
            }
            guard compiled.target == .project else { throw .notAProjectRuleSet(name) }
            return compiled
        }
    }

    private static func strip(_ name: String, _ prefix: String) -> String {
        name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }
}

/// Why the rule sets of a project could not be found.
public enum RuleSetResolutionError: Error, Sendable, CustomStringConvertible {
    case unknownTemplate(String)
    case unknownRuleSet(String, [String])
    case notAProjectRuleSet(String)

    public var description: String {
        switch self {
        case .unknownTemplate(let name):
            return "the lock names template '\(name)', which is not in the catalog"
        case .unknownRuleSet(let name, let known):
            return "no rule set named '\(name)' in the catalog; \(Suggestion.help(for: name, in: known))"
        case .notAProjectRuleSet(let name):
            return "ruleset/\(name) has target: catalog; pmo lint applies project rule sets (pmo validate applies catalog policies)"
        }
    }
}
