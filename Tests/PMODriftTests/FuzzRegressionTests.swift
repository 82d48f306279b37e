import Foundation
import PMODrift

/// What the `merge` fuzz target asserts on every input (base, ours and theirs separated by NUL bytes):
/// every line ours added to base is still in the merged text, cleanly or inside a conflict block,
/// both with the normal diff and with the whole-file fallback; conflict regions lie inside the text.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-merge links this file), so the fuzzer
/// and `make test` check exactly the same thing.
enum MergeFuzzCheck {
    /// The violated properties for `bytes`; empty when no local line was lost.
    static func problems(_ bytes: [UInt8]) -> [String] {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let base = parts.count > 0 ? parts[0] : ""
        let ours = parts.count > 1 ? parts[1] : ""
        let theirs = parts.count > 2 ? parts[2] : ""
        let labels = MergeLabels.standard("9.9.9")
        var problems: [String] = []
        for maxEdits in [ThreeWayMerge.defaultMaxEdits, 2] {
            let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, labels: labels, maxEdits: maxEdits)
            problems += lostLines(base: base, ours: ours, merged: result).map { "maxEdits \(maxEdits): \($0)" }
        }
        return problems
    }

    /// The lines ours added to base that the merge dropped.
    ///
    /// A CR at the end of a line is compared away: an unterminated last line `a\r` that the merge
    /// moves up gets its LF and reads back as `a` with a CRLF ending, which loses nothing.
    static func lostLines(base: String, ours: String, merged: MergeResult) -> [String] {
        func texts(_ text: String) -> [String] {
            TextLines(text).lines.map { $0.text.hasSuffix("\r") ? String($0.text.dropLast()) : String($0.text) }
        }
        let baseLines = Set(texts(base))
        let mergedLines = Set(texts(merged.text))
        var problems: [String] = []
        for line in texts(ours) where !baseLines.contains(line) && !mergedLines.contains(line) {
            problems.append("ours' line \(line.debugDescription) is lost")
        }
        let lineCount = TextLines(merged.text).lines.count
        for region in merged.conflicts
        where
            !(region.startLine <= region.separatorLine && region.separatorLine <= region.endLine && region.endLine <= lineCount + 1
            && region.startLine >= 0)
        {
            problems.append(
                "conflict region \(region.startLine)/\(region.separatorLine)/\(region.endLine) is outside the \(lineCount)-line text")
        }
        return problems
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `merge` fuzz target's seed corpus and every crash it found (Fuzz/corpus/merge, Fuzz/regressions/merge).
struct MergeFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let inputs = try FuzzInputs.files("merge")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/merge was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(MergeFuzzCheck.problems(bytes) == [], "\(input.lastPathComponent)")
        }
    }
}

#endif
