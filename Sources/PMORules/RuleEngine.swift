import Foundation
import PMOCatalog
import PMOExpression
import PMOSupport
import PMOYAML

/// Runs rules: project rules over a ``ProjectContext``, catalog rules over the catalog's documents.
///
/// Other parts of pmo use it for checklist items that verify themselves:
/// ```swift
/// // verify: {assert: "exists('docs/charter.md')"}
/// let ok = RuleEngine.evaluate(expression: "exists('docs/charter.md')", in: context) == .bool(true)
/// // verify: {rule: project-standard/charter-exists}
/// let findings = try RuleEngine().verify(rule: "project-standard/charter-exists", catalog: catalog, in: context)
/// ```
package struct RuleEngine: Sendable {
    /// What each rule may spend.
    package var limits: ProjectLimits

    /// Creates an engine.
    package init(limits: ProjectLimits = .default) {
        self.limits = limits
    }

    // MARK: Project rules

    /// Runs every project rule of `ruleSets` over the project and returns the findings, sorted.
    /// Rules run in parallel; files are read and parsed once per context.
    package func lint(project: ProjectContext, ruleSets: [CompiledRuleSet]) -> [Finding] {
        let rules = ruleSets.filter { $0.target == .project }.flatMap(\.rules)
        let activation = project.activation
        return rules.concurrentMap { evaluate($0, in: project, activation: activation) }
            .flatMap { $0 }.sorted(by: Finding.sortOrder)
    }

    /// The findings of one project rule.
    package func evaluate(rule: CompiledRule, in project: ProjectContext) -> [Finding] {
        evaluate(rule, in: project, activation: project.activation)
    }

    /// Evaluates an expression with the project bindings (`project`, `files`, `now`, the file functions).
    /// A syntax error comes back as an error value, like any other failure.
    package static func evaluate(expression: String, in project: ProjectContext) -> Value {
        do {
            return try PMOExpression.Expression.parse(expression, limits: project.limits.expression)
                .evaluate(in: project.activation, limits: project.limits.expression)
        } catch {
            return .error(
                EvaluationError(
                    message: "syntax error: \(error.message)",
                    position: error.position))
        }
    }

    /// Runs the rule `RULESET/ID` of the catalog on a project (a checklist item's `verify: {rule: …}`);
    /// an empty result means the project passes.
    package func verify(
        rule reference: String, catalog: Catalog, in project: ProjectContext,
        cache: RuleSetCache = RuleSetCache()
    ) throws(RuleLookupError) -> [Finding] {
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let names = parts.count == 3 && parts[0] == "ruleset" ? Array(parts.dropFirst()) : parts
        guard names.count == 2 else { throw .malformed(reference) }
        guard let document = catalog.document(DocumentKey(kind: .ruleSet, name: names[0])),
            let ruleSet = cache.ruleSet(named: names[0], in: catalog, limits: limits.expression)
        else { throw .unknownRuleSet(names[0]) }
        guard let rule = ruleSet.rule(names[1]) else {
            if document.ruleSet?.rules.contains(where: { $0.id.value == names[1] }) == true {
                throw .doesNotCompile(reference, ruleSet.diagnostics)
            }
            throw .unknownRule(reference)
        }
        return evaluate(rule: rule, in: project)
    }

    func evaluate(_ rule: CompiledRule, in project: ProjectContext, activation: Activation) -> [Finding] {
        if let findings = evaluateExpressions(rule, activation: activation, file: nil, range: nil) { return findings }
        guard case .check(let check) = rule.body else { return [] }
        switch check.run(in: project) {
        case .failure(let failure):
            return [
                Finding(
                    ruleSet: rule.ruleSet, ruleID: rule.id, severity: .error,
                    message: "rule could not be evaluated: \(failure.message)", help: rule.spec.help, kind: .evaluationError)
            ]
        case .success(let hits):
            return hits.map { hit in
                finding(
                    rule, file: hit.file, range: hit.range, values: check.parameterValues.merging(hit.values) { $1 },
                    variables: activation.variables)
            }
        }
    }

    /// `when:`, then the `assert:` expression, for project and catalog rules alike: the findings, or nil
    /// when `when:` let the rule through and its body is a built-in check (which the caller runs).
    /// `when:` and `assert:` share one deadline: a rule as a whole gets the expression time limit.
    func evaluateExpressions(_ rule: CompiledRule, activation: Activation, file: String?, range: SourceRange?) -> [Finding]? {
        let clock = ContinuousClock()
        let start = clock.now
        if let when = rule.when {
            switch when.evaluate(in: activation, limits: limits.expression) {
            case .bool(true): break
            case .bool(false): return []
            case let other: return [evaluationFailure(rule, field: "when", result: other, file: file, range: range)]
            }
        }
        guard case .assertion(let expression) = rule.body else { return nil }
        switch expression.evaluate(in: activation, limits: limits.expression.remaining(after: clock.now - start)) {
        case .bool(true): return []
        case .bool(false): return [finding(rule, file: file, range: range, values: [:], variables: activation.variables)]
        case let other: return [evaluationFailure(rule, field: "assert", result: other, file: file, range: range)]
        }
    }

    func finding(_ rule: CompiledRule, file: String?, range: SourceRange?, values: [String: String], variables: [String: Value]) -> Finding
    {
        var values = values
        values["rule"] = rule.qualifiedID
        values["title"] = rule.spec.title
        let message = MessageTemplate.render(rule.spec.message ?? rule.spec.title, values: values, variables: variables)
        return Finding(
            ruleSet: rule.ruleSet, ruleID: rule.id, severity: rule.severity, message: message,
            help: rule.spec.help, file: file, range: range)
    }

    /// "rule could not be evaluated" (an error value or a non-bool), "rule exceeded its budget" or
    /// "rule exceeded its time limit" — always an error finding, whatever the rule's severity.
    func evaluationFailure(_ rule: CompiledRule, field: String, result: Value, file: String? = nil, range: SourceRange? = nil) -> Finding {
        let message: String
        if let error = result.error {
            switch error.limit {
            case .costBudget?:
                message = "rule exceeded its budget: '\(field)' spent more than \(limits.expression.costBudget) cost units"
            case .timeLimit?:
                message = "rule exceeded its time limit: '\(field)' ran for more than \(limits.expression.timeLimitText)"
            case nil:
                message = "rule could not be evaluated: '\(field)' failed: \(error)"
            }
        } else {
            message = "rule could not be evaluated: '\(field)' returned \(result.type), not bool"
        }
        return Finding(
            ruleSet: rule.ruleSet, ruleID: rule.id, severity: .error, message: message,
            help: "fix the rule in its rule set, or the data it reads", file: file, range: range, kind: .evaluationError)
    }
}

/// Why `verify(rule:)` could not find the rule.
package enum RuleLookupError: Error, Sendable, CustomStringConvertible {
    case malformed(String)
    case unknownRuleSet(String)
    case unknownRule(String)
    case doesNotCompile(String, [Diagnostic])

    package var description: String {
        switch self {
        case .malformed(let text): return "'\(text)' is not a rule reference; write RULESET/ID, e.g. project-standard/charter-exists"
        case .unknownRuleSet(let name): return "no rule set named '\(name)' in the catalog"
        case .unknownRule(let reference): return "no rule '\(reference)' in the catalog"
        case .doesNotCompile(let reference, let diagnostics):
            return "rule '\(reference)' does not compile: " + diagnostics.map(\.summary).joined(separator: "; ")
        }
    }
}
