/// An error produced while evaluating an expression, carried as a `Value`.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, e.g. `no such overload: int + string`.
    public let message: String
    /// The node that produced the error, when known.
    public let position: SourcePosition?
    /// The evaluation-wide limit that stopped the evaluation, if one did. Such an error cannot be
    /// absorbed by `&&`, `||` or a macro, and callers report it as a limit, not as a wrong value.
    public let limit: Limit?

    /// An evaluation-wide limit.
    public enum Limit: Sendable, Equatable {
        /// `ExpressionLimits.costBudget` was spent.
        case costBudget
        /// `ExpressionLimits.timeLimit` passed.
        case timeLimit
    }

    /// Creates an error, optionally at a source position.
    public init(message: String, position: SourcePosition? = nil, limit: Limit? = nil) {
        self.message = message
        self.position = position
        self.limit = limit
    }

    /// The message, prefixed with `line:column` when the position is known.
    public var description: String {
        if let position { return "\(position): \(message)" }
        return message
    }

    /// The message that marks an evaluation stopped by `ExpressionLimits.costBudget`.
    public static let costBudgetMessage = "expression exceeded its cost budget"

    /// The message that marks an evaluation stopped by `ExpressionLimits.timeLimit`.
    public static func timeLimitMessage(_ limits: ExpressionLimits) -> String {
        "expression exceeded its time limit of \(limits.timeLimitText)"
    }
}
