import Foundation
import Testing

/// `pmo eval` end to end: literal output, exit codes 0 / 1 / 2 and the caret under a parse error.
@Suite struct EvalCommandTests {
    @Test func printsTheValueAsACELLiteral() throws {
        let cases: [(String, String)] = [
            ("1 + 2", "3"),
            ("1u + 2u", "3u"),
            ("2.0 / 4.0", "0.5"),
            ("1.0", "1.0"),
            ("'日本' + \"語\"", "\"日本語\""),
            ("[1, 'a', true, null]", "[1, \"a\", true, null]"),
            ("{'k': b'\\x00'}", "{\"k\": b\"\\x00\"}"),
            ("duration('90s')", "duration(\"90s\")"),
            ("timestamp('2009-02-13T23:31:30Z')", "timestamp(\"2009-02-13T23:31:30Z\")"),
            ("type(1)", "int"),
        ]
        for (expression, expected) in cases {
            let result = try PMORunner.run(["eval", expression])
            #expect(result.status == 0, "\(expression): \(result)")
            #expect(result.stdout == expected + "\n", "\(expression)")
        }
    }

    @Test func bindsVariablesInOrderWithDottedNames() throws {
        let result = try PMORunner.run(["eval", "--var", "a.b=2", "--var", "c=a.b * 10", "c + a.b"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "22\n")
    }

    @Test func anErrorValueExitsOneWithTheMessage() throws {
        let result = try PMORunner.run(["eval", "1 / 0"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: division by zero"))
    }

    @Test func errorsAreAbsorbedByOr() throws {
        let result = try PMORunner.run(["eval", "f_unknown(1) || true"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "true\n")
    }

    @Test func aParseErrorExitsTwoWithACaret() throws {
        let result = try PMORunner.run(["eval", "1 + (2 *"])
        #expect(result.status == 2, "\(result)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("<expr>:1:") == true, "\(result.stderr)")
        // The one diagnostic renderer: source line and caret line behind a gutter, the caret after the text.
        #expect(lines.contains { $0.hasSuffix("| 1 + (2 *") }, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("     | ") && $0.trimmingCharacters(in: .whitespaces).hasSuffix("^") }, "\(result.stderr)")
    }

    @Test func usageErrorsExitTwo() throws {
        let unknownOption = try PMORunner.run(["eval", "--bogus", "1"])
        #expect(unknownOption.status == 2, "\(unknownOption)")
        let unknownCommand = try PMORunner.run(["frobnicate"])
        #expect(unknownCommand.status == 2, "\(unknownCommand)")
    }

    @Test func badVarsAndAMissingExpressionAreUsageErrors() throws {
        let noEquals = try PMORunner.run(["eval", "--var", "x", "1"])
        #expect(noEquals.status == 2, "\(noEquals)")
        #expect(noEquals.stderr.contains("'--var <NAME=EXPR>': must be written NAME=EXPR"), "\(noEquals)")
        let badName = try PMORunner.run(["eval", "--var", "1x=2", "1"])
        #expect(badName.status == 2, "\(badName)")
        #expect(badName.stderr.contains("the name '1x' must be an identifier such as project or a.b.c"), "\(badName)")
        let missing = try PMORunner.run(["eval"])
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr.contains("missing the expression to evaluate"), "\(missing)")
    }
}
