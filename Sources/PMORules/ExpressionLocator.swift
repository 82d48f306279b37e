import PMOExpression
import PMOSupport
import PMOYAML

/// Maps a position inside an expression to its line and column in the YAML file it was written in,
/// whatever the scalar style: plain, quoted (escapes), folded or literal block.
struct ExpressionLocator {
    /// The rule set file's bytes, when they could be read.
    let source: SourceFile?
    /// The document, to find how the expression's scalar was written.
    let root: Node

    /// The file location of `position` in the expression written at `scalarRange`.
    func location(of position: SourcePosition, expression: String, scalarRange: SourceRange) -> SourceLocation {
        guard let source, scalarRange.start.offset < scalarRange.end.offset, scalarRange.end.offset <= source.bytes.count,
            let style = Self.scalar(at: scalarRange, in: root)?.style
        else { return scalarRange.start }
        var startOffset = scalarRange.start.offset
        if style == .literal || style == .folded {
            // The content starts on the line after the `|` or `>` indicator.
            while startOffset < scalarRange.end.offset, source.bytes[startOffset] != 0x0A { startOffset += 1 }
            startOffset += 1
        }
        guard startOffset <= scalarRange.end.offset else { return scalarRange.start }
        let written = Array(String(decoding: source.bytes[startOffset..<scalarRange.end.offset], as: UTF8.self).unicodeScalars)
        let wanted = Array(expression.unicodeScalars.prefix(position.offset))
        // Walk both texts; characters the YAML layer removed (quotes, escapes, indentation, folded
        // line breaks) are skipped in the written text.
        var cursor = 0
        for scalar in wanted {
            while cursor < written.count, written[cursor] != scalar,
                !(scalar == " " && (written[cursor] == "\n" || written[cursor] == "\r"))
            {
                cursor += 1
            }
            guard cursor < written.count else { return scalarRange.start }
            if scalar == " " && written[cursor] == "\n" {
                cursor += 1
                while cursor < written.count, written[cursor] == " " { cursor += 1 }
                continue
            }
            cursor += 1
        }
        // Skip indentation and quotes before the character the caret points at.
        let next = expression.unicodeScalars.dropFirst(position.offset).first
        while cursor < written.count, let next, written[cursor] != next { cursor += 1 }
        let prefix = String(String.UnicodeScalarView(written.prefix(cursor)))
        return source.location(ofByte: startOffset + prefix.utf8.count)
    }

    static func scalar(at range: SourceRange, in node: Node) -> Scalar? {
        guard node.range.start <= range.start else { return nil }
        switch node.content {
        case .scalar(let scalar): return node.range == range ? scalar : nil
        case .sequence(let items):
            for item in items { if let found = scalar(at: range, in: item) { return found } }
        case .mapping(let entries):
            for entry in entries { if let found = scalar(at: range, in: entry.value) { return found } }
        }
        return nil
    }
}
