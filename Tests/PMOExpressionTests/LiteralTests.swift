import PMOExpression
import Testing

@Suite("Literals (cel-spec parse and basic conformance cases)")
struct LiteralTests {
    @Test(
        "every literal form evaluates to its value",
        arguments: [
            Case("0", 0),
            Case("42", 42),
            Case("0x2A", 42),
            Case("0xff", 255),
            Case("-9223372036854775808", .int(.min)),
            Case("9223372036854775807", .int(.max)),
            Case("1u", .uint(1)),
            Case("0x1u", .uint(1)),
            Case("18446744073709551615u", .uint(.max)),
            Case("1.5", 1.5),
            Case(".5", 0.5),
            Case("1e3", 1000.0),
            Case("1.5e-3", 0.0015),
            Case("2E+2", 200.0),
            Case("-0.0", .double(-0.0)),
            Case("true", true),
            Case("false", false),
            Case("null", .null),
            Case("'hello'", "hello"),
            Case("\"hello\"", "hello"),
            Case("'''hello'''", "hello"),
            Case("\"\"\"hello\"\"\"", "hello"),
            Case("'''x''x'''", "x''x"),
            Case("'\"\"'", "\"\""),
            Case("\"\\\"\"", "\""),
            Case("\"\\\\\"", "\\"),
            Case("r\"\\\\\"", "\\\\"),
            Case("R'\\n'", "\\n"),
            Case("r'''a\\tb'''", "a\\tb"),
            Case("' \\\\ \\? \\\" \\' \\` '", " \\ ? \" ' ` "),
            Case("' \\a \\b \\f \\n \\r \\t \\v '", " \u{07} \u{08} \u{0C} \n \r \t \u{0B} "),
            Case("'\\x41\\X42'", "AB"),
            Case("'\\u00e9'", "é"),
            Case("'\\U0001F600'", "😀"),
            Case("'\\101\\000\\377'", "A\u{0}\u{FF}"),
            Case("\"\\303\\277\"", "Ã¿"),
            Case("'''multi\nline'''", "multi\nline"),
            Case("'日本語'", "日本語"),
            Case("b'abc'", .bytes([97, 98, 99])),
            Case("b\"ÿ\"", .bytes([195, 191])),
            Case("b\"\\303\\277\"", .bytes([195, 191])),
            Case("b'\\377'", .bytes([255])),
            Case("B'\\xFF\\X0a'", .bytes([255, 10])),
            Case("br'\\x00'", .bytes(Array("\\x00".utf8))),
            Case("rb'\\n'", .bytes([92, 110])),
            Case("[]", []),
            Case("[1, 'a', true]", [1, "a", true]),
            Case("{}", .map(ValueMap())),
            Case("{'a': 1, 2: 'b', true: null, 3u: 1.5}", [.string("a"): 1, 2: "b", true: .null, .uint(3): 1.5]),
        ])
    func literal(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test("map literals reject bad and duplicate keys")
    func badMapKeys() {
        #expect(evaluationError("{1.5: 'a'}")?.contains("unsupported map key type: double") == true)
        #expect(evaluationError("{[1]: 'a'}")?.contains("unsupported map key") == true)
        #expect(evaluationError("{'a': 1, 'a': 2}")?.contains("duplicate map key") == true)
        #expect(evaluationError("{1: 'a', 1u: 'b'}")?.contains("duplicate map key") == true)
    }

    @Test("map keys keep their literal order")
    func mapOrder() {
        guard case .map(let map) = evaluate("{'z': 1, 'a': 2, 'm': 3}") else {
            Issue.record("not a map")
            return
        }
        #expect(map.keys == ["z", "a", "m"])
    }
}
