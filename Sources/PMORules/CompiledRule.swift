import PMOCatalog
import PMOExpression
import PMOSupport
import PMOYAML

/// A rule ready to run: its expressions parsed and its built-in check decoded, once.
package struct CompiledRule: Sendable {
    /// What the rule tests.
    package enum Body: Sendable {
        /// An `assert:` expression that must be true.
        case assertion(Expression)
        /// A built-in `check:`.
        case check(BuiltinCheck)
    }

    /// The name of the rule set the rule belongs to.
    package let ruleSet: String
    /// The rule as written in the catalog.
    package let spec: RuleSetSpec.Rule
    /// The parsed `when:` condition, if any.
    package let when: Expression?
    /// The assertion or check.
    package let body: Body

    /// The rule's id within its set.
    package var id: String { spec.id.value }
    /// `ruleset/rule`.
    package var qualifiedID: String { ruleSet + "/" + id }
    /// The rule's severity.
    package var severity: RuleSetSpec.Severity { spec.severity }
}

/// A rule set ready to run: its compiled rules, and the problems found while compiling them.
package struct CompiledRuleSet: Sendable {
    /// The rule set's name (`project-standard`).
    package let name: String
    /// `project` or `catalog`.
    package let target: RuleSetSpec.Target
    /// The rules that compiled; a rule with an error is left out (and reported in `diagnostics`).
    package let rules: [CompiledRule]
    /// Expression syntax errors and malformed checks, at their YAML positions.
    package let diagnostics: [Diagnostic]
    /// The rule set document.
    package let document: Document

    /// The rule with this id.
    package func rule(_ id: String) -> CompiledRule? { rules.first { $0.id == id } }

    /// Compiles every rule of a RuleSet document; nil when the document is not a RuleSet.
    package init?(_ document: Document, limits: ExpressionLimits = .default) {
        guard let spec = document.ruleSet else { return nil }
        self.document = document
        name = document.metadata.name.value
        target = spec.target
        var diagnostics: [Diagnostic] = []
        var rules: [CompiledRule] = []
        let source = (try? YAMLLoader().readSource(atPath: document.path, displayPath: document.file))
        let locator = ExpressionLocator(source: source, root: document.root)
        func parse(_ text: Located<String>?, field: String, rule: String) -> (Expression?, ok: Bool) {
            guard let text else { return (nil, true) }
            do {
                return (try Expression.parse(text.value, limits: limits), true)
            } catch {
                let location = locator.location(of: error.position, expression: text.value, scalarRange: text.range)
                diagnostics.append(
                    Diagnostic(
                        .error, "syntax error in '\(field)' of rule '\(rule)': \(error.message)", file: document.file,
                        range: SourceRange(at: location),
                        help: "the expression is CEL; see docs/rules.md (column \(error.column) of the expression)"))
                return (nil, false)
            }
        }
        for rule in spec.rules {
            let (when, whenOK) = parse(rule.when, field: "when", rule: rule.id.value)
            let (assertion, assertOK) = parse(rule.assert, field: "assert", rule: rule.id.value)
            var body: CompiledRule.Body?
            if let assertion { body = .assertion(assertion) }
            if let node = rule.check {
                if spec.target == .catalog {
                    diagnostics.append(
                        Diagnostic(
                            .error, "built-in checks apply to project files; catalog rule '\(rule.id.value)' needs 'assert'",
                            file: document.file, range: node.range))
                } else {
                    let (check, problems) = BuiltinCheck.decode(node, file: document.file)
                    diagnostics += problems
                    if let check, rule.assert == nil { body = .check(check) }
                }
            }
            guard whenOK, assertOK, let body else { continue }
            rules.append(CompiledRule(ruleSet: name, spec: rule, when: when, body: body))
        }
        self.rules = rules
        self.diagnostics = diagnostics
    }
}
