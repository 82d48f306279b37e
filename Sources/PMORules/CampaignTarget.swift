import PMOCatalog
import PMOExpression
import PMOSupport
import PMOYAML

/// A campaign's target, compiled: the expression every project report in scope must satisfy.
///
/// The report's top-level fields are the expression's variables (`project`, `templates`,
/// `lint`, `checklists`, `waivers`, `files`, …), so `lint.errors == 0` or
/// `templates.exists(t, t.name == "standard-project" && semver(t.version) >= semver("2.2.0"))`
/// read as they would in the JSON of `pmo report`.
package struct CampaignTarget: Sendable {
    /// What a report makes of the target.
    package enum Outcome: Sendable, Equatable {
        /// The project has reached the target.
        case met
        /// The project has not reached it yet.
        case open
        /// The target could not be evaluated on this report (a missing field, a wrong type, a limit).
        case failed(String)
    }

    /// The campaign document's name.
    package let name: String
    /// The compiled expression; nil when it did not parse (see ``diagnostics``).
    package let expression: Expression?
    /// Syntax errors, at their YAML positions.
    package let diagnostics: [Diagnostic]

    /// Compiles the target of a Campaign document; nil when the document is not a Campaign.
    package init?(_ document: Document, limits: ExpressionLimits = .default) {
        guard let spec = document.campaign else { return nil }
        name = document.metadata.name.value
        do {
            expression = try Expression.parse(spec.target.value, limits: limits)
            diagnostics = []
        } catch {
            let source = try? YAMLLoader().readSource(atPath: document.path, displayPath: document.file)
            let location = ExpressionLocator(source: source, root: document.root)
                .location(of: error.position, expression: spec.target.value, scalarRange: spec.target.range)
            expression = nil
            diagnostics = [
                Diagnostic(
                    .error, "syntax error in 'target' of campaign '\(name)': \(error.message)", file: document.file,
                    range: SourceRange(at: location),
                    help: "the target is CEL over a project report; see docs/format.md (column \(error.column) of the expression)")
            ]
        }
    }

    /// Evaluates the target on one report, given as the report's top-level fields.
    package func evaluate(report fields: [String: Value], limits: ExpressionLimits = .default) -> Outcome {
        guard let expression else { return .failed("the target does not parse") }
        switch expression.evaluate(in: Activation(fields, functions: Self.functions), limits: limits) {
        case .bool(true): return .met
        case .bool(false): return .open
        case .error(let error): return .failed(error.description)
        case let other: return .failed("the target gave \(other.type) instead of a bool")
        }
    }

    /// The functions a target may call besides CEL's: `semver(text)`, a value that compares by
    /// version precedence (`semver(t.version) >= semver("2.2.0")`).
    package static let functions: [String: HostFunction] = [
        "semver": { arguments in
            guard arguments.count == 1, case .string(let text) = arguments[0] else {
                return .error(EvaluationError(message: "semver() takes one string"))
            }
            guard let version = Semver(text) else {
                return .error(EvaluationError(message: "semver(): '\(text.prefix(40))' is not a semantic version (MAJOR.MINOR.PATCH)"))
            }
            return .string(version.orderKey)
        }
    ]
}
