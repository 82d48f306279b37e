import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// A built-in check from a rule's `check:` mapping, decoded and validated once.
///
/// Types: `file-exists {path}`, `file-absent {path}`, `file-matches {path, pattern, negate?}`,
/// `yaml-path {path, at, valueType?, equals?}`, `markdown-heading {path, heading, level?}`,
/// `csv-columns {path, columns}`, `csv-filled {path, columns}` (``RuleSetSpec/checkTypes``).
package enum BuiltinCheck: Sendable {
    case fileExists(path: String)
    case fileAbsent(path: String)
    case fileMatches(path: String, pattern: String, negate: Bool)
    case yamlPath(path: String, at: YAMLPath, type: YAMLType?, equals: Node?)
    case markdownHeading(path: String, heading: String, level: Int?)
    case csvColumns(path: String, columns: [String])
    case csvFilled(path: String, columns: [String])

    /// The value types `yaml-path` can require.
    package enum YAMLType: String, Sendable, CaseIterable {
        case string, int, bool, list, map

        func matches(_ node: Node) -> Bool {
            switch (self, node.content) {
            case (.list, .sequence), (.map, .mapping): return true
            case (.string, .scalar(let s)): if case .string = s.value { return true }
            case (.int, .scalar(let s)): if case .int = s.value { return true }
            case (.bool, .scalar(let s)): if case .bool = s.value { return true }
            default: break
            }
            return false
        }
    }

    /// The fields each check type accepts; `type` and `path` are common to all.
    static let fields: [String: [String]] = [
        "file-exists": [], "file-absent": [], "file-matches": ["pattern", "negate"],
        "yaml-path": ["at", "valueType", "equals"], "markdown-heading": ["heading", "level"],
        "csv-columns": ["columns"], "csv-filled": ["columns"],
    ]

    /// The file the check looks at.
    package var path: String {
        switch self {
        case .fileExists(let path), .fileAbsent(let path), .fileMatches(let path, _, _), .yamlPath(let path, _, _, _),
            .markdownHeading(let path, _, _), .csvColumns(let path, _), .csvFilled(let path, _):
            return path
        }
    }

    /// Decodes a `check:` node, reporting every problem at its position in `file`.
    static func decode(_ node: Node, file: String) -> (BuiltinCheck?, [Diagnostic]) {
        let sink = DiagnosticSink(file: file)
        guard node.mapping != nil else {
            sink.error("check must be a mapping, not \(node.kindDescription)", at: node.range)
            return (nil, sink.diagnostics)
        }
        // An unknown or missing type is already reported by the catalog loader.
        guard let type = node["type"]?.string, let allowed = fields[type] else { return (nil, []) }
        let reader = FieldReader(node, sink: sink, context: "a \(type) check")
        reader.rejectUnknown(allowed: ["type", "path"] + allowed)
        let check = decode(type, reader)
        return (sink.diagnostics.isEmpty ? check : nil, sink.diagnostics)
    }

    private static func decode(_ type: String, _ reader: FieldReader) -> BuiltinCheck? {
        let sink = reader.sink
        guard let path = reader.string("path", required: true) else { return nil }
        guard (try? ProjectPath(path.value)) != nil else {
            sink.error("check path \(DisplayText.quoted(path.value)) must be relative and stay inside the project", at: path.range)
            return nil
        }
        switch type {
        case "file-exists": return .fileExists(path: path.value)
        case "file-absent": return .fileAbsent(path: path.value)
        case "file-matches":
            let negate = reader.bool("negate")?.value ?? false
            guard let pattern = reader.string("pattern", required: true) else { return nil }
            guard (try? NSRegularExpression(pattern: pattern.value, options: [.anchorsMatchLines])) != nil else {
                sink.error("pattern '\(pattern.value)' is not a valid regular expression", at: pattern.range)
                return nil
            }
            return .fileMatches(path: path.value, pattern: pattern.value, negate: negate)
        case "yaml-path":
            // `type` already names the check, so the expected value type is written `valueType`.
            let valueType = reader.choice("valueType", YAMLType.allCases.map(\.rawValue)).flatMap { YAMLType(rawValue: $0.value) }
            guard let at = reader.string("at", required: true) else { return nil }
            guard let parsed = YAMLPath(at.value) else {
                sink.error("'at' must be a path such as metadata.owners[0].name", at: at.range)
                return nil
            }
            return .yamlPath(path: path.value, at: parsed, type: valueType, equals: reader.value("equals"))
        case "markdown-heading":
            let level = reader.int("level", in: 1...6)?.value
            guard let heading = reader.string("heading", required: true) else { return nil }
            return .markdownHeading(path: path.value, heading: heading.value, level: level)
        case "csv-columns":
            let columns = reader.strings("columns", required: true, allowEmpty: false).map(\.value)
            return columns.isEmpty ? nil : .csvColumns(path: path.value, columns: columns)
        case "csv-filled":
            let columns = reader.strings("columns", required: true, allowEmpty: false).map(\.value)
            return columns.isEmpty ? nil : .csvFilled(path: path.value, columns: columns)
        default: return nil
        }
    }
}
