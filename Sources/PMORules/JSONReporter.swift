import Foundation
import PMOSupport

/// `pmo lint --format json`: a stable, documented shape (docs/rules.md, "JSON report").
package struct JSONReporter: Sendable {
    package var options: ReportOptions

    /// Creates a reporter.
    package init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    struct Report: Encodable {
        var version = 1
        var project: String
        var summary: Summary
        var findings: [FindingJSON]
        var waived: [FindingJSON]
        var baselined: [FindingJSON]
    }

    struct Summary: Encodable {
        var errors: Int, warnings: Int, infos: Int, waived: Int, baselined: Int, rules: Int
    }

    struct WaiverJSON: Encodable {
        var rule: String, path: String?, reason: String, owner: String, expires: String, line: Int
    }

    struct FindingJSON: Encodable {
        var rule: String
        var ruleSet: String
        var id: String
        var severity: String
        var kind: String
        var message: String
        var help: String?
        var file: String?
        var line: Int?
        var column: Int?
        var fingerprint: String
        var waiver: WaiverJSON?
    }

    /// The report as pretty-printed JSON with sorted keys.
    package func render(_ result: LintResult) -> String {
        func json(_ finding: Finding, waiver: Waiver? = nil) -> FindingJSON {
            FindingJSON(
                rule: finding.qualifiedRuleID, ruleSet: finding.ruleSet, id: finding.ruleID, severity: finding.severity.rawValue,
                kind: finding.kind.rawValue, message: finding.message, help: finding.help,
                file: finding.file.map { options.display($0) }, line: finding.range?.start.line, column: finding.range?.start.column,
                fingerprint: finding.fingerprint,
                waiver: waiver.map {
                    WaiverJSON(
                        rule: $0.rule, path: $0.path?.pattern, reason: $0.reason, owner: $0.owner,
                        expires: $0.expires.description, line: $0.range.start.line)
                })
        }
        let report = Report(
            project: options.projectPath,
            summary: Summary(
                errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount, waived: result.waived.count,
                baselined: result.baselined.count, rules: result.ruleSets.reduce(0) { $0 + $1.rules.count }),
            findings: result.findings.map { json($0) },
            waived: result.waived.map { json($0.finding, waiver: $0.waiver) },
            baselined: result.baselined.map { json($0) })
        return ((try? JSONText.encode(report)) ?? "") + "\n"
    }
}
