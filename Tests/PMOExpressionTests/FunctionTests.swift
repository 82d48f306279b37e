import PMOExpression
import Testing

@Suite("Standard functions and string extensions")
struct FunctionTests {
    @Test(
        "size, contains, startsWith, endsWith, matches",
        arguments: [
            Case("size('hello')", 5), Case("'日本語'.size()", 3), Case("size(b'\\xff\\x00')", 2), Case("size([1, 2])", 2),
            Case("{'a': 1}.size()", 1), Case("'hello'.contains('ell')", true), Case("'hello'.contains('')", true),
            Case("'hello'.contains('xyz')", false), Case("'hello'.startsWith('he')", true), Case("'hello'.endsWith('lo')", true),
            Case("'hello'.endsWith('he')", false), Case("'hello'.matches('^h.*o$')", true), Case("matches('hello', 'l+')", true),
            Case("'hello'.matches('^ell')", false), Case("'a1b2'.matches('[0-9]')", true),
            Case("'2024-01-31'.matches('^\\\\d{4}-\\\\d{2}-\\\\d{2}$')", true),
            Case("'abc'.matches(r'^(?P<first>a)bc$')", true),
        ])
    func standard(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "string extensions (cel-go ext.Strings cases)",
        arguments: [
            Case("'TacoCat'.lowerAscii()", "tacocat"), Case("'TacoCÆt'.upperAscii()", "TACOCÆT"),
            Case("'  \\t trim \\n '.trim()", "trim"), Case("'a,b,c'.split(',')", ["a", "b", "c"]),
            Case("'a,b,c'.split(',', 2)", ["a", "b,c"]), Case("'a,b,c'.split(',', 0)", []), Case("'abc'.split('')", ["a", "b", "c"]),
            Case("''.split(',')", [""]), Case("['a', 'b'].join()", "ab"), Case("['a', 'b'].join('-')", "a-b"), Case("[].join(',')", ""),
            Case("'hello hello'.replace('he', 'we')", "wello wello"), Case("'hello hello'.replace('he', 'we', 1)", "wello hello"),
            Case("'hello'.replace('', '_')", "_h_e_l_l_o_"),
            Case("'hello mellow'.indexOf('ello')", 1), Case("'hello mellow'.indexOf('ello', 2)", 7), Case("'hello'.indexOf('')", 0),
            Case("'hello'.indexOf('z')", -1), Case("'ガガガ'.indexOf('ガ', 1)", 1),
            Case("'hello mellow'.lastIndexOf('ello')", 7), Case("'hello mellow'.lastIndexOf('ello', 6)", 1),
            Case("'hello'.lastIndexOf('')", 5), Case("'tacocat'.substring(4)", "cat"), Case("'tacocat'.substring(0, 4)", "taco"),
            Case("'日本語'.substring(1, 2)", "本"), Case("'tacocat'.charAt(3)", "o"), Case("'tacocat'.charAt(7)", ""),
        ])
    func stringExtensions(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "string extension range errors",
        arguments: [
            "'abc'.charAt(4)", "'abc'.charAt(-1)", "'abc'.indexOf('a', 4)", "'abc'.lastIndexOf('a', -1)",
            "'abc'.substring(4)", "'abc'.substring(2, 1)", "'abc'.substring(0, 4)", "[1].join()",
        ])
    func stringRangeErrors(source: String) {
        #expect(evaluate(source).isError)
    }

    @Test(
        "conversions (cel-spec conversions cases)",
        arguments: [
            Case("int(1u)", 1), Case("int(-1.9)", -1), Case("int(2.9)", 2), Case("int('-42')", -42),
            Case("int(timestamp('2009-02-13T23:31:30Z'))", 1_234_567_890),
            Case("uint(1)", .uint(1)), Case("uint(2.7)", .uint(2)), Case("uint('42')", .uint(42)),
            Case("double(1)", 1.0), Case("double(1u)", 1.0), Case("double('1.5')", 1.5), Case("double('-Infinity')", .double(-.infinity)),
            Case("string(1)", "1"), Case("string(1u)", "1"), Case("string(1.0)", "1"), Case("string(1.5)", "1.5"),
            Case("string(1e100)", "1e+100"), Case("string(123456789.0)", "1.23456789e+08"), Case("string(0.0001)", "0.0001"),
            Case("string(0.00001)", "1e-05"), Case("string(true)", "true"), Case("string(b'abc')", "abc"),
            Case("string(duration('1000000s'))", "1000000s"), Case("string(timestamp('2009-02-13T23:31:30Z'))", "2009-02-13T23:31:30Z"),
            Case("string(int)", "int"), Case("bytes('ÿ')", .bytes([195, 191])), Case("bool('true')", true), Case("bool('F')", false),
            Case("dyn(1) == 1", true), Case("type(1u)", .type(.uint)), Case("type(null)", .type(.nullType)),
            Case("type(timestamp('2009-02-13T23:31:30Z'))", .type(.timestamp)), Case("type([]) == list", true),
            Case("type({}) == map", true), Case("type(int) == type", true), Case("type(duration('1s')) == google.protobuf.Duration", true),
        ])
    func conversions(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "conversion range and format errors",
        arguments: [
            "int(18446744073709551615u)", "int(1e19)", "int(-1e19)", "int(double('NaN'))", "int('1.5')", "int('')",
            "uint(-1)", "uint(-1.0)", "uint(1e20)", "uint('-1')", "double('abc')", "bool('yes')", "string(b'\\xff')",
            "timestamp('2009-02-13')", "timestamp('0000-01-01T00:00:00Z')", "timestamp('10000-01-01T00:00:00Z')",
            "timestamp('2009-02-30T00:00:00Z')", "duration('1')", "duration('1x')", "duration('320000000000s')",
        ])
    func conversionErrors(source: String) {
        #expect(evaluate(source).isError)
    }

    @Test("a catastrophic regex on a long input is bounded")
    func catastrophicRegex() {
        let input = String(repeating: "a", count: 5_000) + "!"
        let clock = ContinuousClock()
        let start = clock.now
        let result = evaluate("s.matches('^(a+)+$')", ["s": .string(input)])
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(5))  // the regex gives up after 0.25 s; the rest is margin for a loaded machine
        if case .error(let error) = result {
            #expect(error.message.contains("gave up"))
        } else {
            #expect(result == false)
        }
    }

    @Test("matches refuses inputs and patterns past the limits, and bad patterns")
    func regexLimits() {
        let limits = ExpressionLimits(maxRegexInputLength: 10, maxRegexPatternLength: 5)
        #expect(evaluationError("'aaaaaaaaaaaa'.matches('a')", limits: limits)?.contains("input is too long") == true)
        #expect(evaluationError("'a'.matches('aaaaaaaa')", limits: limits)?.contains("pattern is too long") == true)
        #expect(evaluationError("'a'.matches('(')")?.contains("invalid regular expression") == true)
    }
}
