import Foundation
import PMOCatalog
import PMOExpression
import PMOYAML

/// The result of evaluating a `verify:` item.
public enum VerifyOutcome: Sendable, Hashable {
    case passed
    case failed(String)
    /// The check could not run (unknown rule, expression error); shown, never counted as done.
    case notEvaluated(String)
}

/// Evaluates checklist items that check themselves (`verify: {assert: …}` or `verify: {rule: SET/ID}`) against a project folder.
public struct ChecklistVerifier: Sendable {
    /// The project folder.
    public let projectRoot: String
    /// The catalog holding the rule sets that `verify.rule` names.
    public let catalog: Catalog?

    /// Creates a verifier for the project at `projectRoot`.
    public init(projectRoot: String, catalog: Catalog?) {
        self.projectRoot = projectRoot
        self.catalog = catalog
    }

    /// Evaluates one item's `verify:`.
    public func evaluate(_ verify: ChecklistSpec.Verify) -> VerifyOutcome {
        switch verify {
        case .assert(let expression):
            return evaluate(expression: expression.value)
        case .rule(let ruleSet, let ruleID, _):
            guard let catalog else { return .notEvaluated("no catalog to look up \(ruleSet)/\(ruleID)") }
            guard let rule = catalog.rule(ruleSet: ruleSet, ruleID: ruleID) else { return .notEvaluated("rule \(ruleSet)/\(ruleID) does not exist") }
            guard let assertion = rule.assert else { return .notEvaluated("rule \(ruleSet)/\(ruleID) uses a built-in check; run pmo lint") }
            switch evaluate(expression: assertion.value) {
            case .failed: return .failed(rule.message ?? rule.title)
            case let other: return other
            }
        }
    }

    /// The one place that evaluates an expression over the project; it moves to the rules engine's
    /// project bindings (`project`, `files`, file functions) as PMORules exposes them.
    private func evaluate(expression text: String) -> VerifyOutcome {
        let expression: PMOExpression.Expression
        do { expression = try PMOExpression.Expression.parse(text) } catch { return .notEvaluated("cannot parse '\(text)': \(error.message)") }
        switch expression.evaluate(in: activation()) {
        case .bool(true): return .passed
        case .bool(false): return .failed(text)
        case .error(let error): return .notEvaluated(error.message)
        case let other: return .notEvaluated("'\(text)' gave \(other), not true or false")
        }
    }

    private func activation() -> Activation {
        let root = projectRoot
        let exists: HostFunction = { arguments in
            guard arguments.count == 1, case .string(let path) = arguments[0] else {
                return .error(EvaluationError(message: "exists(path) takes one string"))
            }
            guard RenderedPath.problem(path) == nil || path == ".pmo/lock.yaml" else {
                return .error(EvaluationError(message: "path '\(path)' leaves the project"))
            }
            if ProjectWriter.symlinkComponent(path, under: root) != nil { return .bool(false) }
            return .bool(access(root + "/" + path, F_OK) == 0)
        }
        return Activation([:], functions: ["exists": exists])
    }
}
