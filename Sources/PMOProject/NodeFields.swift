import PMOCatalog
import PMOSupport
import PMOYAML

/// Reads the fields of a mapping node for the lock and checklist loaders, collecting problems with positions.
struct NodeFields {
    let node: Node
    let file: String
    let context: String

    /// The value of `key`, or a "missing" diagnostic at the mapping.
    func required(_ key: String, into diagnostics: inout [Diagnostic]) -> Node? {
        guard let value = node[key], !value.isNull else {
            diagnostics.append(Diagnostic(.error, "\(context) is missing '\(key)'", file: file, range: node.range))
            return nil
        }
        return value
    }

    /// The string at `key` (scalars are taken as written), or a diagnostic.
    func string(_ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]) -> String? {
        guard let value = node[key], !value.isNull else {
            if required { diagnostics.append(Diagnostic(.error, "\(context) is missing '\(key)'", file: file, range: node.range)) }
            return nil
        }
        guard let scalar = value.scalar else {
            diagnostics.append(Diagnostic(.error, "'\(key)' must be text, not \(value.kindDescription)", file: file, range: value.range))
            return nil
        }
        return scalar.text
    }

    /// The list of strings at `key` (absent is empty).
    func strings(_ key: String, into diagnostics: inout [Diagnostic]) -> [String] {
        guard let value = node[key], !value.isNull else { return [] }
        guard let items = value.sequence else {
            diagnostics.append(Diagnostic(.error, "'\(key)' must be a list, not \(value.kindDescription)", file: file, range: value.range))
            return []
        }
        return items.compactMap { item in
            guard let scalar = item.scalar else {
                diagnostics.append(
                    Diagnostic(.error, "'\(key)' items must be text, not \(item.kindDescription)", file: file, range: item.range))
                return nil
            }
            return scalar.text
        }
    }

    /// Reports keys that are not in `allowed`.
    func rejectUnknown(_ allowed: [String], into diagnostics: inout [Diagnostic]) {
        for entry in node.mapping ?? [] {
            guard let key = entry.key.string, !allowed.contains(key) else { continue }
            diagnostics.append(
                Diagnostic(
                    .warning, "unknown field '\(key)' in \(context)", file: file, range: entry.key.range,
                    help: Suggestion.help(for: key, in: allowed)))
        }
    }
}
