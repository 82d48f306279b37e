import PMOCatalog
import PMOExpression
import PMOSupport

/// Finds the rule sets that apply to a project: the `rules:` of the templates in the lock (the base
/// template and its add-ons; the rule sets recorded in the lock when a template left the catalog),
/// plus rule sets named on the command line.
package struct RuleSetResolver: Sendable {
    /// The catalog the rule sets come from.
    package let catalog: Catalog

    /// Creates a resolver.
    package init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The rule set names for `project`: from the lock's `template` (and `addons`, `rules` when recorded),
    /// then `extra` (`ruleset/NAME` or `NAME`), without duplicates, in that order.
    package func ruleSetNames(for project: ProjectContext, extra: [String]) throws(RuleSetResolutionError) -> [String] {
        var names: [String] = []
        func add(_ name: String) { if !names.contains(name) { names.append(name) } }
        if case .map(let lock) = project.project {
            // `template` names the base template; `templates` (written by pmo new) lists it and its
            // add-ons with the rule sets recorded at generation; `addons` and `rules` are accepted too.
            var templates: [(name: String, recorded: [String])] = project.templateName.map { [($0, [])] } ?? []
            if case .list(let entries)? = lock["templates"] {
                for case .map(let entry) in entries {
                    guard case .string(let name)? = entry["name"] else { continue }
                    var recorded: [String] = []
                    if case .list(let rules)? = entry["rules"] {
                        for case .string(let rule) in rules { recorded.append(Self.strip(rule, "ruleset/")) }
                    }
                    templates.append((Self.strip(name, "template/"), recorded))
                }
            }
            if case .list(let addons)? = lock["addons"] {
                for case .string(let name) in addons { templates.append((Self.strip(name, "template/"), [])) }
            }
            for template in templates {
                if let spec = catalog.document(DocumentKey(kind: .template, name: template.name))?.template {
                    spec.rules.filter { $0.kind == .ruleSet }.forEach { add($0.name) }
                } else if !template.recorded.isEmpty {
                    template.recorded.forEach(add)
                } else if !templates.contains(where: { $0.name == template.name && !$0.recorded.isEmpty }) {
                    throw .unknownTemplate(template.name)
                }
            }
            if case .list(let rules)? = lock["rules"] {
                for case .string(let name) in rules { add(Self.strip(name, "ruleset/")) }
            }
        }
        for name in extra { add(Self.strip(name, "ruleset/")) }
        return names
    }

    /// Compiles the named rule sets; a name that is not a RuleSet with `target: project` is an error.
    package func compile(_ names: [String], limits: ExpressionLimits = .default) throws(RuleSetResolutionError) -> [CompiledRuleSet] {
        try names.map { name throws(RuleSetResolutionError) -> CompiledRuleSet in
            guard let document = catalog.document(DocumentKey(kind: .ruleSet, name: name)),
                let compiled = CompiledRuleSet(document, limits: limits)
            else {
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
package enum RuleSetResolutionError: Error, Sendable, CustomStringConvertible {
    case unknownTemplate(String)
    case unknownRuleSet(String, [String])
    case notAProjectRuleSet(String)

    package var description: String {
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
