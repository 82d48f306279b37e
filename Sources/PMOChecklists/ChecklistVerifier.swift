import Foundation
import PMOCatalog
import PMOExpression
import PMORules
import PMOSupport
import PMOYAML

/// The result of evaluating a `verify:` item.
package enum VerifyOutcome: Sendable, Hashable {
    case passed
    case failed(String)
    /// The check could not run (unknown rule, expression error); shown, never counted as done.
    case notEvaluated(String)
}

/// Evaluates checklist items that check themselves (`verify: {assert: …}` or `verify: {rule: SET/ID}`) against a project folder.
package struct ChecklistVerifier: Sendable {
    /// The project folder.
    package let projectRoot: String
    /// The catalog holding the rule sets that `verify.rule` names.
    package let catalog: Catalog?

    /// The project as the rules engine sees it, read once for all items.
    private let project: ProjectContext
    private let ruleSets: RuleSetCache

    /// Creates a verifier for the project at `projectRoot`; pass one `ruleSets` cache to share
    /// compiled rule sets between projects (a fleet).
    package init(projectRoot: String, catalog: Catalog?, ruleSets: RuleSetCache = RuleSetCache()) {
        self.projectRoot = projectRoot
        self.catalog = catalog
        // A broken lock is reported by the command that reads it; the items then see no `project` values.
        self.project =
            (try? ProjectContext.withCheckedLock(root: projectRoot))
            ?? ProjectContext(fileSystem: DiskFileSystem(root: projectRoot), project: .map(ValueMap()), hasLock: false)
        self.ruleSets = ruleSets
    }

    /// Evaluates one item's `verify:` with the rules engine: the same bindings and rules as `pmo lint`.
    package func evaluate(_ verify: ChecklistSpec.Verify) -> VerifyOutcome {
        switch verify {
        case .assert(let expression):
            switch RuleEngine.evaluate(expression: expression.value, in: project) {
            case .bool(true): return .passed
            case .bool(false): return .failed(expression.value)
            case .error(let error): return .notEvaluated(error.message)
            case let other: return .notEvaluated("\(DisplayText.quoted(expression.value)) gave \(other), not true or false")
            }
        case .rule(let ruleSet, let ruleID, _):
            guard let catalog else { return .notEvaluated("no catalog to look up \(ruleSet)/\(ruleID)") }
            do {
                let findings = try RuleEngine().verify(rule: "\(ruleSet)/\(ruleID)", catalog: catalog, in: project, cache: ruleSets)
                if findings.isEmpty { return .passed }
                let message = findings.map(\.message).joined(separator: "; ")
                return findings.contains { $0.kind == .evaluationError } ? .notEvaluated(message) : .failed(message)
            } catch {
                return .notEvaluated(error.description)
            }
        }
    }
}
