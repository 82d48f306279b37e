import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// One entry of `.pmo/waivers.yaml`: a rule the project is excused from, where, why, by whom and until when.
package struct Waiver: Sendable, Hashable {
    /// `ruleset/rule`.
    package var rule: String
    /// Which findings it covers by file; nil covers every finding of the rule.
    package var path: Glob?
    /// Why the project does not follow the rule (required).
    package var reason: String
    /// Who agreed to the waiver (required).
    package var owner: String
    /// The last day the waiver applies (required).
    package var expires: CalendarDate
    /// Where the waiver is written.
    package var range: SourceRange

    /// Whether this waiver covers the finding.
    package func covers(_ finding: Finding) -> Bool {
        guard finding.qualifiedRuleID == rule else { return false }
        guard let path else { return true }
        guard let file = finding.file else { return path.pattern == "**" }
        return path.matches(file)
    }

    /// Whether the waiver no longer applies on `today`.
    package func isExpired(on today: CalendarDate) -> Bool { expires < today }
}

/// The waivers of a project, read strictly: every malformed entry is a diagnostic at its position.
package struct WaiverFile: Sendable {
    /// The valid waivers.
    package var waivers: [Waiver]
    /// Problems: a malformed file, a waiver without reason or expiry, an unknown rule id.
    package var diagnostics: [Diagnostic]

    /// No waivers.
    package static let empty = WaiverFile(waivers: [], diagnostics: [])

    static let fields = ["rule", "path", "reason", "owner", "expires"]

    /// Reads `.pmo/waivers.yaml` from the project (empty when the file does not exist); `knownRules`
    /// are the `ruleset/rule` ids that may be waived.
    package static func load(from project: ProjectContext, knownRules: Set<String>) -> WaiverFile {
        let path = ProjectContext.waiversPath
        guard let confined = try? ProjectPath(path), (try? project.fileSystem.exists(confined)) == true else { return .empty }
        do {
            let bytes = try project.fileSystem.read(confined, limit: project.limits.maxReadBytes)
            return parse(SourceFile(path: path, bytes: bytes), knownRules: knownRules)
        } catch {
            return WaiverFile(
                waivers: [], diagnostics: [Diagnostic(.error, "cannot read the waivers file: \(error)", file: path, range: nil)])
        }
    }

    /// Parses waivers text; the file is shown as `source.path` in diagnostics.
    package static func parse(_ source: SourceFile, knownRules: Set<String>) -> WaiverFile {
        let stream: YAMLStream
        do {
            stream = try YAMLLoader().loadReporting(source)
        } catch {
            return WaiverFile(waivers: [], diagnostics: error.diagnostics)
        }
        let sink = DiagnosticSink(file: source.path)
        guard let root = stream.documents.first, !root.isNull else { return .empty }
        let items: [Node]
        if let list = root.sequence {
            items = list
        } else if root.mapping != nil, let list = root["waivers"]?.sequence {
            FieldReader(root, sink: sink, context: "the waivers file").rejectUnknown(allowed: ["waivers"])
            items = list
        } else {
            sink.error(
                "the waivers file must hold 'waivers:', a list of {rule, path, reason, owner, expires}", at: root.range,
                help: "waivers:\n  - {rule: RULESET/ID, path: \"docs/**\", reason: なぜ, owner: 名前, expires: 2026-12-31}")
            return WaiverFile(waivers: [], diagnostics: sink.diagnostics)
        }
        var waivers: [Waiver] = []
        for item in items {
            guard item.mapping != nil else {
                sink.error("a waiver must be a mapping {rule, path, reason, owner, expires}, not \(item.kindDescription)", at: item.range)
                continue
            }
            if let waiver = waiver(FieldReader(item, sink: sink, context: "a waiver"), knownRules: knownRules) { waivers.append(waiver) }
        }
        let diagnostics = sink.diagnostics
        return WaiverFile(waivers: waivers, diagnostics: diagnostics)
    }

    private static func waiver(_ reader: FieldReader, knownRules: Set<String>) -> Waiver? {
        reader.rejectUnknown(allowed: fields)
        func text(_ key: String, required: Bool) -> Located<String>? {
            reader.text(key, required: required, allowEmpty: false, help: help(for: key))
        }
        let rule = text("rule", required: true)
        let path = text("path", required: false)
        let reason = text("reason", required: true)
        let owner = text("owner", required: true)
        var expires: CalendarDate?
        if let expiresText = text("expires", required: true) {
            expires = CalendarDate(expiresText.value)
            if expires == nil {
                reader.sink.error(
                    "'expires' must be a date YYYY-MM-DD, not \(DisplayText.quoted(expiresText.value))", at: expiresText.range)
            }
        }
        if let rule, !knownRules.contains(rule.value) {
            reader.sink.error(
                "unknown rule '\(rule.value)' in a waiver", at: rule.range, help: Suggestion.help(for: rule.value, in: knownRules.sorted()))
            return nil
        }
        guard let rule, let reason, let owner, let expires else { return nil }
        return Waiver(
            rule: rule.value, path: path.map { Glob($0.value) }, reason: reason.value, owner: owner.value, expires: expires,
            range: reader.node.range)
    }

    private static func help(for key: String) -> String? {
        switch key {
        case "reason": return "write why the project does not follow the rule; a waiver without a reason is not reviewable"
        case "expires": return "write the last day the waiver applies, e.g. expires: 2026-12-31; waivers must expire"
        case "owner": return "write who agreed to the waiver"
        case "rule": return "write the rule as RULESET/ID, e.g. project-standard/charter-exists"
        default: return nil
        }
    }
}
