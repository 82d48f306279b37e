import Foundation
import PMOExpression
import Testing

@Suite("CEL literal printing")
struct LiteralPrinterTests {
    @Test(
        "values print as CEL literals",
        arguments: [
            ("1", "1"), ("-5", "-5"), ("1u", "1u"), ("1.0", "1.0"), ("1.5", "1.5"), ("1e100", "1e+100"), ("-0.0", "-0.0"),
            ("0.1 + 0.2", "0.30000000000000004"), ("double('NaN')", "double(\"NaN\")"), ("double('inf')", "double(\"Infinity\")"),
            ("-1.0 / 0.0", "double(\"-Infinity\")"), ("'hi'", "\"hi\""), ("'a\"b\\\\c'", "\"a\\\"b\\\\c\""),
            ("'line\\nnext\\ttab'", "\"line\\nnext\\ttab\""), ("'\\x01\\x7f'", "\"\\x01\\x7f\""), ("'日本'", "\"日本\""),
            ("'\\u200b'", "\"\\u200b\""), ("b'abc'", "b\"abc\""), ("b'\\xff\\x00\"'", "b\"\\xff\\x00\\\"\""), ("null", "null"),
            ("true", "true"), ("[1, 'a', [2u]]", "[1, \"a\", [2u]]"), ("[]", "[]"), ("{}", "{}"),
            ("{'k': 1, 2: [true]}", "{\"k\": 1, 2: [true]}"),
            ("timestamp('2009-02-13T23:31:30Z')", "timestamp(\"2009-02-13T23:31:30Z\")"),
            ("timestamp('2009-02-13T23:31:30.120Z')", "timestamp(\"2009-02-13T23:31:30.12Z\")"),
            ("duration('1.5s')", "duration(\"1.5s\")"), ("duration('-1ns')", "duration(\"-0.000000001s\")"),
            ("duration('0')", "duration(\"0s\")"), ("int", "int"), ("type('a')", "string"), ("type(1.0)", "double"),
        ])
    func printed(source: String, literal: String) {
        #expect(evaluate(source).celLiteral == literal)
    }

    @Test(
        "printed literals parse back to the same value",
        arguments: [
            "1", "1u", "1.5", "1e100", "-0.5", "'a\"\\\\b\\n\\x01'", "b'\\xff\\x00'", "[1, {'a': [null]}]",
            "timestamp('2009-02-13T23:31:30.5Z')", "duration('-2.25s')", "double('NaN')", "double('-inf')", "5e-324",
        ])
    func roundTrip(source: String) {
        let value = evaluate(source)
        #expect(evaluate(value.celLiteral) == value)
    }

    @Test("error values print with their message")
    func errorLiteral() {
        #expect(Value.error(EvaluationError(message: "boom")).celLiteral == "error(\"boom\")")
    }

    @Test("deeply nested host values print without unbounded recursion")
    func deepValue() {
        var value: Value = 1
        for _ in 0..<2_000 { value = .list([value]) }
        #expect(value.celLiteral.contains("[...]"))
    }
}
