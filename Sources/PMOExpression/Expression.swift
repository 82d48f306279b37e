/// A parsed CEL expression, ready to be evaluated any number of times.
///
/// ```swift
/// let expression = try Expression.parse("files.exists(f, f.startsWith('docs/'))")
/// let result = expression.evaluate(in: Activation(["files": ["docs/a.md"]]))
/// ```
public struct Expression: Sendable {
    /// The source text the expression was parsed from.
    package let source: String
    let root: Node
    let sourceMap: SourceMap
    /// Names the expression looks up in its activation, by global index.
    let globalNames: [String]
    /// The literal patterns of its `matches` calls, compiled.
    let patterns: CompiledPatterns

    /// Parses CEL source text. Syntax errors (and limits such as the nesting depth) are thrown
    /// with the position to put a caret under; unknown names and functions are not parse errors
    /// but evaluation errors, as CEL specifies.
    public static func parse(_ source: String, limits: ExpressionLimits = .default) throws(ExpressionParseError) -> Expression {
        let map = SourceMap(Array(source.unicodeScalars))
        guard map.scalars.count <= limits.maxSourceLength else {
            throw ExpressionParseError(
                message: "expression is too long (\(map.scalars.count) characters; the limit is \(limits.maxSourceLength))",
                position: map.position(at: 0))
        }
        var lexer = Lexer(map: map)
        let tokens = try lexer.tokenize()
        var parser = Parser(tokens: tokens, map: map, limits: limits)
        var resolver = Resolver()
        let root = resolver.resolve(try parser.parse())
        return Expression(
            source: source, root: root, sourceMap: map, globalNames: resolver.globalNames,
            patterns: CompiledPatterns(resolver.literalPatterns, limits: limits))
    }

    /// Evaluates the expression. Never throws: errors come back as `Value.error`.
    package func evaluate(in activation: Activation = Activation(), limits: ExpressionLimits = .default) -> Value {
        var stats = EvaluationStats()
        return evaluate(in: activation, limits: limits, stats: &stats)
    }

    /// Evaluates the expression and adds what it cost to `stats` (for budgets and benchmarks).
    public func evaluate(in activation: Activation, limits: ExpressionLimits, stats: inout EvaluationStats) -> Value {
        let evaluator = Evaluator(activation: activation, limits: limits, sourceMap: sourceMap, globalNames: globalNames)
        evaluator.regexCache = patterns.byPattern
        let result = evaluator.evaluate(root: root)
        stats.nodesEvaluated += evaluator.nodesEvaluated
        stats.cost += evaluator.cost
        stats.evaluations += 1
        return result
    }

    /// The line and column of a scalar offset in this expression's source.
    package func position(atOffset offset: Int) -> SourcePosition {
        sourceMap.position(at: offset)
    }
}

/// `Expression` under a name that cannot clash with Foundation's `Expression` in files that import both.
package typealias CELExpression = Expression

/// What evaluations cost, summed over every `evaluate(in:limits:stats:)` call it is passed to.
/// `make bench` divides elapsed time by `nodesEvaluated` to report nanoseconds per node.
public struct EvaluationStats: Sendable, Equatable {
    /// Syntax-tree nodes evaluated (a macro body counts once per element).
    package var nodesEvaluated: Int = 0
    /// Cost units spent: nodes plus the sizes of produced strings, bytes and lists.
    public var cost: Int = 0
    /// Number of evaluations recorded.
    package var evaluations: Int = 0

    /// Creates empty statistics.
    public init() {}
}
