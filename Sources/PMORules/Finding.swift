import PMOCatalog
import PMOSupport
import PMOYAML

/// One thing a rule found: which rule, how serious, what to say, and where.
package struct Finding: Sendable, Hashable {
    /// Whether the rule was broken, or could not be evaluated at all.
    package enum Kind: String, Sendable, Hashable {
        /// The project (or document) breaks the rule.
        case violation
        /// The rule itself failed: an error value, a non-bool result, or its budget ran out.
        case evaluationError = "evaluation-error"
    }

    /// The rule set's name (`project-standard`), or `pmo` for the tool's own findings.
    package var ruleSet: String
    /// The rule's id within its set (`charter-exists`).
    package var ruleID: String
    /// How serious the finding is.
    package var severity: RuleSetSpec.Severity
    /// The message the rule's author wrote, with placeholders filled in.
    package var message: String
    /// What to do about it.
    package var help: String?
    /// The file: project-relative for project rules, as shown to the user for catalog rules; nil for the whole project.
    package var file: String?
    /// Where in the file, when the data has a position.
    package var range: SourceRange?
    /// Violation or evaluation error.
    package var kind: Kind

    /// Creates a finding.
    package init(
        ruleSet: String, ruleID: String, severity: RuleSetSpec.Severity, message: String, help: String? = nil,
        file: String? = nil, range: SourceRange? = nil, kind: Kind = .violation
    ) {
        self.ruleSet = ruleSet
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.help = help
        self.file = file
        self.range = range
        self.kind = kind
    }

    /// `ruleset/rule`, the id used in waivers, baselines and reports.
    package var qualifiedRuleID: String { ruleSet + "/" + ruleID }

    /// A fingerprint that survives line shifts: a hash of the rule, the file and the message.
    package var fingerprint: String {
        Fingerprint.hex(of: [qualifiedRuleID, file ?? "", message].joined(separator: "\u{1F}"))
    }

    /// The finding as a diagnostic (`info` becomes a note), its message prefixed with `[ruleset/rule]`.
    /// `file` replaces the finding's own file (e.g. with the path as the user should see it).
    package func diagnostic(file displayFile: String? = nil) -> Diagnostic {
        let severity: Diagnostic.Severity = self.severity == .error ? .error : self.severity == .warning ? .warning : .note
        return Diagnostic(severity, "[\(qualifiedRuleID)] \(message)", file: displayFile ?? file ?? ".", range: range, help: help)
    }

    /// Orders findings by file, position, rule and message.
    package static func sortOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if (lhs.file ?? "") != (rhs.file ?? "") { return (lhs.file ?? "") < (rhs.file ?? "") }
        let l = lhs.range?.start ?? SourceLocation(line: 0, column: 0, offset: 0)
        let r = rhs.range?.start ?? SourceLocation(line: 0, column: 0, offset: 0)
        if l != r { return l < r }
        if lhs.qualifiedRuleID != rhs.qualifiedRuleID { return lhs.qualifiedRuleID < rhs.qualifiedRuleID }
        return lhs.message < rhs.message
    }
}

/// A stable 64-bit FNV-1a hash as 16 hex digits (stable across runs and platforms, unlike `Hasher`).
enum Fingerprint {
    static func hex(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
