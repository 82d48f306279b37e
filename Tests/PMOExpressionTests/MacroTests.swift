import PMOExpression
import Testing

@Suite("Macros has, all, exists, exists_one, map, filter")
struct MacroTests {
    @Test(
        "macros over lists and maps (cel-spec macros cases)",
        arguments: [
            Case("[1, 2, 3].all(e, e > 0)", true),
            Case("[1, 2, 3].all(e, e > 1)", false),
            Case("[].all(e, e > 0)", true),
            Case("[1, 2, 3].exists(e, e == 2)", true),
            Case("[1, 2, 3].exists(e, e == 4)", false),
            Case("[].exists(e, true)", false),
            Case("[1, 2, 3].exists_one(e, e > 2)", true),
            Case("[1, 2, 3].exists_one(e, e > 1)", false),
            Case("[1, 2, 3].map(e, e * 2)", [2, 4, 6]),
            Case("[1, 2, 3].map(e, e > 1, e * 10)", [20, 30]),
            Case("[1, 2, 3, 4].filter(e, e % 2 == 0)", [2, 4]),
            Case("{'a': 1, 'b': 2}.all(k, k.size() == 1)", true),
            Case("{'a': 1, 'b': 2}.exists(k, k == 'b')", true),
            Case("{'a': 1, 'b': 2}.map(k, k + k)", ["aa", "bb"]),
            Case("{'a': 1, 'b': 2}.filter(k, k != 'a')", ["b"]),
            Case("[[1, 2], [3]].map(l, l.map(e, e + 1))", [[2, 3], [4]]),
            Case("[1, 2].exists(x, [3, 4].exists(x, x == 4))", true),
            Case("[1, 2].map(x, [10].map(y, x + y))", [[11], [12]]),
            Case("has({'a': 1}.a)", true),
            Case("has({'a': 1}.b)", false),
            Case("has(m.inner.leaf)", true),
            Case("has(m.inner.other)", false),
            Case("[0, 1].all(x, 1 / x > 5)", false),
            Case("[0, 1].exists(x, 1 / x == 1)", true),
        ])
    func macro(testCase: Case) {
        let m: Value = ["inner": ["leaf": 1]]
        #expect(evaluate(testCase.source, ["m": m]) == testCase.expected)
    }

    @Test(
        "macro errors",
        arguments: [
            ("[0, 1].all(x, 1 / x > 0)", "division by zero"),
            ("[0, 1].exists(x, 1 / x > 5)", "division by zero"),
            ("[0, 1].exists_one(x, 1 / x == 1)", "division by zero"),
            ("[0, 1].map(x, 1 / x)", "division by zero"),
            ("[0, 1].filter(x, 1 / x == 1)", "division by zero"),
            ("has(m.x.y)", "no such key"),
            ("has(1.a)", "has() does not apply"),
            ("[1].exists_one(x, 'a')", "not bool"),
        ])
    func macroErrors(source: String, message: String) {
        #expect(evaluationError(source, ["m": ["a": 1]])?.contains(message) == true)
    }

    @Test("a comprehension variable shadows a variable of the same name and is gone afterwards")
    func scoping() {
        #expect(evaluate("[1, 2].map(x, x * 10) + [x]", ["x": 7]) == [10, 20, 7])
        #expect(evaluationError("[1].all(y, true) && y == 1")?.contains("undeclared variable 'y'") == true)
    }
}
