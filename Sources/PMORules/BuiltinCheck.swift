import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// A built-in check from a rule's `check:` mapping, decoded and validated once.
///
/// Types: `file-exists {path}`, `file-absent {path}`, `file-matches {path, pattern, negate?}`,
/// `yaml-path {path, at, valueType?, equals?}`, `markdown-heading {path, heading, level?}`,
/// `csv-columns {path, columns}`, `csv-filled {path, columns}` (``RuleSetSpec/checkTypes``).
public enum BuiltinCheck: Sendable {
    case fileExists(path: String)
    case fileAbsent(path: String)
    case fileMatches(path: String, pattern: String, negate: Bool)
    case yamlPath(path: String, at: YAMLPath, type: YAMLType?, equals: Node?)
    case markdownHeading(path: String, heading: String, level: Int?)
    case csvColumns(path: String, columns: [String])
    case csvFilled(path: String, columns: [String])

    /// The value types `yaml-path` can require.
    public enum YAMLType: String, Sendable, CaseIterable {
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
    public var path: String {
        switch self {
        case .fileExists(let path), .fileAbsent(let path), .fileMatches(let path, _, _), .yamlPath(let path, _, _, _),
            .markdownHeading(let path, _, _), .csvColumns(let path, _), .csvFilled(let path, _):
            return path
        }
    }

    /// Decodes a `check:` node, reporting every problem at its position in `file`.
    static func decode(_ node: Node, file: String) -> (BuiltinCheck?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ range: SourceRange, help: String? = nil) {
            diagnostics.append(Diagnostic(.error, message, file: file, range: range, help: help))
        }
        guard node.mapping != nil else {
            error("check must be a mapping, not \(node.kindDescription)", node.range)
            return (nil, diagnostics)
        }
        // An unknown or missing type is already reported by the catalog loader.
        guard let type = node["type"]?.string, let allowed = fields[type] else { return (nil, []) }
        for entry in node.mapping ?? [] {
            let key = entry.key.string ?? entry.key.scalar?.text ?? ""
            if key != "type" && key != "path" && !allowed.contains(key) {
                error(
                    "unknown field '\(key)' in a \(type) check", entry.key.range,
                    help: "\(type) takes: \((["type", "path"] + allowed).joined(separator: ", "))")
            }
        }
        func string(_ key: String) -> String? {
            guard let value = node[key] else { error("\(type) check needs '\(key)'", node.range); return nil }
            guard let text = value.string, !text.isEmpty else {
                error("'\(key)' must be a non-empty string, not \(value.kindDescription)", value.range); return nil
            }
            return text
        }
        func strings(_ key: String) -> [String]? {
            guard let value = node[key] else { error("\(type) check needs '\(key)'", node.range); return nil }
            guard let items = value.sequence, !items.isEmpty else {
                error("'\(key)' must be a non-empty list of strings", value.range); return nil
            }
            var result: [String] = []
            for item in items {
                guard let text = item.string else {
                    error("items of '\(key)' must be strings, not \(item.kindDescription)", item.range); return nil
                }
                result.append(text)
            }
            return result
        }
        guard let path = string("path") else { return (nil, diagnostics) }
        if let pathNode = node["path"], (try? ProjectPath(path)) == nil {
            error("check path \(DisplayText.quoted(path)) must be relative and stay inside the project", pathNode.range)
            return (nil, diagnostics)
        }
        var check: BuiltinCheck?
        switch type {
        case "file-exists": check = .fileExists(path: path)
        case "file-absent": check = .fileAbsent(path: path)
        case "file-matches":
            var negate = false
            if let flag = node["negate"] {
                if case .scalar(let s) = flag.content, case .bool(let value) = s.value {
                    negate = value
                } else {
                    error("'negate' must be true or false", flag.range)
                }
            }
            if let pattern = string("pattern") {
                if (try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])) == nil {
                    error("pattern '\(pattern)' is not a valid regular expression", node["pattern"]!.range)
                } else {
                    check = .fileMatches(path: path, pattern: pattern, negate: negate)
                }
            }
        case "yaml-path":
            // `type` already names the check, so the expected value type is written `valueType`.
            var valueType: YAMLType?
            if let expected = node["valueType"] {
                valueType = expected.string.flatMap(YAMLType.init(rawValue:))
                if valueType == nil {
                    error("'valueType' must be one of \(YAMLType.allCases.map(\.rawValue).joined(separator: ", "))", expected.range)
                }
            }
            if let at = string("at") {
                if let parsed = YAMLPath(at) {
                    check = .yamlPath(path: path, at: parsed, type: valueType, equals: node["equals"])
                } else {
                    error("'at' must be a path such as metadata.owners[0].name", node["at"]!.range)
                }
            }
        case "markdown-heading":
            var level: Int?
            if let levelNode = node["level"] {
                if case .scalar(let s) = levelNode.content, case .int(let value) = s.value, (1...6).contains(value) {
                    level = Int(value)
                } else {
                    error("'level' must be an integer from 1 to 6", levelNode.range)
                }
            }
            if let heading = string("heading") { check = .markdownHeading(path: path, heading: heading, level: level) }
        case "csv-columns":
            if let columns = strings("columns") { check = .csvColumns(path: path, columns: columns) }
        case "csv-filled":
            if let columns = strings("columns") { check = .csvFilled(path: path, columns: columns) }
        default: break
        }
        return (diagnostics.isEmpty ? check : nil, diagnostics)
    }
}
