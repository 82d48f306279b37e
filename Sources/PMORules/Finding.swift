import PMOCatalog
import PMOSupport
import PMOYAML

/// One thing a rule found: which rule, how serious, what to say, and where.
public struct Finding: Sendable, Hashable {
    /// Whether the rule was broken, or could not be evaluated at all.
    public enum Kind: String, Sendable, Hashable {
        /// The project (or document) breaks the rule.
        case violation
        /// The rule itself failed: an error value, a non-bool result, or its budget ran out.
        case evaluationError = "evaluation-error"
    }

    /// The rule set's name (`project-standard`), or `pmo` for the tool's own findings.
    public var ruleSet: String
    /// The rule's id within its set (`charter-exists`).
    public var ruleID: String
    /// How serious the finding is.
    public var severity: RuleSetSpec.Severity
    /// The message the rule's author wrote, with placeholders filled in.
    public var message: String
    /// What to do about it.
    public var help: String?
    /// The file: project-relative for project rules, as shown to the user for catalog rules; nil for the whole project.
    public var file: String?
    /// Where in the file, when the data has a position.
    public var range: SourceRange?
    /// Violation or evaluation error.
    public var kind: Kind

    /// Creates a finding.
    public init(
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
    public var qualifiedRuleID: String { ruleSet + "/" + ruleID }

    /// A fingerprint that survives line shifts: a hash of the rule, the file and the message.
    public var fingerprint: String {
        Fingerprint.hex(of: [qualifiedRuleID, file ?? "", message].joined(separator: "\u{1F}"))
    }

    /// The finding as a diagnostic (`info` becomes a note), its message prefixed with `[ruleset/rule]`.
    /// `file` replaces the finding's own file (e.g. with the path as the user should see it).
    public func diagnostic(file displayFile: String? = nil) -> Diagnostic {
        let severity: Diagnostic.Severity = self.severity == .error ? .error : self.severity == .warning ? .warning : .note
        return Diagnostic(severity, "[\(qualifiedRuleID)] \(message)", file: displayFile ?? file ?? ".", range: range, help: help)
    }

    /// Orders findings by file, position, rule and message.
    public static func sortOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
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
