import Foundation
import PMOCatalog
import PMOExpression

/// Compiled rule sets by name, shared by every evaluation that needs them: the checklist items of
/// one project, or all the projects of a fleet. Compiling a rule set parses all its expressions.
package final class RuleSetCache: @unchecked Sendable {
    private var sets: [String: CompiledRuleSet?] = [:]
    private let lock = NSLock()

    /// Creates an empty cache.
    package init() {}

    /// The compiled rule set `name` of `catalog`, compiled on first use; nil when there is no such rule set.
    package func ruleSet(named name: String, in catalog: Catalog, limits: ExpressionLimits) -> CompiledRuleSet? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = sets[name] { return cached }
        let compiled = catalog.document(DocumentKey(kind: .ruleSet, name: name)).flatMap { CompiledRuleSet($0, limits: limits) }
        sets[name] = .some(compiled)
        return compiled
    }
}
