/// An error produced while evaluating an expression, carried as a `Value`.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, e.g. `no such overload: int + string`.
    public let message: String
    /// The node that produced the error, when known.
    public let position: SourcePosition?

    /// Creates an error, optionally at a source position.
    public init(message: String, position: SourcePosition? = nil) {
        self.message = message
        self.position = position
    }

    /// The message, prefixed with `line:column` when the position is known.
    public var description: String {
        if let position { return "\(position): \(message)" }
        return message
    }

    /// The message that marks an evaluation stopped by `ExpressionLimits.costBudget`.
    public static let costBudgetMessage = "expression exceeded its cost budget"
}
