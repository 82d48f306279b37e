import PMOExpression
import Testing

/// One wall-clock deadline per evaluation (`ExpressionLimits.timeLimit`), checked as nodes are
/// evaluated, at every call and loop step and inside `matches`; and string work charged before it is done.
@Suite("Evaluation deadline")
struct DeadlineTests {
    private static let hostile = Value.string(String(repeating: "a", count: 40) + "!")

    @Test("a comprehension stops at the deadline, however much budget is left")
    func comprehensionDeadline() {
        let limits = ExpressionLimits(costBudget: .max, timeLimit: 0.2)
        let list = Value.list((0..<10_000).map { .int(Int64($0)) })
        let clock = ContinuousClock()
        let start = clock.now
        let result = evaluate("xs.map(x, xs.map(y, x + y)).size() > 0", ["xs": list], limits: limits)
        #expect(result.error?.message == "expression exceeded its time limit of 0.2s")
        #expect(result.error?.limit == .timeLimit)
        #expect(clock.now - start < .seconds(3))
    }

    @Test("matches() in a comprehension: the calls share one deadline instead of 0.25 s each")
    func regexCallsShareTheDeadline() {
        // 20 calls of 0.25 s each took 5 s before; the deadline stops them after 0.5 s.
        let limits = ExpressionLimits(timeLimit: 0.5)
        let list = Value.list(Array(repeating: Self.hostile, count: 20))
        let clock = ContinuousClock()
        let start = clock.now
        let result = evaluate("xs.all(x, x.matches('^(a|aa)+$'))", ["xs": list], limits: limits)
        #expect(result.error?.limit == .timeLimit, "\(result)")
        #expect(clock.now - start < .seconds(3))
    }

    @Test(
        "the deadline error is not absorbed by || or && or a macro",
        arguments: [
            "xs.exists(x, x.matches('^(a|aa)+$')) || true",
            "true || xs.exists(x, x.matches('^(a|aa)+$')) || true",
            "xs.all(x, x.matches('^(a|aa)+$')) && false",
            "[1, 2].all(i, xs.all(x, x.matches('^(a|aa)+$') || true)) || true",
        ])
    func deadlineNotAbsorbed(source: String) {
        let limits = ExpressionLimits(timeLimit: 0.3)
        let list = Value.list(Array(repeating: Self.hostile, count: 20))
        let result = evaluate(source, ["xs": list], limits: limits)
        if source.hasPrefix("true ||") {
            // A decisive left side never evaluates the slow right side: nothing to stop.
            #expect(result == true)
        } else {
            #expect(result.error?.message == "expression exceeded its time limit of 0.3s", "\(result)")
        }
    }

    @Test("replace() is measured before it is built: past the string limit it costs nothing")
    func replaceIsMeasuredFirst() {
        let long = Value.string(String(repeating: "a", count: 2_000))
        let clock = ContinuousClock()
        let start = clock.now
        #expect(
            evaluationError("s.replace('', s)", ["s": long])
                == "replace() would produce a string of size 4004000, over the limit of 1000000")
        // Growing a string in a comprehension hits the limit at the first replace that would pass it.
        #expect(
            evaluationError("[s, s, s, s].map(t, t.replace('a', s)).size()", ["s": long])?
                .contains("replace() would produce a string of size 4000000") == true)
        #expect(clock.now - start < .seconds(2))
        // The result's size is charged before it is built.
        let budget = ExpressionLimits(costBudget: 150_000)
        let hundredK = Value.string(String(repeating: "a", count: 100_000))
        #expect(evaluationError("s.replace('a', 'bb').size() > 0", ["s": hundredK], limits: budget) == EvaluationError.costBudgetMessage)
        #expect(evaluate("'abcabc'.replace('b', 'XX', 1)") == "aXXcabc")
        #expect(evaluate("['a', 'b'].join('--')") == "a--b")
    }

    @Test("a time limit of zero stops at the first check, and the message names the limit")
    func zeroTimeLimit() {
        let limits = ExpressionLimits(timeLimit: 0)
        let list = Value.list((0..<1_000).map { .int(Int64($0)) })
        #expect(evaluationError("xs.all(x, x >= 0)", ["xs": list], limits: limits) == "expression exceeded its time limit of 0s")
        #expect(ExpressionLimits.default.timeLimit == 2)
    }
}
