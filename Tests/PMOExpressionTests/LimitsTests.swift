import PMOExpression
import Testing

@Suite("Evaluation limits")
struct LimitsTests {
    @Test("nested map over large lists hits the cost budget in well under a second")
    func nestedMapBudget() throws {
        let list = Value.list((0..<10_000).map { .int(Int64($0)) })
        let expression = try Expression.parse("xs.map(x, xs.map(y, x + y)).size()")
        var stats = EvaluationStats()
        let clock = ContinuousClock()
        let start = clock.now
        let result = expression.evaluate(in: Activation(["xs": list]), limits: .default, stats: &stats)
        let elapsed = clock.now - start
        #expect(result.error?.message == EvaluationError.costBudgetMessage)
        // The work done is bounded by the budget (plus the last list charged), not by the 10^8 nodes...
        #expect(stats.cost <= ExpressionLimits.default.costBudget + 10_000)
        #expect(stats.nodesEvaluated < 1_000_000)
        // ...which takes about 0.15 s in a release build. Unbounded, the 10^8 nodes would take minutes;
        // the margin is for debug builds running tests in parallel on a loaded machine.
        #expect(elapsed < .seconds(5))
    }

    @Test(
        "operands that operators and functions walk are charged by size",
        arguments: [
            "xs.all(x, x in xs)", "xs.all(x, xs == xs.map(y, y))", "xs.all(x, xs != [])", "xs.all(x, s.size() > 0)",
            "xs.all(x, s.contains('b') == false)", "xs.all(x, s > 'a')", "xs.all(x, s.indexOf('b') == -1)",
        ])
    func scanningIsCharged(source: String) {
        let list = Value.list((0..<10_000).map { .int(Int64($0)) })
        let long = Value.string(String(repeating: "a", count: 1_000_000))
        let clock = ContinuousClock()
        let start = clock.now
        #expect(evaluationError(source, ["xs": list, "s": long]) == EvaluationError.costBudgetMessage)
        #expect(clock.now - start < .seconds(5))
    }

    @Test("the budget error is not absorbed by || or &&")
    func budgetNotAbsorbed() {
        let limits = ExpressionLimits(costBudget: 1_000)
        let list = Value.list((0..<1_000).map { .int(Int64($0)) })
        #expect(evaluationError("xs.exists(x, x < 0) || true", ["xs": list], limits: limits) == EvaluationError.costBudgetMessage)
        #expect(evaluationError("xs.all(x, x >= 0) && false", ["xs": list], limits: limits) == EvaluationError.costBudgetMessage)
    }

    @Test("exponential string doubling hits the size or cost limit")
    func stringGrowth() {
        var source = "'ab'"
        for _ in 0..<40 { source = "[\(source)].map(s, s + s)[0]" }
        let result = evaluate(source)
        #expect(result.isError)
    }

    @Test("a list past the size limit is an error")
    func listSize() {
        let limits = ExpressionLimits(maxListLength: 5)
        #expect(evaluationError("[1, 2, 3] + [4, 5, 6]", limits: limits)?.contains("exceeds the limit of 5") == true)
        #expect(evaluationError("'abcdef' + 'g'", limits: ExpressionLimits(maxStringLength: 4))?.contains("exceeds the limit") == true)
    }

    @Test("a small budget stops a small expression")
    func smallBudget() {
        #expect(evaluate("1 + 1", limits: ExpressionLimits(costBudget: 2)).isError)
        #expect(evaluate("1 + 1", limits: ExpressionLimits(costBudget: 3)) == 2)
    }

    @Test("the nesting limit is configurable")
    func nestingLimit() {
        #expect(parseError("((1))", limits: ExpressionLimits(maxNestingDepth: 2)) != nil)
        #expect(evaluate("((1))", limits: ExpressionLimits(maxNestingDepth: 3)) == 1)
    }

    @Test("equality on deeply nested host values is an error, not a stack overflow")
    func deepEquality() {
        var value: Value = 1
        for _ in 0..<3_000 { value = .list([value]) }
        #expect(evaluationError("a == b", ["a": value, "b": value])?.contains("nested too deeply") == true)
        #expect(evaluationError("a in [b]", ["a": value, "b": value])?.contains("nested too deeply") == true)
    }

    @Test("an error message quotes at most a short prefix of a value from the input")
    func messagesQuoteAPrefix() throws {
        let long = Value.string(String(repeating: "七", count: 10_000))
        for source in [
            "int(s)", "uint(s)", "double(s)", "bool(s)", "timestamp(s)", "duration(s)", "'x'.matches(s.substring(0, 300) + '(')",
        ] {
            let message = try #require(evaluationError(source, ["s": long]), "\(source)")
            #expect(message.count < 200, "\(source): \(message.prefix(300))")
            #expect(message.contains(" bytes)"), "\(source): \(message.prefix(300))")
        }
        #expect(evaluationError("int(s)", ["s": .string("12x")]) == "cannot convert \"12x\" to int")
    }
}
