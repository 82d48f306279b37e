import PMOExpression
import Testing

@Suite("Errors as values: unknown names, &&, || and ?:")
struct ErrorAbsorptionTests {
    @Test(
        "&& and || absorb errors from either side when the other decides",
        arguments: [
            Case("f_unknown(1) || true", true),
            Case("true || f_unknown(1)", true),
            Case("f_unknown(1) && false", false),
            Case("false && f_unknown(1)", false),
            Case("1 / 0 == 1 || true", true),
            Case("true || 1 / 0 == 1", true),
            Case("undeclared_var && false", false),
            Case("'a' || true", true),
            Case("false && 1", false),
            Case("[1].exists(x, x / 0 == 1) || true", true),
            Case("!(1 / 0 > 1) || true", true),
        ])
    func absorbed(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "errors that nothing absorbs come out",
        arguments: [
            ("f_unknown(1) || false", "unknown function 'f_unknown'"),
            ("false || f_unknown(1)", "unknown function 'f_unknown'"),
            ("true && undeclared_var", "undeclared variable 'undeclared_var'"),
            ("1 / 0 == 1 && true", "division by zero"),
            ("'a' || false", "no such overload"),
            ("true && 1", "no such overload"),
            ("f_unknown(1)", "unknown function"),
            ("x.unknownMethod()", "unknown function 'unknownMethod'"),
            ("[1, f_unknown()]", "unknown function"),
            ("{'a': undeclared}", "undeclared variable"),
            ("size(undeclared)", "undeclared variable"),
            ("1 ? 2 : 3", "the condition must be a bool"),
            ("undeclared ? 2 : 3", "undeclared variable"),
        ])
    func propagated(source: String, message: String) {
        #expect(evaluationError(source, ["x": 1])?.contains(message) == true)
    }

    @Test("?: evaluates only the taken branch")
    func conditionalIsLazy() {
        #expect(evaluate("true ? 1 : 1 / 0") == 1)
        #expect(evaluate("false ? f_unknown() : 'no'") == "no")
    }

    @Test("an error value carries the position of the failing node")
    func errorPosition() throws {
        let source = "1 + 2 == 3 && f_unknown(1)"
        let result = try Expression.parse(source).evaluate()
        let error = try #require(result.error)
        #expect(error.position?.column == 15)
        #expect(error.message == "unknown function 'f_unknown'")
    }

    @Test(
        "wrong argument types give a no-such-overload error, not a crash",
        arguments: [
            "size(1)", "size(true)", "'abc'.contains(1)", "[1].contains(1)", "'a'.startsWith()", "1.endsWith('a')",
            "matches(1, 'a')", "'a'.matches(1)", "int([1])", "uint(true)", "double(null)", "string([1])",
            "bytes(1)", "bool(1)", "timestamp(true)", "duration(1)", "int('a', 'b')", "'a'.charAt('b')",
            "'a'.substring('x')", "'a'.split(1)", "[1, 2].join()", "1.lowerAscii()", "'a'.getFullYear()",
            "timestamp('2009-02-13T23:31:30Z').getFullYear(1)", "duration('1s').getDate()", "'a'.replace('a')",
            "[1].all(x, x)", "[1].filter(x, 1)", "1.all(x, true)", "null.map(x, x)", "size('a', 'b')",
        ])
    func wrongArgumentTypes(source: String) {
        #expect(evaluate(source).isError)
    }

    @Test("an unknown macro-like method is an ordinary unknown function")
    func unknownMacro() {
        #expect(evaluationError("[1, 2].any(x, x > 1)")?.contains("unknown function 'any'") == true)
        #expect(evaluationError("[1].all(x)")?.contains("unknown function 'all'") == true)
        #expect(evaluationError("has(1, 2)")?.contains("unknown function 'has'") == true)
    }
}
