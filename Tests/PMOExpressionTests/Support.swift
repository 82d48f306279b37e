import PMOExpression
import Testing

/// Parses and evaluates, recording a test issue (and returning an error value) on a parse error.
func evaluate(_ source: String, _ variables: [String: Value] = [:], limits: ExpressionLimits = .default) -> Value {
    do {
        return try Expression.parse(source, limits: limits).evaluate(in: Activation(variables), limits: limits)
    } catch {
        Issue.record("parse error in \(source): \(error)")
        return .error(EvaluationError(message: "parse error"))
    }
}

/// The parse error of a source that must not parse.
func parseError(_ source: String, limits: ExpressionLimits = .default) -> ExpressionParseError? {
    do {
        _ = try Expression.parse(source, limits: limits)
        Issue.record("expected a parse error for \(source)")
        return nil
    } catch {
        return error
    }
}

/// The error message of an evaluation that must fail.
func evaluationError(_ source: String, _ variables: [String: Value] = [:], limits: ExpressionLimits = .default) -> String? {
    let result = evaluate(source, variables, limits: limits)
    guard case .error(let error) = result else {
        Issue.record("expected an error value from \(source), got \(result.celLiteral)")
        return nil
    }
    return error.message
}

/// A source and the value it must evaluate to.
struct Case: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: Value
    init(_ source: String, _ expected: Value) {
        self.source = source
        self.expected = expected
    }
    var testDescription: String { source }
}
