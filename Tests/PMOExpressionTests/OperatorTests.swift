import PMOExpression
import Testing

@Suite("Operators, precedence and numeric semantics")
struct OperatorTests {
    @Test(
        "precedence follows CEL",
        arguments: [
            Case("1 + 2 * 3", 7),
            Case("(1 + 2) * 3", 9),
            Case("10 - 4 - 3", 3),
            Case("100 / 10 / 5", 2),
            Case("7 % 4 * 2", 6),
            Case("-2 * 3", -6),
            Case("!true || true", true),
            Case("!(true || true)", false),
            Case("true || false && false", true),
            Case("(true || false) && false", false),
            Case("1 < 2 == true", true),
            Case("1 + 1 == 2 && 3 > 2", true),
            Case("2 in [1, 2] && true", true),
            Case("false ? 1 : true ? 2 : 3", 2),
            Case("true || false ? 'a' : 'b'", "a"),
            Case("[1, 2, 3][1] + 1", 3),
            Case("-[1][0]", -1),
            Case("{'a': {'b': 5}}.a.b * 2", 10),
            Case("'ab' + 'cd' == 'abcd'", true),
            Case("--1", 1),
        ])
    func precedence(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "arithmetic on each numeric type",
        arguments: [
            Case("3 + 4", 7), Case("3u + 4u", .uint(7)), Case("3.5 + 0.5", 4.0),
            Case("3 - 4", -1), Case("4u - 3u", .uint(1)), Case("1.0 - 2.5", -1.5),
            Case("-7 / 2", -3), Case("7u / 2u", .uint(3)), Case("7.0 / 2.0", 3.5),
            Case("-7 % 3", -1), Case("7u % 3u", .uint(1)), Case("6 * -7", -42),
            Case("1.0 / 0.0", .double(.infinity)), Case("-1.0 / 0.0", .double(-.infinity)),
            Case("'a' + 'b'", "ab"), Case("b'a' + b'b'", .bytes([97, 98])), Case("[1] + [2, 3]", [1, 2, 3]),
        ])
    func arithmetic(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "overflow and division by zero are errors",
        arguments: [
            ("9223372036854775807 + 1", "integer overflow"),
            ("-9223372036854775808 - 1", "integer overflow"),
            ("-9223372036854775808 / -1", "integer overflow"),
            ("-9223372036854775808 % -1", "integer overflow"),
            ("9223372036854775807 * 2", "integer overflow"),
            ("-(-9223372036854775808)", "integer overflow"),
            ("18446744073709551615u + 1u", "integer overflow"),
            ("0u - 1u", "integer overflow"),
            ("1 / 0", "division by zero"),
            ("1u / 0u", "division by zero"),
            ("1 % 0", "modulus by zero"),
            ("1u % 0u", "modulus by zero"),
        ])
    func arithmeticErrors(source: String, message: String) {
        #expect(evaluationError(source)?.contains(message) == true)
    }

    @Test(
        "mixed-type arithmetic has no overload",
        arguments: ["1 + 1u", "1 + 1.0", "'a' + 1", "1 - 'a'", "true * 2", "[1] + 'a'", "-1u", "-'a'", "!1"])
    func noMixedArithmetic(source: String) {
        #expect(evaluationError(source)?.contains("no such overload") == true)
    }

    @Test(
        "numbers compare by value across int, uint and double",
        arguments: [
            Case("1 == 1.0", true), Case("1 == 1u", true), Case("1u == 1.0", true), Case("1 == 1.0 && 1.0 == 1u", true),
            Case("-1 == 18446744073709551615u", false), Case("1 < 1.5", true), Case("2u > 1.5", true),
            Case("-1 < 0u", true), Case("9223372036854775807 < 9223372036854775808.0", true),
            Case("9223372036854775807 == 9223372036854775807.0", false), Case("1.0 != 1", false),
            Case("0.0 == -0.0", true), Case("double('NaN') == double('NaN')", false), Case("double('NaN') < 1.0", false),
            Case("1 != 2", true), Case("[1, 2] == [1.0, 2u]", true), Case("{1: 'a'} == {1u: 'a'}", true),
            Case("[1] == [1, 2]", false), Case("{'a': 1} == {'a': 2}", false), Case("null == null", true),
            Case("1 == 'a'", false), Case("null == 0", false), Case("'a' != 1", true), Case("[1] == ['a']", false),
            Case("'abc' < 'abd'", true), Case("'a' < 'B'", false), Case("b'a' < b'b'", true), Case("false < true", true),
            Case("'é' == 'e\\u0301'", false), Case("type(1) == int", true), Case("type('a') == string", true),
            Case("type(type(1)) == type(string)", true), Case("type(1) == uint", false),
        ])
    func comparisons(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test("ordering across unrelated types has no overload", arguments: ["1 < 'a'", "'a' < true", "[1] < [2]", "null < null", "{} < {}"])
    func orderingErrors(source: String) {
        #expect(evaluationError(source)?.contains("no such overload") == true)
    }

    @Test(
        "in tests list membership and map keys",
        arguments: [
            Case("2 in [1, 2, 3]", true), Case("4 in [1, 2, 3]", false), Case("2.0 in [1, 2]", true),
            Case("'a' in {'a': 1}", true), Case("'b' in {'a': 1}", false), Case("1u in {1: 'x'}", true),
            Case("1.0 in {1: 'x'}", true), Case("[1] in [[1], [2]]", true), Case("'a' in []", false),
        ])
    func membership(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "indexing lists and maps",
        arguments: [
            Case("[1, 2][0]", 1), Case("[1, 2][1u]", 2), Case("[1, 2][1.0]", 2), Case("{'a': 1}['a']", 1),
            Case("{1: 'x'}[1u]", "x"), Case("{1: 'x'}[1.0]", "x"), Case("{'a': {'b': [7]}}.a.b[0]", 7),
        ])
    func indexing(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "bad indexes are errors",
        arguments: [
            ("[1][1]", "index out of range"), ("[1][-1]", "index out of range"), ("[1][0.5]", "invalid list index"),
            ("{'a': 1}['b']", "no such key"), ("{'a': 1}.b", "no such key: 'b'"), ("1.a", "cannot select field"),
            ("'abc'[0]", "no such overload"), ("[1]['a']", "no such overload"),
        ])
    func indexErrors(source: String, message: String) {
        #expect(evaluationError(source)?.contains(message) == true)
    }
}
