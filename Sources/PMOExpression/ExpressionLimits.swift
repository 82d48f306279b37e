/// The bounds that keep parsing and evaluating one expression cheap, whatever a rule author writes.
///
/// Every limit turns into an ordinary error (a parse error or an error value), never a crash or a hang.
public struct ExpressionLimits: Sendable, Equatable {
    /// Longest accepted source text, in Unicode scalars.
    public var maxSourceLength: Int
    /// Deepest accepted syntax tree (parentheses, calls, operators, member chains all count).
    /// Bounds the recursion of the parser, the evaluator and the printer.
    public var maxNestingDepth: Int
    /// Cost units one evaluation may spend: one per evaluated node, plus the size of every
    /// string, bytes value, list and map it produces, plus the size of the operands that
    /// operators and functions walk (one per element, one per 4 bytes of a string).
    public var costBudget: Int
    /// Longest string or bytes value an evaluation may produce, in Unicode scalars or bytes.
    public var maxStringLength: Int
    /// Most elements a list or map produced during evaluation may hold.
    public var maxListLength: Int
    /// Longest input (in UTF-16 units) that `matches` will scan.
    public var maxRegexInputLength: Int
    /// Longest regular expression pattern `matches` accepts.
    public var maxRegexPatternLength: Int
    /// Wall-clock time one `matches` call may take before it is abandoned with an error.
    public var regexTimeLimit: Double
    /// Wall-clock seconds one whole evaluation may take. Checked as nodes are evaluated, at every
    /// call and comprehension step, and inside `matches`; past it the evaluation stops with an error
    /// that, like the cost budget's, no `&&`, `||` or macro can absorb.
    public var timeLimit: Double

    /// Creates limits; every argument defaults to the documented default.
    public init(
        maxSourceLength: Int = 100_000,
        maxNestingDepth: Int = 200,
        costBudget: Int = 1_000_000,
        maxStringLength: Int = 1_000_000,
        maxListLength: Int = 100_000,
        maxRegexInputLength: Int = 100_000,
        maxRegexPatternLength: Int = 1_000,
        regexTimeLimit: Double = 0.25,
        timeLimit: Double = 2
    ) {
        self.maxSourceLength = maxSourceLength
        self.maxNestingDepth = maxNestingDepth
        self.costBudget = costBudget
        self.maxStringLength = maxStringLength
        self.maxListLength = maxListLength
        self.maxRegexInputLength = maxRegexInputLength
        self.maxRegexPatternLength = maxRegexPatternLength
        self.regexTimeLimit = regexTimeLimit
        self.timeLimit = timeLimit
    }

    /// These limits with the time limit reduced by `elapsed`: for a second evaluation that shares
    /// the deadline of the first (a rule's `when:` and `assert:`).
    public func remaining(after elapsed: Duration) -> ExpressionLimits {
        var limits = self
        let spent = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        limits.timeLimit = max(timeLimit - spent, 0)
        return limits
    }

    /// The time limit as text for messages: `2s`, `0.5s`.
    public var timeLimitText: String {
        timeLimit == timeLimit.rounded() && timeLimit < 1e9 ? "\(Int(timeLimit))s" : "\(timeLimit)s"
    }

    /// The defaults used by `pmo eval` and `pmo lint`.
    public static let `default` = ExpressionLimits()
}
