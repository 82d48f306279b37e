/// A problem found in an input file, with the position to show the user.
///
/// Rendered like a compiler message by ``DiagnosticRenderer``:
/// `path:line:col: error: message`, the source line and a caret under the span.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// The file as the user should see it (relative to the working directory where possible).
    public var file: String
    /// Where in the file; `nil` when the problem concerns the whole file.
    public var range: SourceRange?
    /// What to do about it, when there is something useful to say.
    public var help: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, _ message: String, file: String, range: SourceRange?, help: String? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.range = range
        self.help = help
    }

    /// `file:line:col: severity: message` on one line, no source excerpt.
    public var summary: String {
        let location = range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// Orders diagnostics by file, then position, then message.
    public static func sortOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let l = lhs.range?.start ?? SourceLocation(line: 0, column: 0, offset: 0)
        let r = rhs.range?.start ?? SourceLocation(line: 0, column: 0, offset: 0)
        if l != r { return l < r }
        return lhs.message < rhs.message
    }
}

/// Several diagnostics thrown together (a file with more than one problem).
public struct DiagnosticList: Error, Sendable {
    /// The problems, in the order found.
    public var diagnostics: [Diagnostic]

    /// Creates a list.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
