import Foundation
import PMOExpression
import Testing

@Suite("Public API: activation, host functions, statistics")
struct APITests {
    @Test("dotted variable names resolve, longest bound prefix first")
    func dottedNames() {
        var activation = Activation()
        activation["a.b.c"] = 1
        activation["a.b"] = ["c": 2, "d": 3]
        activation["x"] = ["y": ["z": 4]]
        let evaluate = { (source: String) in try! Expression.parse(source).evaluate(in: activation) }
        #expect(evaluate("a.b.c") == 1)
        #expect(evaluate("a.b.d") == 3)
        #expect(evaluate("x.y.z") == 4)
        #expect(evaluate("has(a.b.c)") == true)
        #expect(evaluate("has(a.b)") == true)
        #expect(evaluate("has(x.y.q)") == false)
        #expect(evaluate("has(a.q)").isError)
        #expect(evaluate("[10].map(a, a)") == [10])
        #expect(evaluate("a").isError)
    }

    @Test("host functions are called with the receiver first and may fail")
    func hostFunctions() throws {
        var activation = Activation(["files": ["README.md", "docs/a.md"]])
        activation.functions["exists"] = { arguments in
            guard arguments.count == 1, case .string(let path) = arguments[0] else {
                return .error(EvaluationError(message: "exists() takes one path"))
            }
            return .bool(path == "README.md")
        }
        activation.functions["shout"] = { arguments in
            guard case .string(let text)? = arguments.first else { return .error(EvaluationError(message: "bad")) }
            return .string(text.uppercased() + "!")
        }
        let run = { (source: String) in try Expression.parse(source).evaluate(in: activation) }
        #expect(try run("exists('README.md')") == true)
        #expect(try run("files.filter(f, exists(f))") == ["README.md"])
        #expect(try run("'hi'.shout()") == "HI!")
        #expect(try run("files.exists(f, f.startsWith('docs/'))") == true)
        let failure = try #require(try run("exists(1)").error)
        #expect(failure.message == "exists() takes one path")
        #expect(failure.position?.column == 1)
    }

    @Test("statistics count evaluated nodes and cost")
    func statistics() throws {
        let expression = try Expression.parse("[1, 2, 3].map(x, x * 2)")
        var stats = EvaluationStats()
        _ = expression.evaluate(in: Activation(), limits: .default, stats: &stats)
        // list (1) + 3 literals + comprehension (1) + 3 × (x * 2 = 3 nodes)
        #expect(stats.nodesEvaluated == 14)
        #expect(stats.cost > stats.nodesEvaluated)
        _ = expression.evaluate(in: Activation(), limits: .default, stats: &stats)
        #expect(stats.nodesEvaluated == 28)
        #expect(stats.evaluations == 2)
    }

    @Test("Value is built from Swift values")
    func swiftConstruction() {
        let map = Value(["b": 2, "a": "x"])
        #expect(evaluate("m.a + string(m.b)", ["m": map]) == "x2")
        #expect(Value(3) == .int(3))
        #expect(Value(Date(timeIntervalSince1970: 0)).celLiteral == "timestamp(\"1970-01-01T00:00:00Z\")")
        #expect(evaluate("l.size()", ["l": [1, 2.5, "x", true, nil, [1: "one"]]]) == 6)
        let name = "Apollo"
        let ordered = ValueMap([(Value("z"), Value(1)), (Value("a"), Value(2.5)), (Value(1.5), Value(true))])
        #expect(ordered.count == 2)
        #expect(Value(ordered).celLiteral == "{\"z\": 1, \"a\": 2.5}")
        #expect(Value([Value(name), Value(true), Value(3)]).celLiteral == "[\"Apollo\", true, 3]")
    }

    @Test("type names are values but variables shadow them")
    func typeNames() {
        #expect(evaluate("int") == .type(.int))
        #expect(evaluate("int", ["int": 5]) == 5)
    }

    @Test("one parsed expression, with a precompiled regex, evaluates concurrently")
    func concurrentEvaluation() async throws {
        let expression = try Expression.parse("name.matches('^[a-z]+-[0-9]+$') && size(name) > 2")
        let allAgree = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let name = index % 2 == 0 ? "abc-\(index)" : "ABC"
                    return expression.evaluate(in: Activation(["name": .string(name)])) == .bool(index % 2 == 0)
                }
            }
            var agree = true
            for await result in group { agree = agree && result }
            return agree
        }
        #expect(allAgree)
    }
}
