import CYAML
import PMOSupport

/// Where libyaml's scanner reads YAML 1.2 differently from the specification, the builder looks at
/// the source bytes around each event and stops with an error instead of passing a wrong value on.
///
/// The shapes come from the YAML test suite (docs/yaml.md lists them with their case ids):
/// anchor names with `:` (libyaml ends the name there), `?` glued to a value in brackets (libyaml
/// reads a key), `-` alone in brackets, comments without a space before `#`, continuation lines of
/// quoted strings and bracketed lists that are not indented past their block, directives after a
/// document that was not closed with `...`, and the line separators U+0085, U+2028 and U+2029,
/// which libyaml (following YAML 1.1) treats as line breaks and YAML 1.2 as ordinary characters.
extension TreeBuilder {
    /// The layout of an open collection, for the checks that depend on the enclosing block.
    struct LayoutFrame {
        /// A `[…]` or `{…}` collection.
        var isFlow: Bool
        /// Column (0-based) of the entries of the innermost block collection, this one or the
        /// one around it (for flow collections, and for block collections whose anchor or tag
        /// hides where their entries start); nil outside any block collection.
        var indent: Int?
    }

    // MARK: whole input

    /// The first U+0085, U+2028 or U+2029 in the file is an error: libyaml breaks lines there and
    /// YAML 1.2 does not, so values and positions after it would differ from every 1.2 reader.
    func checkLineSeparators() throws {
        let found = source.bytes.withUnsafeBufferPointer { LineSeparatorScan.first(in: $0) }
        if let found {
            throw DiagnosticList([
                fatal(
                    "\(found.name) is not allowed: YAML 1.2 reads it as a character, the YAML reader as a line break",
                    at: SourceRange(at: source.location(ofByte: found.offset)))
            ])
        }
    }

    /// The bytes given to libyaml: the file after its byte-order mark, with a line break added when
    /// the last line holds only spaces. libyaml drops such a line from a block scalar that ends the
    /// file (`|+` then `   ` gives "" instead of "\n"); with the break it reads the value YAML 1.2 gives.
    func parserInput() -> [UInt8]? {
        let bytes = source.bytes
        guard let last = bytes.last, last == 0x20 else { return nil }
        var index = bytes.count - 1
        while index > 0 && bytes[index - 1] == 0x20 { index -= 1 }
        guard index == 0 || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D else { return nil }
        return Array(bytes[positions.bomLength...]) + [0x0A]
    }

    // MARK: events

    /// Anchor and alias names: libyaml ends a name at `:` (and `?`, `%`, `@`, `` ` ``), YAML 1.2 does not.
    func checkAnchorName(at offset: Int) throws {
        let bytes = source.bytes
        var index = offset
        // A tag may come before the anchor: `!!str &a value`.
        if index < bytes.count && bytes[index] == UInt8(ascii: "!") {
            while index < bytes.count && !Self.isBlank(bytes[index]) { index += 1 }
            while index < bytes.count && bytes[index] == 0x20 { index += 1 }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "&") || bytes[index] == UInt8(ascii: "*") else { return }
        let sigil = index
        index += 1
        while index < bytes.count && Self.isAnchorCharacter(bytes[index]) { index += 1 }
        guard index < bytes.count, [":", "?", "%", "@", "`"].contains(Character(Unicode.Scalar(bytes[index]))) else { return }
        var end = index
        while end < bytes.count && !Self.isBlank(bytes[end]) && !Self.isFlowIndicator(bytes[end]) { end += 1 }
        let written = String(decoding: bytes[sigil..<end], as: UTF8.self)
        let what = bytes[sigil] == UInt8(ascii: "&") ? "anchor" : "alias"
        throw DiagnosticList(
            diagnostics + [
                fatal(
                    "\(what) name \(DisplayText.quoted(written)) contains '\(Character(Unicode.Scalar(bytes[index])))', which the YAML reader cannot read; "
                        + "name anchors with letters, digits, '-' and '_', and put a space before ':'",
                    at: SourceRange(at: source.location(ofByte: index)))
            ])
    }

    /// Shapes around a scalar: `?` or `-` glued to a plain value in brackets, `#` right after a
    /// closing quote or a block scalar header, and badly indented lines of a quoted string.
    @inline(__always)
    func checkScalar(style: Scalar.Style, range: SourceRange) throws {
        // Most scalars are plain values in a block, where none of the shapes can occur: for them,
        // not even a call.
        if style == .plain && layout.last?.isFlow != true { return }
        try checkScalarShapes(style: style, range: range)
    }

    private func checkScalarShapes(style: Scalar.Style, range: SourceRange) throws {
        let inFlow = layout.last?.isFlow == true
        let bytes = source.bytes
        let start = range.start.offset
        switch style {
        case .plain:
            if start > 0, start < bytes.count, bytes[start - 1] == UInt8(ascii: "?"), inFlow {
                throw DiagnosticList(
                    diagnostics + [
                        fatal(
                            "'?' right before a value in brackets: YAML reads '?' as part of the text, the YAML reader as a key; "
                                + "quote the text, or write '? ' with a space for a key",
                            at: SourceRange(at: source.location(ofByte: start - 1)))
                    ])
            }
            if inFlow, start < bytes.count, bytes[start] == UInt8(ascii: "-"),
                start + 1 >= bytes.count || Self.isBlank(bytes[start + 1]) || Self.isFlowIndicator(bytes[start + 1])
            {
                throw DiagnosticList(
                    diagnostics + [
                        fatal(
                            "'-' alone is not a value in brackets; quote it: '-'", at: SourceRange(at: range.start))
                    ])
            }
        case .singleQuoted, .doubleQuoted:
            try checkCommentSpace(after: range.end.offset)
            if !inFlow { try checkContinuationLines(of: range, closing: nil, what: "a quoted string") }
        case .literal, .folded:
            try checkBlockScalarHeader(from: start)
        }
        if inFlow { try checkCommentAfterComma(from: range.end.offset) }
    }

    /// A flow collection ends: `#` right after the bracket, and (outside other brackets) its lines.
    func checkFlowEnd(range: SourceRange, closing: UInt8, parentIsFlow: Bool) throws {
        try checkCommentSpace(after: range.end.offset)
        if parentIsFlow {
            try checkCommentAfterComma(from: range.end.offset)
        } else {
            try checkContinuationLines(of: range, closing: closing, what: "a list or mapping in brackets")
        }
    }

    /// A document with `%YAML` or `%TAG` directives after another one must follow a `...` line, and
    /// a comment on a directive line needs a space before `#`.
    func checkDirectives(documentStart: SourceLocation, markerEnd: Int, previousEnd: Int?, previousEndedExplicitly: Bool) throws {
        if previousEnd != nil && !previousEndedExplicitly {
            throw DiagnosticList(
                diagnostics + [
                    fatal(
                        "a directive (%YAML or %TAG) after a document needs a '...' line that ends the document first",
                        at: SourceRange(at: documentStart))
                ])
        }
        let bytes = source.bytes
        var index = previousEnd ?? positions.bomLength
        var lineStart = true
        while index < min(markerEnd, bytes.count) {
            let byte = bytes[index]
            if lineStart && byte == UInt8(ascii: "%") {
                var cursor = index
                while cursor < bytes.count && bytes[cursor] != 0x0A && bytes[cursor] != 0x0D {
                    if bytes[cursor] == UInt8(ascii: "#") && !Self.isBlank(bytes[cursor - 1]) {
                        throw commentWithoutSpace(at: cursor)
                    }
                    cursor += 1
                }
                index = cursor
                continue
            }
            lineStart = byte == 0x0A || byte == 0x0D
            index += 1
        }
    }

    // MARK: helpers

    private func checkCommentSpace(after offset: Int) throws {
        if offset < source.bytes.count && source.bytes[offset] == UInt8(ascii: "#") {
            throw commentWithoutSpace(at: offset)
        }
    }

    /// `[a, b,#x]`: after a value in brackets, a comma, then `#` without a space.
    private func checkCommentAfterComma(from offset: Int) throws {
        let bytes = source.bytes
        var index = offset
        while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        if index + 1 < bytes.count && bytes[index] == UInt8(ascii: ",") && bytes[index + 1] == UInt8(ascii: "#") {
            throw commentWithoutSpace(at: index + 1)
        }
    }

    /// `>#x` or `|-#x`: the header of a block scalar, then `#` without a space.
    private func checkBlockScalarHeader(from offset: Int) throws {
        let bytes = source.bytes
        var index = offset
        while index < bytes.count && bytes[index] != UInt8(ascii: "|") && bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == 0x0A || bytes[index] == 0x0D { return }
            index += 1
        }
        index += 1
        while index < bytes.count
            && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[index]))
        {
            index += 1
        }
        try checkCommentSpace(after: index)
    }

    /// Every line after the first of a quoted string or bracketed collection inside a block must be
    /// indented past that block (YAML 1.2, 7.3 and 7.4): libyaml reads `key: "a⏎b"` and a line
    /// that starts with a tab. Empty lines, comment lines in brackets and the closing bracket's
    /// own line are exempt (the last is wrong too, but common, and libyaml reads it right).
    private func checkContinuationLines(of range: SourceRange, closing: UInt8?, what: String) throws {
        guard range.end.line > range.start.line, let indent = layout.last?.indent else { return }
        let bytes = source.bytes
        var index = range.start.offset
        let end = min(range.end.offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0A || (byte == 0x0D && (index >= bytes.count || bytes[index] != 0x0A)) else { continue }
            var first = index
            while first < bytes.count && bytes[first] == 0x20 { first += 1 }
            let spaces = first - index
            var content = first
            while content < bytes.count && bytes[content] == 0x09 { content += 1 }
            if content >= bytes.count || bytes[content] == 0x0A || bytes[content] == 0x0D { continue }
            if closing != nil && bytes[content] == UInt8(ascii: "#") { continue }
            if let closing, bytes[content] == closing, content + 1 >= end { continue }
            if spaces <= indent {
                throw DiagnosticList(
                    diagnostics + [
                        fatal(
                            "this line continues \(what) and must be indented by at least \(indent + 1) space\(indent == 0 ? "" : "s")"
                                + (content > first ? " (tabs do not count)" : ""),
                            at: SourceRange(at: source.location(ofByte: content)))
                    ])
            }
        }
    }

    private func commentWithoutSpace(at offset: Int) -> DiagnosticList {
        DiagnosticList(
            diagnostics + [
                fatal(
                    "a comment needs a space before '#'", at: SourceRange(at: source.location(ofByte: offset)))
            ])
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// The characters libyaml allows in an anchor name.
    static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
