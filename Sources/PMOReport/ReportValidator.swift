import Foundation

/// The rules a decoded report must also follow: what JSON types alone cannot say.
enum ReportValidator {
    /// Longest string accepted in any field (a report is capped at 1 MiB anyway).
    static let maxStringLength = 16_384
    /// Longest project id, name, owner, phase or template name or version: they are indexed columns.
    static let maxKeyLength = 256

    static func validate(_ report: ProjectReport) throws(ReportValidationError) {
        try key(report.project.id, "project.id")
        try key(report.project.name, "project.name")
        if let owner = report.project.owner { try key(owner, "project.owner", allowEmpty: true) }
        if let phase = report.project.phase { try key(phase, "project.phase", allowEmpty: true) }
        if let generatedAt = report.generatedAt, !isTimestamp(generatedAt) {
            throw ReportValidationError(field: "generatedAt", problem: "must be an RFC 3339 time such as 2026-12-01T09:00:00Z")
        }
        for (index, template) in report.templates.enumerated() {
            try key(template.name, "templates[\(index)].name")
            try key(template.version, "templates[\(index)].version")
            try count(template.versionsBehind, "templates[\(index)].versionsBehind")
            try count(template.managedFiles, "templates[\(index)].managedFiles")
        }
        if let lint = report.lint {
            try count(lint.errors, "lint.errors")
            try count(lint.warnings, "lint.warnings")
            try count(lint.infos, "lint.infos")
            try count(lint.total, "lint.total")
            if lint.findings.count > ProjectReport.findingLimit {
                throw ReportValidationError(field: "lint.findings", problem: "lists at most \(ProjectReport.findingLimit) findings")
            }
            for (index, finding) in lint.findings.enumerated() where !["error", "warning", "info"].contains(finding.severity) {
                throw ReportValidationError(field: "lint.findings[\(index)].severity", problem: "must be error, warning or info")
            }
        }
        for (index, checklist) in report.checklists.enumerated() {
            try count(checklist.done, "checklists[\(index)].done")
            try count(checklist.total, "checklists[\(index)].total")
            if checklist.done > checklist.total {
                throw ReportValidationError(field: "checklists[\(index)].done", problem: "must not exceed total")
            }
        }
        let summary = ReportSummary(templates: report.templates, lint: report.lint, waivers: report.waivers, checklists: report.checklists)
        if summary != report.summary {
            throw ReportValidationError(field: "summary", problem: "does not match the report's templates, lint, waivers and checklists")
        }
        try strings(report)
    }

    /// Identity fields: not empty, not too long, no NUL (PostgreSQL text cannot hold it).
    private static func key(_ value: String, _ field: String, allowEmpty: Bool = false) throws(ReportValidationError) {
        if value.isEmpty && !allowEmpty { throw ReportValidationError(field: field, problem: "must not be empty") }
        if value.count > maxKeyLength { throw ReportValidationError(field: field, problem: "is longer than \(maxKeyLength) characters") }
        if value.unicodeScalars.contains("\u{0}") { throw ReportValidationError(field: field, problem: "must not contain U+0000") }
    }

    private static func count(_ value: Int, _ field: String) throws(ReportValidationError) {
        if value < 0 { throw ReportValidationError(field: field, problem: "must not be negative") }
    }

    /// Every other string only has a length cap: control characters and SQL metacharacters are data.
    private static func strings(_ report: ProjectReport) throws(ReportValidationError) {
        func check(_ value: String?, _ field: String) throws(ReportValidationError) {
            if let value, value.utf8.count > maxStringLength {
                throw ReportValidationError(field: field, problem: "is longer than \(maxStringLength) bytes")
            }
        }
        try check(report.project.repository?.url, "project.repository.url")
        try check(report.project.repository?.commit, "project.repository.commit")
        for (index, template) in report.templates.enumerated() {
            for (entry, change) in template.missedChanges.enumerated() {
                try check(change.changes, "templates[\(index)].missedChanges[\(entry)].changes")
            }
        }
        for (index, finding) in (report.lint?.findings ?? []).enumerated() {
            try check(finding.message, "lint.findings[\(index)].message")
            try check(finding.file, "lint.findings[\(index)].file")
        }
        for (index, waiver) in report.waivers.enumerated() {
            try check(waiver.reason, "waivers[\(index)].reason")
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS` with optional fraction and a `Z` or `±HH:MM` offset.
    static func isTimestamp(_ text: String) -> Bool {
        let pattern = #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
