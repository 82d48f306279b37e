import PMOExpression
import Testing

@Suite("Parsing and syntax errors")
struct ParserTests {
    @Test(
        "a syntax error points at its column",
        arguments: [
            ("1 +", 4, "expression ended unexpectedly"),
            ("1 + * 2", 5, "unexpected '*'"),
            ("(1 + 2", 7, "expected ')'"),
            ("[1, 2", 6, "']'"),
            ("{1: 2", 6, "'}'"),
            ("a.", 3, "after '.'"),
            ("1 = 2", 3, "unexpected character '='"),
            ("a & b", 3, "unexpected character '&'"),
            ("x ? 1", 6, "':'"),
            ("'abc", 1, "unterminated string"),
            ("\"a\nb\"", 3, "newline"),
            ("'\\q'", 2, "invalid escape"),
            ("'\\x4'", 2, "hexadecimal"),
            ("b'\\u00e9'", 3, "bytes"),
            ("'\\400'", 2, "invalid escape"),
            ("'\\12'", 2, "octal"),
            ("18446744073709551616", 1, "out of range"),
            ("9223372036854775808", 1, "out of range"),
            ("-9223372036854775809", 1, "out of range"),
            ("1e999", 1, "out of range"),
            ("0x", 1, "digits"),
            ("a #", 3, "unexpected character '#'"),
            ("has(a)", 5, "has() needs a field selection"),
            ("[1].all(1, true)", 9, "variable name"),
            ("Foo{a: 1}", 4, "message literals"),
            ("size(1) 2", 9, "unexpected integer 2"),
        ])
    func syntaxErrorColumn(source: String, column: Int, message: String) throws {
        let error = try #require(parseError(source))
        #expect(error.column == column, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test("reserved words cannot be names but can be fields and methods")
    func reservedWords() throws {
        for word in ["if", "else", "for", "while", "var", "let", "package", "namespace", "import"] {
            let error = try #require(parseError("\(word) + 1"))
            #expect(error.message.contains("reserved word"))
            #expect(error.column == 1)
            #expect(evaluate("{'\(word)': 1}.\(word)") == 1)
        }
        #expect(evaluate("a.while() || true") == true)
        #expect(parseError("in") != nil)
        #expect(parseError("true = 1") != nil)
    }

    @Test("columns count Unicode scalars and lines restart them")
    func unicodeColumns() throws {
        let error = try #require(parseError("'日本語' + )"))
        #expect(error.column == 9)
        #expect(error.offset == 8)
        let multiline = try #require(parseError("1 +\n  2 +\n  )"))
        #expect(multiline.line == 3)
        #expect(multiline.column == 3)
    }

    @Test("the rendered diagnostic has a caret under the column")
    func renderedCaret() throws {
        let source = "size(x) > > 1"
        let error = try #require(parseError(source))
        #expect(error.rendered(source: source) == "<expr>:1:11: error: unexpected '>'\n   1 | size(x) > > 1\n     |           ^")
    }

    @Test("the caret after full-width text counts two columns per wide character")
    func renderedCaretAfterWideText() throws {
        let source = "'日本語' + )"
        let error = try #require(parseError(source))
        #expect(error.rendered(source: source) == "<expr>:1:9: error: \(error.message)\n   1 | '日本語' + )\n     |            ^")
    }

    @Test("10,000 nested parentheses are a parse error, not a stack overflow")
    func deepParentheses() throws {
        let source = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let error = try #require(parseError(source))
        #expect(error.message.contains("nested too deeply"))
    }

    @Test(
        "deep chains of every kind are refused",
        arguments: [
            String(repeating: "!", count: 10_000) + "true",
            String(repeating: "-", count: 10_000) + "1",
            "a" + String(repeating: ".b", count: 10_000),
            "a" + String(repeating: "[0]", count: 10_000),
            String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
            String(repeating: "{1:", count: 10_000) + "1" + String(repeating: "}", count: 10_000),
            String(repeating: "size(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
            String(repeating: "true ? 1 : ", count: 5_000) + "0",
        ].map(DeepSource.init)
    )
    func deepChains(source: DeepSource) throws {
        let error = try #require(parseError(source.text))
        #expect(error.message.contains("nested too deeply"))
    }

    @Test("a long + chain is one level of nesting, not one per operand")
    func longArithmeticChainsAreFlat() throws {
        // 201 terms were refused as "nested too deeply" when every operand counted as a level.
        #expect(evaluate(Array(repeating: "1", count: 201).joined(separator: " + ")) == 201)
        #expect(evaluate(Array(repeating: "1", count: 300).joined(separator: " * ") + " * 0") == 0)
        #expect(evaluate("10 - 1 - 2 - 3") == 4)
        #expect(evaluate("100 / 10 / 5 % 3") == 2)
        #expect(evaluate("'a' + 'b' + 'c' + 'd'") == "abcd")
        // The longest chain the source limit allows (50,000 terms) evaluates at once, without recursion.
        let longest = Array(repeating: "1", count: 50_000).joined(separator: "+")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(evaluate(longest) == 50_000)
        #expect(clock.now - start < .seconds(5))
        // 100,000 terms are refused by the source length limit, with that limit's message.
        let tooLong = try #require(parseError(Array(repeating: "1", count: 100_000).joined(separator: "+")))
        #expect(tooLong.message.contains("expression is too long"))
        // Errors in a chain still point at their operator, and nesting inside operands still counts.
        #expect(evaluationError("1 + 2 + 'x' + 4")?.contains("no such overload") == true)
        #expect(
            parseError(Array(repeating: "(1 + ", count: 300).joined() + "1" + String(repeating: ")", count: 300))?
                .message.contains("nested too deeply") == true)
        #expect(evaluationError(Array(repeating: "1", count: 300).joined(separator: " < ")) != nil)
    }

    @Test("long && and || chains are balanced and evaluate")
    func longLogicalChains() {
        let ors = Array(repeating: "false", count: 5_000).joined(separator: " || ") + " || true"
        #expect(evaluate(ors) == true)
        let ands = Array(repeating: "true", count: 5_000).joined(separator: " && ")
        #expect(evaluate(ands) == true)
    }

    @Test("the source length is bounded")
    func sourceLength() throws {
        let error = try #require(parseError(String(repeating: "1+", count: 60_000) + "1"))
        #expect(error.message.contains("too long"))
    }

    @Test(
        "the conformance nesting cases parse",
        arguments: [
            Case("a[a[a[a[a[a[a[a[a[a[a[a[0]]]]]]]]]]]]", 0),
            Case("int(uint(int(uint(int(uint(int(uint(int(uint(int(uint(7))))))))))))", 7),
            Case("size([[[[[[[[[[[[0]]]]]]]]]]]])", 1),
            Case("size({0: {0: {0: {0: {0: {0: {0: {0: {0: {0: {0: {0: 'foo'}}}}}}}}}}}})", 1),
            Case("((((((((((((((((((((((((((((((((7))))))))))))))))))))))))))))))))", 7),
            Case("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true", true),
            Case("--------------------------------19", 19),
            Case("3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3 - 3 + 3", 3),
            Case("4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4 * 4 / 4", 4),
            Case("[[[[[[[[[[[['foo']]]]]]]]]]]][0][0][0][0][0][0][0][0][0][0][0][0]", "foo"),
            Case("true ? true : true ? true : true ? true : false", true),
            Case(
                "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31][17]",
                17),
        ])
    func conformanceNesting(testCase: Case) {
        #expect(evaluate(testCase.source, ["a": [0]]) == testCase.expected)
    }

    @Test("whitespace and comments are ignored")
    func whitespaceAndComments() {
        #expect(evaluate("[\t1,\n2\r,\u{0C}3 // three\n][ 0 ] == ( 2 - 1 ) && ! false ? 1 : 2") == 1)
        #expect(evaluate("// leading comment\n42") == 42)
    }

    @Test("string prefixes are only prefixes before a quote")
    func prefixLetters() {
        #expect(evaluate("r + b + rb + br", ["r": 1, "b": 2, "rb": 3, "br": 4]) == 10)
        #expect(evaluate("'''a\r\nb'''") == "a\r\nb")
        #expect(evaluate("'a' // no newline after this comment") == "a")
        #expect(evaluate(".5 + m.x", ["m": ["x": 0.5]]) == 1.0)
    }

    @Test("a leading dot names the root scope")
    func leadingDot() {
        #expect(evaluate(".x + 1", ["x": 1]) == 2)
        #expect(parseError(". + 1") != nil)
    }

    @Test("trailing commas are allowed in lists, maps and calls")
    func trailingCommas() {
        #expect(evaluate("[1, 2,]") == [1, 2])
        #expect(evaluate("{'a': 1,}") == ["a": 1])
    }
}

/// A long generated source, named in test output by its first characters only.
struct DeepSource: Sendable, CustomTestStringConvertible {
    let text: String
    var testDescription: String { String(text.prefix(24)) + "…" }
}
