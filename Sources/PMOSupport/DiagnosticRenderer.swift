/// Renders diagnostics the way compilers do: a summary line, the source line and a caret.
///
/// ```
/// standards/templates/charter/template.yaml:12:7: error: duplicate key 'title' (first at 9:3)
///    12 |       title: 憲章
///       |       ^~~~~
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours.
    package var color: Bool

    /// Creates a renderer.
    public init(color: Bool = false) {
        self.color = color
    }

    /// The full rendering of `diagnostic`, with a source excerpt when `source` is given.
    /// Control characters in the message, the source line and the help are escaped
    /// (``DisplayText/escapingControls(_:)``) before any colour is added.
    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        var out = paint(DisplayText.escapingControls(diagnostic.summary), severity: diagnostic.severity)
        if let range = diagnostic.range, let source, let line = source.lineText(range.start.line) {
            out += "\n" + excerpt(line: line, range: range)
        }
        if let help = diagnostic.help {
            out += "\n" + "   = help: " + DisplayText.escapingControls(help)
        }
        return out
    }

    /// The source line and the caret line under `range` (on the start line only).
    func excerpt(line: String, range: SourceRange) -> String {
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: max(number.count, 4))
        var scalars = Array(line.unicodeScalars)
        var startIndex = min(max(range.start.column - 1, 0), scalars.count)
        var endIndex: Int
        if range.end.line == range.start.line {
            endIndex = min(max(range.end.column - 1, startIndex + 1), max(scalars.count, startIndex + 1))
        } else {
            endIndex = max(scalars.count, startIndex + 1)
        }
        // Show a window of very long lines (minified or generated files) around the column.
        let window = 100
        if scalars.count > window {
            let from = max(0, min(startIndex - window / 2, scalars.count - window))
            let to = min(scalars.count, from + window)
            var clipped = Array(scalars[from..<to])
            var shift = from
            if from > 0 { clipped.insert("…", at: 0); shift -= 1 }
            if to < scalars.count { clipped.append("…") }
            scalars = clipped
            startIndex -= shift
            endIndex = min(endIndex - shift, scalars.count)
            if endIndex <= startIndex { endIndex = startIndex + 1 }
        }
        // A control character shows as its escape (`\u{1B}`), as wide as that text.
        func width(_ scalar: Unicode.Scalar) -> Int {
            if scalar == "\t" { return 1 }
            if DisplayText.isEscaped(scalar) { return DisplayText.escapingControls(String(scalar)).unicodeScalars.count }
            return DisplayWidth.of(scalar)
        }
        let indent = scalars[0..<startIndex].reduce(0) { $0 + width($1) }
        let spanWidth =
            (startIndex < scalars.count)
            ? scalars[startIndex..<min(endIndex, scalars.count)].reduce(0) { $0 + max(width($1), 1) }
            : 1
        let visibleLine = DisplayText.escapingControls(String(String.UnicodeScalarView(scalars.map { $0 == "\t" ? " " : $0 })))
        let caret = "^" + String(repeating: "~", count: max(spanWidth - 1, 0))
        let paddedNumber = String(repeating: " ", count: gutter.count - number.count) + number
        return "\(paddedNumber) | \(visibleLine)\n\(gutter) | \(String(repeating: " ", count: indent))\(paint(caret, severity: nil))"
    }

    private func paint(_ text: String, severity: Diagnostic.Severity?) -> String {
        guard color else { return text }
        let code: String
        switch severity {
        case .error?: code = "1;31"
        case .warning?: code = "1;33"
        case .note?: code = "1;36"
        case nil: code = "1;32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
