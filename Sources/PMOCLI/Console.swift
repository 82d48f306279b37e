import Foundation
import PMOSupport
import PMOYAML

/// Where commands print: stdout for results, stderr for diagnostics, colour only on a terminal without NO_COLOR.
struct Console {
    /// Whether stderr gets ANSI colours.
    let color: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        color = environment["NO_COLOR"] == nil && isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// Writes text to stdout, control characters other than tab and newline escaped
    /// (``DisplayText/escapingControls(_:)``): values from parameters, evidence and locks end up here.
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(DisplayText.escapingControls(text).utf8))
    }

    /// Writes a line to stdout.
    func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Writes a line to stderr, control characters escaped.
    func error(_ text: String) {
        FileHandle.standardError.write(Data((DisplayText.escapingControls(text) + "\n").utf8))
    }

    /// Renders diagnostics to stderr with source excerpts, re-reading each file once. The renderer
    /// escapes what came from inputs itself, so that its own colours survive.
    func report(_ diagnostics: [Diagnostic]) {
        FileHandle.standardError.write(Data((render(diagnostics, color: color) + "\n").utf8))
    }

    /// The text rendering of diagnostics, excerpts included.
    func render(_ diagnostics: [Diagnostic], color: Bool) -> String {
        let renderer = DiagnosticRenderer(color: color)
        var sources: [String: SourceFile?] = [:]
        var blocks: [String] = []
        for diagnostic in diagnostics {
            if sources[diagnostic.file] == nil {
                sources[diagnostic.file] = FileManager.default.contents(atPath: diagnostic.file).map {
                    SourceFile(path: diagnostic.file, bytes: [UInt8]($0))
                }
            }
            blocks.append(renderer.render(diagnostic, source: sources[diagnostic.file] ?? nil))
        }
        return blocks.joined(separator: "\n")
    }
}
