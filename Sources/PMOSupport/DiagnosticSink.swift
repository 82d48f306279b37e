/// Collects the diagnostics of one file while it is decoded, so that all problems are reported, not the first.
package final class DiagnosticSink {
    /// The file every diagnostic is about.
    package let file: String
    /// What was reported so far, in order.
    package private(set) var diagnostics: [Diagnostic] = []

    /// A sink for the diagnostics of `file`.
    package init(file: String) {
        self.file = file
    }

    /// Reports an error at `range`.
    package func error(_ message: String, at range: SourceRange?, help: String? = nil) {
        report(.error, message, at: range, help: help)
    }

    /// Reports a warning at `range`.
    package func warning(_ message: String, at range: SourceRange?, help: String? = nil) {
        report(.warning, message, at: range, help: help)
    }

    /// Reports a diagnostic of `severity` at `range`.
    package func report(_ severity: Diagnostic.Severity, _ message: String, at range: SourceRange?, help: String? = nil) {
        diagnostics.append(Diagnostic(severity, message, file: file, range: range, help: help))
    }

    /// Whether any error (not only warnings) was reported.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
