/// Writes nodes as block-style YAML that the strict ``YAMLLoader`` reads back to the same values.
///
/// Strings are written plain only when the loader would read them back as the same string;
/// anything that would resolve to another type (`true`, `1.0`, `null`, `0x1F`), that starts
/// with an indicator, holds `: ` or ` #`, has surrounding spaces, line breaks or control
/// characters is double-quoted with escapes. Empty lists and mappings are written `[]` and `{}`.
///
/// ```swift
/// let node = Node(entries: [("name", Node(string: "kickoff")), ("done", Node(bool: false))])
/// YAMLWriter.document(node)   // "name: kickoff\ndone: false\n"
/// ```
public enum YAMLWriter {
    /// The whole document for `node`, ending in a newline, after optional `#` comment lines.
    public static func document(_ node: Node, comment: String? = nil) -> String {
        var out = ""
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? "#\n" : "# " + line + "\n"
            }
        }
        switch node.content {
        case .scalar(let scalar):
            out += scalarText(scalar.value) + "\n"
        case .sequence(let items) where !items.isEmpty:
            writeSequence(items, indent: 0, into: &out)
        case .mapping(let entries) where !entries.isEmpty:
            writeMapping(entries, indent: 0, into: &out)
        default:
            out += inlineEmpty(node) + "\n"
        }
        return out
    }

    /// A scalar value as YAML text: quoted when the loader would otherwise read something else.
    public static func scalarText(_ value: ScalarValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return JSONWriter.floatText(d)
        case .string(let s): return needsQuotes(s) ? quoted(s) : s
        }
    }

    /// Whether `text` must be quoted to be read back as this exact string.
    public static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || first == "\t" || last == "\t" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029
            {
                return true
            }
        }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        guard let resolved = try? ScalarResolver.resolvePlain(text), resolved == .string(text) else { return true }
        return false
    }

    /// `text` as a double-quoted YAML scalar.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFEFF || v == 0x2028 || v == 0x2029 {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    // MARK: block layout

    private static func writeMapping(_ entries: [MappingEntry], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for entry in entries {
            out += pad + keyText(entry.key) + ":"
            writeValue(entry.value, indent: indent, into: &out)
        }
    }

    private static func writeSequence(_ items: [Node], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item.content {
            case .mapping(let entries) where !entries.isEmpty:
                // "- key: value" with the following keys aligned under the first.
                var nested = ""
                writeMapping(entries, indent: indent + 2, into: &nested)
                out += pad + "- " + nested.dropFirst(indent + 2)
            case .sequence(let inner) where !inner.isEmpty:
                out += pad + "-\n"
                writeSequence(inner, indent: indent + 2, into: &out)
            case .scalar(let scalar):
                out += pad + "- " + scalarText(scalar.value) + "\n"
            default:
                out += pad + "- " + inlineEmpty(item) + "\n"
            }
        }
    }

    private static func writeValue(_ value: Node, indent: Int, into out: inout String) {
        switch value.content {
        case .scalar(let scalar):
            out += " " + scalarText(scalar.value) + "\n"
        case .mapping(let entries) where !entries.isEmpty:
            out += "\n"
            writeMapping(entries, indent: indent + 2, into: &out)
        case .sequence(let items) where !items.isEmpty:
            out += "\n"
            writeSequence(items, indent: indent + 2, into: &out)
        default:
            out += " " + inlineEmpty(value) + "\n"
        }
    }

    private static func keyText(_ key: Node) -> String {
        if let scalar = key.scalar { return scalarText(scalar.value) }
        return quoted(JSONWriter.json(key))
    }

    private static func inlineEmpty(_ node: Node) -> String {
        if case .mapping = node.content { return "{}" }
        return "[]"
    }
}

extension Node {
    /// A string scalar built in code (for writers), positioned at the start of the file.
    public init(string: String) {
        self.init(.scalar(Scalar(value: .string(string), text: string, style: .plain)), range: .fileStart)
    }

    /// An integer scalar built in code.
    public init(int: Int64) {
        self.init(.scalar(Scalar(value: .int(int), text: String(int), style: .plain)), range: .fileStart)
    }

    /// A boolean scalar built in code.
    public init(bool: Bool) {
        self.init(.scalar(Scalar(value: .bool(bool), text: bool ? "true" : "false", style: .plain)), range: .fileStart)
    }

    /// A list built in code.
    public init(list: [Node]) {
        self.init(.sequence(list), range: .fileStart)
    }

    /// A mapping with string keys built in code, in the given order.
    public init(entries: [(String, Node)]) {
        self.init(.mapping(entries.map { MappingEntry(key: Node(string: $0.0), value: $0.1) }), range: .fileStart)
    }
}
