import PMOSupport
import PMOYAML

/// The spec of a `RuleSet`: rules for projects or for the catalog itself.
package struct RuleSetSpec: Sendable, Hashable {
    /// What a rule set checks.
    package enum Target: String, Sendable, Hashable, CaseIterable {
        case project, catalog
    }

    /// How serious a finding is.
    package enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        case error, warning, info

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// One rule, as written. `check` and `examples` stay nodes: the rules engine interprets them.
    package struct Rule: Sendable, Hashable {
        package var id: Located<String>
        package var severity: Severity
        package var title: String
        package var description: String
        package var when: Located<String>?
        package var assert: Located<String>?
        package var check: Node?
        package var message: String?
        package var help: String?
        package var examples: Node?
        package var range: SourceRange
    }

    package var target: Target
    package var rules: [Rule]

    /// The fields `spec` may have.
    package static let fields = ["target", "rules"]
    /// The fields of one rule.
    package static let ruleFields = ["id", "severity", "title", "description", "when", "assert", "check", "message", "help", "examples"]
    /// The built-in check types.
    package static let checkTypes = [
        "file-exists", "file-absent", "file-matches", "yaml-path", "markdown-heading", "csv-columns", "csv-filled",
    ]

    static func decode(_ node: Node, sink: DiagnosticSink) -> RuleSetSpec {
        let reader = FieldReader(node, sink: sink, context: "spec")
        reader.rejectUnknown(allowed: fields)
        let target =
            reader.choice("target", Target.allCases.map(\.rawValue), required: true).flatMap { Target(rawValue: $0.value) } ?? .project
        var seen: [String: SourceRange] = [:]
        let rules: [Rule] = reader.list("rules", required: true) { node in
            guard let rule = decodeRule(node, sink: sink) else { return nil }
            if let first = seen[rule.id.value] {
                sink.error("duplicate rule id '\(rule.id.value)' (first at \(first.start))", at: rule.id.range)
            }
            seen[rule.id.value] = rule.id.range
            return rule
        }
        return RuleSetSpec(target: target, rules: rules)
    }

    private static func decodeRule(_ node: Node, sink: DiagnosticSink) -> Rule? {
        let reader = FieldReader(node, sink: sink, context: "rule")
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: ruleFields)
        guard let id = reader.string("id", required: true) else { return nil }
        if !Metadata.isSlug(id.value) {
            sink.error("rule id '\(id.value)' is not a valid slug", at: id.range, help: "use lower-case ASCII letters, digits and '-'")
        }
        let severity =
            reader.choice("severity", Severity.allCases.map(\.rawValue), required: true).flatMap { Severity(rawValue: $0.value) } ?? .error
        let assertion = reader.string("assert")
        let check = reader.value("check")
        if assertion == nil && check == nil {
            sink.error("rule '\(id.value)' needs 'assert' (an expression) or 'check' (a built-in check)", at: id.range)
        } else if assertion != nil && check != nil {
            sink.error("rule '\(id.value)' has both 'assert' and 'check'; give one", at: check!.range)
        }
        if let check {
            let checkReader = FieldReader(check, sink: sink, context: "check")
            _ = checkReader.choice("type", checkTypes, required: true)
        }
        return Rule(
            id: id, severity: severity, title: reader.string("title", required: true)?.value ?? id.value,
            description: reader.string("description")?.value ?? "", when: reader.string("when"), assert: assertion,
            check: check, message: reader.string("message")?.value, help: reader.string("help")?.value,
            examples: reader.value("examples"), range: node.range)
    }
}
