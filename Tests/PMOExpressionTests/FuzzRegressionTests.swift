import Foundation
import PMOExpression

/// What the `expression` fuzz target asserts on every input: parsing gives an expression or a parse
/// error inside the text, and evaluation under a small budget ends with a value that respects the
/// string and list limits, having spent no more than the budget plus the last charge.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-expression links this file), so the fuzzer
/// and `make test` check exactly the same thing.
enum ExpressionFuzzCheck {
    /// Small limits, so that an input reaches them in microseconds.
    static let limits = ExpressionLimits(
        maxSourceLength: 4_096, maxNestingDepth: 64, costBudget: 20_000,
        maxStringLength: 10_000, maxListLength: 1_000, maxRegexInputLength: 1_000,
        maxRegexPatternLength: 200, regexTimeLimit: 0.05)
    /// Bindings shaped like the ones rules see, so member access and macros have something to walk.
    static let activation = Activation([
        "project": Value(["name": Value("demo"), "code": Value("PRJ-001"), "tags": Value([Value("a"), Value("b")]), "size": Value(3)]),
        "files": Value([Value("README.md"), Value("docs/plan.md"), Value("docs/計画書.md")]),
        "doc": Value(["title": Value("進捗報告書"), "version": Value("1.2.0"), "reviewed": Value(true), "score": Value(0.5)]),
        "now": Value(Date(timeIntervalSince1970: 1_767_225_600)),
        "x": Value(1), "s": Value("hello"),
    ])

    /// The violated properties for `bytes`; empty when the parser and evaluator behaved.
    static func problems(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let expression: PMOExpression.Expression
        do throws(ExpressionParseError) {
            expression = try PMOExpression.Expression.parse(text, limits: limits)
        } catch {
            let length = text.unicodeScalars.count
            if error.offset < 0 || error.offset > length {
                return ["parse error '\(error.message)' at offset \(error.offset), outside the \(length)-scalar text"]
            }
            return []
        }
        var stats = EvaluationStats()
        let value = expression.evaluate(in: activation, limits: limits, stats: &stats)
        var problems: [String] = []
        let slack = limits.maxStringLength + limits.maxListLength + 1_000
        if stats.cost > limits.costBudget + slack {
            problems.append("evaluation spent \(stats.cost), past the budget \(limits.costBudget)")
        }
        switch value {
        case .string(let string) where string.unicodeScalars.count > limits.maxStringLength:
            problems.append("a \(string.unicodeScalars.count)-scalar string, past the string limit")
        case .bytes(let bytes) where bytes.count > limits.maxStringLength:
            problems.append("\(bytes.count) bytes, past the string limit")
        case .list(let list) where list.count > limits.maxListLength:
            problems.append("a \(list.count)-element list, past the list limit")
        default:
            break
        }
        _ = value.celLiteral
        return problems
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `expression` fuzz target's seed corpus and every crash it found (Fuzz/corpus/expression, Fuzz/regressions/expression).
struct ExpressionFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let inputs = try FuzzInputs.files("expression")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/expression was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(ExpressionFuzzCheck.problems(bytes) == [], "\(input.lastPathComponent)")
        }
    }
}

#endif
