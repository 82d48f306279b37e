import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// One entry of `.pmo/waivers.yaml`: a rule the project is excused from, where, why, by whom and until when.
public struct Waiver: Sendable, Hashable {
    /// `ruleset/rule`.
    public var rule: String
    /// Which findings it covers by file; nil covers every finding of the rule.
    public var path: Glob?
    /// Why the project does not follow the rule (required).
    public var reason: String
    /// Who agreed to the waiver (required).
    public var owner: String
    /// The last day the waiver applies (required).
    public var expires: CalendarDate
    /// Where the waiver is written.
    public var range: SourceRange

    /// Whether this waiver covers the finding.
    public func covers(_ finding: Finding) -> Bool {
        guard finding.qualifiedRuleID == rule else { return false }
        guard let path else { return true }
        guard let file = finding.file else { return path.pattern == "**" }
        return path.matches(file)
    }

    /// Whether the waiver no longer applies on `today`.
    public func isExpired(on today: CalendarDate) -> Bool { expires < today }
}

/// The waivers of a project, read strictly: every malformed entry is a diagnostic at its position.
public struct WaiverFile: Sendable {
    /// The valid waivers.
    public var waivers: [Waiver]
    /// Problems: a malformed file, a waiver without reason or expiry, an unknown rule id.
    public var diagnostics: [Diagnostic]

    /// No waivers.
    public static let empty = WaiverFile(waivers: [], diagnostics: [])

    static let fields = ["rule", "path", "reason", "owner", "expires"]

    /// Reads `.pmo/waivers.yaml` from the project (empty when the file does not exist); `knownRules`
    /// are the `ruleset/rule` ids that may be waived.
    public static func load(from project: ProjectContext, knownRules: Set<String>) -> WaiverFile {
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
    public static func parse(_ source: SourceFile, knownRules: Set<String>) -> WaiverFile {
        let stream: YAMLStream
        do {
            stream = try YAMLLoader().load(source)
        } catch let list as DiagnosticList {
            return WaiverFile(waivers: [], diagnostics: list.diagnostics)
        } catch {
            return WaiverFile(waivers: [], diagnostics: [Diagnostic(.error, "\(error)", file: source.path, range: nil)])
        }
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ range: SourceRange?, help: String? = nil) {
            diagnostics.append(Diagnostic(.error, message, file: source.path, range: range, help: help))
        }
        guard let root = stream.documents.first, !root.isNull else { return .empty }
        let items: [Node]
        if let list = root.sequence {
            items = list
        } else if root.mapping != nil, let list = root["waivers"]?.sequence {
            for entry in root.mapping ?? [] where entry.key.string != "waivers" {
                error("unknown field '\(entry.key.scalar?.text ?? "")' in the waivers file", entry.key.range)
            }
            items = list
        } else {
            error(
                "the waivers file must hold 'waivers:', a list of {rule, path, reason, owner, expires}", root.range,
                help: "waivers:\n  - {rule: RULESET/ID, path: \"docs/**\", reason: なぜ, owner: 名前, expires: 2026-12-31}")
            return WaiverFile(waivers: [], diagnostics: diagnostics)
        }
        var waivers: [Waiver] = []
        for item in items {
            guard let entries = item.mapping else {
                error("a waiver must be a mapping {rule, path, reason, owner, expires}, not \(item.kindDescription)", item.range)
                continue
            }
            for entry in entries where !fields.contains(entry.key.string ?? "") {
                error(
                    "unknown field '\(entry.key.scalar?.text ?? "")' in a waiver", entry.key.range,
                    help: Suggestion.help(for: entry.key.scalar?.text ?? "", in: fields))
            }
            func text(_ key: String, required: Bool) -> String? {
                guard let node = item[key], !node.isNull else {
                    if required { error("waiver is missing '\(key)'", item.range, help: help(for: key)) }
                    return nil
                }
                guard let value = node.string ?? node.scalar?.text, !value.trimmingCharacters(in: .whitespaces).isEmpty,
                    node.scalar != nil
                else {
                    error("'\(key)' of a waiver must be a non-empty string", node.range, help: help(for: key))
                    return nil
                }
                return value
            }
            let rule = text("rule", required: true)
            let path = text("path", required: false)
            let reason = text("reason", required: true)
            let owner = text("owner", required: true)
            let expiresText = text("expires", required: true)
            var expires: CalendarDate?
            if let expiresText {
                expires = CalendarDate(expiresText)
                if expires == nil {
                    error("'expires' must be a date YYYY-MM-DD, not \(DisplayText.quoted(expiresText))", item["expires"]?.range)
                }
            }
            if let rule, !knownRules.contains(rule) {
                error(
                    "unknown rule '\(rule)' in a waiver", item["rule"]?.range,
                    help: Suggestion.help(for: rule, in: knownRules.sorted()))
                continue
            }
            guard let rule, let reason, let owner, let expires else { continue }
            waivers.append(Waiver(rule: rule, path: path.map(Glob.init), reason: reason, owner: owner, expires: expires, range: item.range))
        }
        return WaiverFile(waivers: waivers, diagnostics: diagnostics)
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
