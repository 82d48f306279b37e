import Foundation
import PMOSupport
import PMOYAML

/// Accepted findings (`--write-baseline`), so that only new findings fail (`--baseline`).
///
/// The file is JSON: `{"version": 1, "findings": [{"rule", "path", "fingerprint", "message"}]}`.
/// Fingerprints hash the rule, the path and the message, not the line, so they survive edits
/// above the finding.
package struct Baseline: Sendable {
    /// One accepted finding.
    package struct Entry: Sendable, Hashable, Codable {
        package var rule: String
        package var path: String?
        package var fingerprint: String
        package var message: String
    }

    /// The accepted findings.
    package var entries: [Entry]

    /// A baseline accepting `findings`.
    package init(findings: [Finding]) {
        entries = findings.sorted(by: Finding.sortOrder).map {
            Entry(rule: $0.qualifiedRuleID, path: $0.file, fingerprint: $0.fingerprint, message: $0.message)
        }
    }

    /// The baseline as JSON text, one entry per line for readable diffs.
    package func json() -> String {
        let lines = entries.map { (try? JSONText.encode($0, pretty: false)) ?? "" }
        return "{\n  \"version\": 1,\n  \"findings\": [\n" + lines.map { "    " + $0 }.joined(separator: ",\n")
            + (lines.isEmpty ? "" : "\n") + "  ]\n}\n"
    }

    /// Reads a baseline; an entry whose rule is not in `knownRules`, or a malformed file, is a diagnostic at its position.
    package static func parse(_ source: SourceFile, knownRules: Set<String>) -> (Baseline?, [Diagnostic]) {
        let stream: YAMLStream
        do {
            stream = try YAMLLoader().loadReporting(source)
        } catch {
            return (nil, error.diagnostics)
        }
        guard let root = stream.documents.first, let items = root["findings"]?.sequence else {
            return (
                nil,
                [
                    Diagnostic(
                        .error, "a baseline must be {\"version\": 1, \"findings\": [...]}", file: source.path,
                        range: stream.documents.first?.range, help: "write one with pmo lint --write-baseline FILE")
                ]
            )
        }
        let sink = DiagnosticSink(file: source.path)
        var entries: [Entry] = []
        for item in items {
            let fields = FieldReader(item, sink: sink, context: "a baseline entry")
            guard fields.isMapping, let rule = fields.string("rule", required: true),
                let fingerprint = fields.string("fingerprint", required: true)
            else { continue }
            guard knownRules.contains(rule.value) else {
                sink.error(
                    "unknown rule '\(rule.value)' in the baseline", at: rule.range,
                    help: "the rule was renamed or removed; write the baseline again with --write-baseline")
                continue
            }
            entries.append(
                Entry(
                    rule: rule.value, path: fields.string("path", allowEmpty: true)?.value, fingerprint: fingerprint.value,
                    message: fields.string("message", allowEmpty: true)?.value ?? ""))
        }
        let diagnostics = sink.diagnostics
        return (Baseline(entries: entries), diagnostics)
    }

    init(entries: [Entry]) {
        self.entries = entries
    }

    /// Splits findings into new ones and those the baseline accepts (each entry accepts one finding).
    package func partition(_ findings: [Finding]) -> (new: [Finding], accepted: [Finding]) {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[entry.fingerprint, default: 0] += 1 }
        var new: [Finding] = []
        var accepted: [Finding] = []
        for finding in findings {
            let key = finding.fingerprint
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                accepted.append(finding)
            } else {
                new.append(finding)
            }
        }
        return (new, accepted)
    }
}
