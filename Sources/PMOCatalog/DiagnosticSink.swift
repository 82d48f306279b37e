import PMOSupport
import PMOYAML

/// Collects the diagnostics of one file while it is decoded, so that all problems are reported, not the first.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, at range: SourceRange?, help: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, file: file, range: range, help: help))
    }

    func warning(_ message: String, at range: SourceRange?, help: String? = nil) {
        diagnostics.append(Diagnostic(.warning, message, file: file, range: range, help: help))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
