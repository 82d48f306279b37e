import Foundation
import PMOSupport
import PMOYAML

/// Reads the fields of one YAML mapping, reporting type errors, missing required fields and
/// unknown fields (with a suggestion) into a ``DiagnosticSink``.
struct FieldReader {
    let node: Node
    let sink: DiagnosticSink
    /// Where the mapping is, for "missing field" messages (e.g. `metadata`).
    let context: String
    private let entries: [MappingEntry]

    /// A reader over `node`; reports an error and reads nothing if `node` is not a mapping.
    init(_ node: Node, sink: DiagnosticSink, context: String) {
        self.node = node
        self.sink = sink
        self.context = context
        if let entries = node.mapping {
            self.entries = entries
        } else {
            self.entries = []
            sink.error("\(context) must be a mapping, not \(node.kindDescription)", at: node.range)
        }
    }

    var isMapping: Bool { node.mapping != nil }

    func value(_ key: String) -> Node? {
        entries.first { $0.key.string == key }?.value
    }

    /// Reports keys that are not in `allowed`.
    func rejectUnknown(allowed: [String]) {
        for entry in entries {
            let key = entry.key.string ?? entry.key.scalar?.text ?? ""
            if !allowed.contains(key) {
                sink.error("unknown field '\(key)' in \(context)", at: entry.key.range, help: Suggestion.help(for: key, in: allowed))
            }
        }
    }

    func missing(_ key: String) {
        sink.error("missing required field '\(key)' in \(context)", at: SourceRange(at: node.range.start))
    }

    /// A string field. Numbers and booleans are refused: a string field must be written as a string.
    func string(_ key: String, required: Bool = false, allowEmpty: Bool = false) -> Located<String>? {
        guard let value = value(key), !(value.isNull && !required) else {
            if required { missing(key) }
            return nil
        }
        guard let text = value.string else {
            sink.error(
                "'\(key)' must be a string, not \(value.kindDescription)", at: value.range,
                help: value.scalar.map { "quote it: \(key): \"\($0.text)\"" })
            return nil
        }
        if !allowEmpty && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            sink.error("'\(key)' must not be empty", at: value.range)
            return nil
        }
        return Located(text, at: value.range)
    }

    func bool(_ key: String) -> Located<Bool>? {
        guard let value = value(key), !value.isNull else { return nil }
        guard case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.value else {
            sink.error("'\(key)' must be true or false, not \(value.kindDescription)", at: value.range)
            return nil
        }
        return Located(flag, at: value.range)
    }

    /// A list field; each item is handed to `item`.
    func list<T>(_ key: String, required: Bool = false, item: (Node) -> T?) -> [T] {
        guard let value = value(key), !value.isNull else {
            if required { missing(key) }
            return []
        }
        guard let items = value.sequence else {
            sink.error("'\(key)' must be a list, not \(value.kindDescription)", at: value.range)
            return []
        }
        // Reserved up front: the decoded lists live as long as the catalog, so no growth slack.
        var out: [T] = []
        out.reserveCapacity(items.count)
        for node in items {
            if let value = item(node) { out.append(value) }
        }
        return out
    }

    /// A list of strings.
    func strings(_ key: String, required: Bool = false) -> [Located<String>] {
        list(key, required: required) { node in
            guard let text = node.string else {
                sink.error("items of '\(key)' must be strings, not \(node.kindDescription)", at: node.range)
                return nil
            }
            return Located(text, at: node.range)
        }
    }

    /// A list of `kind/name` references.
    func references(_ key: String) -> [Reference] {
        strings(key).compactMap { Reference.parse($0, sink: sink) }
    }

    /// A string field that must be one of `choices`.
    func choice(_ key: String, _ choices: [String], required: Bool = false) -> Located<String>? {
        guard let text = string(key, required: required) else { return nil }
        guard choices.contains(text.value) else {
            sink.error(
                "'\(key)' must be one of \(choices.joined(separator: ", ")), not \(DisplayText.quoted(text.value))", at: text.range,
                help: Suggestion.closest(to: text.value, in: choices).map { "did you mean `\($0)`?" })
            return nil
        }
        return text
    }
}
