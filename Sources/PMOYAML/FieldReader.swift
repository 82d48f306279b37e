import PMOSupport

/// Reads the fields of one YAML mapping — the catalog's documents, the lock, checklist state files,
/// waivers, built-in checks — reporting wrong types, missing required fields and unknown fields
/// (with a suggestion) at their positions into a ``DiagnosticSink``. The one reader of mapping
/// fields, so that every file pmo reads words its problems alike.
package struct FieldReader {
    /// The mapping being read.
    package let node: Node
    /// Where problems go.
    package let sink: DiagnosticSink
    /// What the mapping is, for messages (`metadata`, `the lock file`, `a waiver`).
    package let context: String
    private let entries: [MappingEntry]

    /// A reader over `node`; reports an error and reads nothing if `node` is not a mapping.
    package init(_ node: Node, sink: DiagnosticSink, context: String) {
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

    /// Whether the node is a mapping.
    package var isMapping: Bool { node.mapping != nil }

    /// The value of `key`, as written (null included).
    package func value(_ key: String) -> Node? {
        entries.first { $0.key.string == key }?.value
    }

    /// Reports keys that are not in `allowed`, as errors or (for files a newer pmo may extend) warnings.
    package func rejectUnknown(allowed: [String], severity: Diagnostic.Severity = .error) {
        for entry in entries {
            let key = entry.key.string ?? entry.key.scalar?.text ?? ""
            if !allowed.contains(key) {
                sink.report(
                    severity, "unknown field '\(key)' in \(context)", at: entry.key.range, help: Suggestion.help(for: key, in: allowed))
            }
        }
    }

    /// Reports that the required `key` is absent.
    package func missing(_ key: String, help: String? = nil) {
        sink.error("missing required field '\(key)' in \(context)", at: SourceRange(at: node.range.start), help: help)
    }

    /// The value of a required field that is not null, or a "missing" report.
    package func required(_ key: String) -> Node? {
        guard let value = value(key), !value.isNull else {
            missing(key)
            return nil
        }
        return value
    }

    /// A string field. Numbers and booleans are refused: a string field must be written as a string.
    package func string(_ key: String, required: Bool = false, allowEmpty: Bool = false) -> Located<String>? {
        guard let value = present(key, required: required, help: nil) else { return nil }
        guard let text = value.string else {
            sink.error(
                "'\(key)' must be a string, not \(value.kindDescription)", at: value.range,
                help: value.scalar.map { "quote it: \(key): \"\($0.text)\"" })
            return nil
        }
        return nonEmpty(key, text, at: value, allowEmpty: allowEmpty, help: nil)
    }

    /// A field read as text: any scalar, as written (`1.10` stays `1.10`), for files pmo writes
    /// itself and fields such as owners and dates that people write unquoted.
    package func text(_ key: String, required: Bool = false, allowEmpty: Bool = true, help: String? = nil) -> Located<String>? {
        guard let value = present(key, required: required, help: help) else { return nil }
        guard let scalar = value.scalar else {
            sink.error("'\(key)' must be text, not \(value.kindDescription)", at: value.range, help: help)
            return nil
        }
        return nonEmpty(key, value.string ?? scalar.text, at: value, allowEmpty: allowEmpty, help: help)
    }

    /// A boolean field.
    package func bool(_ key: String) -> Located<Bool>? {
        guard let value = value(key), !value.isNull else { return nil }
        guard case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.value else {
            sink.error("'\(key)' must be true or false, not \(value.kindDescription)", at: value.range)
            return nil
        }
        return Located(flag, at: value.range)
    }

    /// An integer field within `bounds`.
    package func int(_ key: String, in bounds: ClosedRange<Int>) -> Located<Int>? {
        guard let value = value(key), !value.isNull else { return nil }
        guard case .scalar(let scalar) = value.content, case .int(let number) = scalar.value, bounds.contains(Int(number)) else {
            sink.error("'\(key)' must be an integer from \(bounds.lowerBound) to \(bounds.upperBound)", at: value.range)
            return nil
        }
        return Located(Int(number), at: value.range)
    }

    /// A list field; each item is handed to `item`.
    package func list<T>(_ key: String, required: Bool = false, allowEmpty: Bool = true, item: (Node) -> T?) -> [T] {
        guard let value = present(key, required: required, help: nil) else { return [] }
        guard let items = value.sequence else {
            sink.error("'\(key)' must be a list, not \(value.kindDescription)", at: value.range)
            return []
        }
        if items.isEmpty && !allowEmpty {
            sink.error("'\(key)' must not be empty", at: value.range)
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

    /// A list of strings (numbers and booleans refused).
    package func strings(_ key: String, required: Bool = false, allowEmpty: Bool = true) -> [Located<String>] {
        list(key, required: required, allowEmpty: allowEmpty) { node in
            guard let text = node.string else {
                sink.error("items of '\(key)' must be strings, not \(node.kindDescription)", at: node.range)
                return nil
            }
            return Located(text, at: node.range)
        }
    }

    /// A list of scalars read as text, as written.
    package func texts(_ key: String) -> [Located<String>] {
        list(key) { node in
            guard let scalar = node.scalar else {
                sink.error("items of '\(key)' must be text, not \(node.kindDescription)", at: node.range)
                return nil
            }
            return Located(node.string ?? scalar.text, at: node.range)
        }
    }

    /// A string field that must be one of `choices`.
    package func choice(_ key: String, _ choices: [String], required: Bool = false) -> Located<String>? {
        guard let text = string(key, required: required) else { return nil }
        guard choices.contains(text.value) else {
            sink.error(
                "'\(key)' must be one of \(choices.joined(separator: ", ")), not \(DisplayText.quoted(text.value))", at: text.range,
                help: Suggestion.closest(to: text.value, in: choices).map { "did you mean `\($0)`?" })
            return nil
        }
        return text
    }

    /// The value of `key` unless it is absent or null; reports it missing when it is required.
    private func present(_ key: String, required: Bool, help: String?) -> Node? {
        guard let value = value(key), !value.isNull else {
            if required { missing(key, help: help) }
            return nil
        }
        return value
    }

    private func nonEmpty(_ key: String, _ text: String, at value: Node, allowEmpty: Bool, help: String?) -> Located<String>? {
        if !allowEmpty && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            sink.error("'\(key)' must not be empty", at: value.range, help: help)
            return nil
        }
        return Located(text, at: value.range)
    }
}
