import PMOSupport
import PMOYAML

/// Compiler-style text: `path:line:col: severity: [ruleset/rule] message`, a source excerpt when
/// the file can be read, the help line, and a summary line; control characters escaped.
package struct TextReporter: Sendable {
    package var options: ReportOptions

    /// Creates a reporter.
    package init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The report; `source` returns a finding's file (project-relative) for the excerpt, when it can.
    package func render(_ result: LintResult, source: (String) -> SourceFile? = { _ in nil }) -> String {
        var out = ""
        let renderer = DiagnosticRenderer(color: false)
        for finding in result.findings {
            let shown = options.display(finding.file)
            let location = finding.range.map { "\(shown):\($0.start.line):\($0.start.column)" } ?? shown
            out += "\(location): \(finding.severity.rawValue): [\(finding.qualifiedRuleID)] \(finding.message)\n"
            if finding.range != nil, let file = finding.file, let sourceFile = source(file) {
                // The renderer's excerpt and help follow its summary line.
                let rendered = renderer.render(
                    Diagnostic(.error, "", file: shown, range: finding.range, help: finding.help), source: sourceFile)
                out += rendered.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined() + "\n"
            } else if let help = finding.help {
                out += "   = help: \(help)\n"
            }
        }
        out += summary(result) + "\n"
        // Messages, paths and excerpts come from project files: no control character reaches the terminal.
        return DisplayText.escapingControls(out)
    }

    /// `✗ 2 errors, 1 warning, 0 infos (1 waived, 0 baselined); 12 rules` or `✓ no findings; 12 rules`.
    package func summary(_ result: LintResult) -> String {
        let rules = result.ruleSets.reduce(0) { $0 + $1.rules.count }
        let suppressed = " (\(result.waived.count) waived, \(result.baselined.count) baselined)"
        if result.findings.isEmpty { return "✓ no findings; \(rules) rule\(rules == 1 ? "" : "s")" + suppressed }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(result.errorCount > 0 ? "✗" : "!") \(count(result.errorCount, "error")), \(count(result.warningCount, "warning")), "
            + "\(count(result.infoCount, "info"))\(suppressed); \(count(rules, "rule"))"
    }
}
