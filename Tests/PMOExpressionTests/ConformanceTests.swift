import PMOExpression
import Testing

/// Cases taken from cel-spec's tests/simple/testdata (logic, string_ext, comparisons, lists),
/// restated here: expressions that must evaluate to `true`, and ones that must be errors.
@Suite("cel-spec conformance samples")
struct ConformanceTests {
    @Test(
        "logic.textproto",
        arguments: [
            Case("true ? 1 : 2", 1), Case("false ? 'foo' : 'bar'", "bar"), Case("true ? 'cows' : 17", "cows"),
            Case("true && true", true), Case("false && false", false), Case("false && true", false), Case("true && false", false),
            Case("false && 32", false), Case("'horses' && false", false), Case("false && (2 / 0 > 3 ? false : true)", false),
            Case("(2 / 0 > 3 ? false : true) && false", false), Case("true || true", true), Case("false || false", false),
            Case("true || 32", true), Case("'horses' || true", true), Case("true || (2 / 0 > 3 ? false : true)", true),
            Case("(2 / 0 > 3 ? false : true) || true", true), Case("!true", false), Case("!false", true),
        ])
    func logic(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "logic.textproto errors",
        arguments: [
            "2 / 0 > 4 ? 'baz' : 'quux'", "'cows' ? false : 17", "true && 1/0 != 0", "1/0 != 0 && true",
            "'less filling' && 'tastes great'", "false || 1/0 != 0", "1/0 != 0 || false", "'less filling' || 'tastes great'",
        ])
    func logicErrors(source: String) {
        #expect(evaluate(source).isError)
    }

    @Test(
        "string_ext.textproto",
        arguments: [
            "'©αT'.charAt(0) == '©' && '©αT'.charAt(1) == 'α' && '©αT'.charAt(2) == 'T'",
            "'tacocat'.indexOf('') == 0", "'tacocat'.indexOf('ac') == 1", "'tacocat'.indexOf('none') == -1",
            "'tacocat'.indexOf('', 3) == 3", "'tacocat'.indexOf('a', 3) == 5", "'tacocat'.indexOf('at', 3) == 5",
            "'ta©o©αT'.indexOf('©') == 2", "'ta©o©αT'.indexOf('©', 3) == 4", "'ta©o©αT'.indexOf('©αT', 3) == 4",
            "'ta©o©αT'.indexOf('©α', 5) == -1", "'ijk'.indexOf('k') == 2", "'hello wello'.indexOf('hello wello') == 0",
            "'hello wello'.indexOf('ello', 6) == 7", "'hello wello'.indexOf('elbo room!!') == -1",
            "''.lastIndexOf('@@') == -1", "'tacocat'.lastIndexOf('') == 7", "'tacocat'.lastIndexOf('at') == 5",
            "'tacocat'.lastIndexOf('none') == -1", "'tacocat'.lastIndexOf('', 3) == 3", "'tacocat'.lastIndexOf('a', 3) == 1",
            "'ta©o©αT'.lastIndexOf('©') == 4", "'ta©o©αT'.lastIndexOf('©', 3) == 2", "'ta©o©αT'.lastIndexOf('©α', 4) == 4",
            "'hello wello'.lastIndexOf('ello', 6) == 1", "'hello wello'.lastIndexOf('low') == -1",
            "'hello wello'.lastIndexOf('hello wello') == 0", "'bananananana'.lastIndexOf('nana', 7) == 6",
            "'TacoCat'.lowerAscii() == 'tacocat'", "'TacoCÆt'.lowerAscii() == 'tacocÆt'", "'TacoCÆt Xii'.lowerAscii() == 'tacocÆt xii'",
            "'tacoCat'.upperAscii() == 'TACOCAT'", "'tacoCαt'.upperAscii() == 'TACOCαT'",
            "'12 days 12 hours'.replace('{0}', '2') == '12 days 12 hours'", "'{0} days {0} hours'.replace('{0}', '2') == '2 days 2 hours'",
            "'{0} days {0} hours'.replace('{0}', '2', 1).replace('{0}', '23') == '2 days 23 hours'",
            "'1 ©αT taco'.replace('αT', 'o©α') == '1 ©o©α taco'", "'hello world'.split(' ') == ['hello', 'world']",
            "'hello world events!'.split(' ', 0) == []", "'hello world events!'.split(' ', 1) == ['hello world events!']",
            "'o©o©o©o'.split('©', -1) == ['o', 'o', 'o', 'o']", "'tacocat'.substring(4) == 'cat'", "'tacocat'.substring(7) == ''",
            "'tacocat'.substring(0, 4) == 'taco'", "'tacocat'.substring(4, 4) == ''", "'ta©o©αT'.substring(2, 6) == '©o©α'",
            "'ta©o©αT'.substring(7, 7) == ''", "' \\f\\n\\r\\t\\vtext  '.trim() == 'text'", "'\\u0085\\u00a0\\u1680text'.trim() == 'text'",
            "'text\\u2000\\u2001\\u2002\\u2003\\u2004\\u2004\\u2006\\u2007\\u2008\\u2009'.trim() == 'text'",
            "'\\u200atext\\u2028\\u2029\\u202F\\u205F\\u3000'.trim() == 'text'",
            "'\\u180etext\\u200b\\u200c\\u200d\\u2060\\ufeff'.trim() == '\\u180etext\\u200b\\u200c\\u200d\\u2060\\ufeff'",
            "['x', 'y'].join() == 'xy'", "['x', 'y'].join('-') == 'x-y'", "[].join() == ''", "[].join('-') == ''",
        ])
    func stringExtensions(source: String) {
        #expect(evaluate(source) == true)
    }

    @Test(
        "comparisons.textproto and lists.textproto",
        arguments: [
            "1 == 1", "!(1 == 2)", "1u == 1u", "1.0 == 1.0", "'' == \"\"", "'a' == 'a'", "b'' == b''", "null == null",
            "[1, 2] == [1, 2]", "[[1]] == [[1]]", "{'k': 'v'} == {'k': 'v'}", "{'a': 1, 'b': 2} == {'b': 2, 'a': 1}",
            "1 != 2", "1 == 1.0", "1.0 == 1u", "1u == 1", "[1, 2, 3] == [1.0, 2.0, 3.0]", "{1: 'a'} == {1u: 'a'}",
            "-1 < 1", "-1.0 < 1.0", "0u < 1u", "'a' < 'b'", "'a' < 'aa'", "b'a' < b'b'", "false < true",
            "2 >= 1", "1 >= 1", "1 >= 1.0", "2u > 1.0", "-1 < 1u", "1.5 > 1", "1.5 < 2u",
            "!(double('NaN') > 1.0)", "!(double('NaN') < 1)", "!(double('NaN') == double('NaN'))",
            "[1, 2, 3] + [4] == [1, 2, 3, 4]", "[] + [] == []", "[1, 2, 3][2] == 3", "2 in [1, 2, 3]", "!(4 in [1, 2, 3])",
            "'b' in {'a': 1, 'b': 2}", "size([1, 2, 3]) == 3", "[1, 2, 3].size() == 3", "size({}) == 0",
            "[1, 'a', null, [2]] == [1, 'a', null, [2]]", "dyn([1, 2]) == [1, 2]",
        ])
    func comparisons(source: String) {
        #expect(evaluate(source) == true)
    }

    @Test(
        "comparison errors",
        arguments: [
            "1 < 'a'", "null < 1", "[1] < [2]", "{} < {}", "true < 1", "b'a' < 'a'", "timestamp('2009-02-13T23:31:30Z') < duration('1s')",
            "[1, 2][3]", "{'a': 1}['b']", "[1/0] == [1]",
        ])
    func comparisonErrors(source: String) {
        #expect(evaluate(source).isError)
    }
}
