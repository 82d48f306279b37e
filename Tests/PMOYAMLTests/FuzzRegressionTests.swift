import Foundation
import PMOSupport
import PMOYAML

/// What the `yaml` fuzz target asserts on every input: the loader gives nodes or diagnostics,
/// and every position it reports (node ranges, diagnostic carets) lies inside the input.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-yaml links this file), so the fuzzer
/// and `make test` check exactly the same thing.
enum YAMLFuzzCheck {
    /// Small limits, so that the fuzzer reaches them instead of spending its time on big inputs.
    static let limits = YAMLLimits(maxInputBytes: 64 << 10, maxDepth: 64, maxAliasExpansion: 5_000)

    /// The violated properties for `bytes`; empty when the loader behaved.
    static func problems(_ bytes: [UInt8]) -> [String] {
        let source = SourceFile(path: "fuzz.yaml", bytes: bytes)
        var problems: [String] = []
        func checkRange(_ range: SourceRange, _ what: String) {
            for location in [range.start, range.end]
            where location.offset < 0 || location.offset > bytes.count
                || location.line < 1 || location.column < 1
            {
                problems.append("\(what) at \(location) offset \(location.offset) is outside the \(bytes.count)-byte input")
            }
            if range.end.offset < range.start.offset {
                problems.append("\(what) ends (\(range.end.offset)) before it starts (\(range.start.offset))")
            }
        }
        func walk(_ node: Node, depth: Int) {
            checkRange(node.range, "node")
            if depth > limits.maxDepth + 1 { problems.append("node nested \(depth) deep, past the depth limit \(limits.maxDepth)") }
            switch node.content {
            case .sequence(let items): items.forEach { walk($0, depth: depth + 1) }
            case .mapping(let entries):
                entries.forEach {
                    walk($0.key, depth: depth + 1); walk($0.value, depth: depth + 1)
                }
            default: break
            }
        }
        do {
            let stream = try YAMLLoader(limits: limits).load(source)
            for document in stream.documents {
                walk(document, depth: 0)
                _ = JSONWriter.json(document)
            }
        } catch let list as DiagnosticList {
            if list.diagnostics.isEmpty { problems.append("the loader failed without a diagnostic") }
            for diagnostic in list.diagnostics {
                if let range = diagnostic.range { checkRange(range, "diagnostic '\(diagnostic.message)'") }
                _ = DiagnosticRenderer().render(diagnostic, source: source)
            }
        } catch {
            problems.append("the loader threw \(type(of: error)), not a DiagnosticList: \(error)")
        }
        return problems
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `yaml` fuzz target's seed corpus and every crash it found (Fuzz/corpus/yaml, Fuzz/regressions/yaml).
struct YAMLFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let inputs = try FuzzInputs.files("yaml")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/yaml was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(YAMLFuzzCheck.problems(bytes) == [], "\(input.lastPathComponent)")
        }
    }
}

#endif
