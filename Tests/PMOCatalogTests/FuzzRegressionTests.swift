import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// What the `catalog` fuzz target asserts on every input: one YAML document decodes to a
/// ``Document`` or to error diagnostics, and every diagnostic position lies inside the input.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-catalog links this file), so the fuzzer
/// and `make test` check exactly the same thing.
enum CatalogFuzzCheck {
    /// Small limits, so that the fuzzer reaches them instead of spending its time on big inputs.
    static let loader = CatalogLoader(
        yamlLimits: YAMLLimits(maxInputBytes: 64 << 10, maxDepth: 64, maxAliasExpansion: 5_000),
        workingDirectory: "/", maxPageBytes: 64 << 10)
    /// A folder that does not exist, so that `bodyFile` and template `files/` resolve to nothing.
    static let path = "/nonexistent/pmo-fuzz/standards/fuzz.yaml"

    /// The violated properties for `bytes`; empty when the decoder behaved.
    static func problems(_ bytes: [UInt8]) -> [String] {
        let source = SourceFile(path: path, bytes: bytes)
        let decoded = loader.decodeDocument(source)
        var problems: [String] = []
        let errors = decoded.diagnostics.filter { $0.severity == .error }
        if decoded.document == nil && errors.isEmpty {
            problems.append("no document and no error")
        }
        for diagnostic in decoded.diagnostics {
            if let range = diagnostic.range {
                for location in [range.start, range.end]
                where location.offset < 0 || location.offset > bytes.count
                    || location.line < 1 || location.column < 1
                {
                    problems.append(
                        "diagnostic '\(diagnostic.message)' at \(location) offset \(location.offset) is outside the \(bytes.count)-byte input"
                    )
                }
            }
            _ = DiagnosticRenderer().render(diagnostic, source: source)
        }
        return problems
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `catalog` fuzz target's seed corpus and every crash it found (Fuzz/corpus/catalog, Fuzz/regressions/catalog).
struct CatalogFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let inputs = try FuzzInputs.files("catalog")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/catalog was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(CatalogFuzzCheck.problems(bytes) == [], "\(input.lastPathComponent)")
        }
    }
}

#endif
