import PMOSupport

/// Why an expression could not be parsed, and where.
public struct ExpressionParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, written for the rule author.
    public let message: String
    /// Where the problem starts.
    public let position: SourcePosition

    /// 1-based column in Unicode scalars.
    public var column: Int { position.column }
    /// 0-based offset in Unicode scalars.
    public var offset: Int { position.offset }
    /// 1-based line.
    public var line: Int { position.line }

    /// Creates an error at a position.
    public init(message: String, position: SourcePosition) {
        self.message = message
        self.position = position
    }

    /// `line:column: message`.
    public var description: String { "\(position): \(message)" }

    /// The error as a ``Diagnostic`` in `sourceName`, for the one diagnostic renderer.
    public func diagnostic(sourceName: String = "<expr>") -> Diagnostic {
        let location = SourceLocation(line: position.line, column: position.column, offset: position.offset)
        return Diagnostic(.error, message, file: sourceName, range: SourceRange(at: location))
    }

    /// The full diagnostic with the source line and a caret under the column (wide characters counted twice).
    public func rendered(source: String, sourceName: String = "<expr>") -> String {
        DiagnosticRenderer().render(diagnostic(sourceName: sourceName), source: SourceFile(path: sourceName, text: source))
    }
}
