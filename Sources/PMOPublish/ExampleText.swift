import Foundation
import PMOSupport
import PMOYAML

/// Shows rule examples as readable text: `files:` examples as each path followed by its content,
/// anything else as indented YAML-like lines. Display only; the rules engine reads the nodes.
enum ExampleText {
    /// The example as a block of text.
    static func block(_ node: Node) -> String {
        if let files = node["files"]?.mapping, node.mapping?.count == 1 {
            if files.isEmpty { return "（ファイルなし）" }
            var out = ""
            for entry in files {
                out += "── \(entry.key.scalar?.text ?? "?")\n"
                if let content = entry.value.scalar?.text {
                    out += content.hasSuffix("\n") ? content : content + "\n"
                } else {
                    out += yaml(entry.value, indent: 1)
                }
            }
            return out
        }
        return yaml(node, indent: 0)
    }

    /// A one-line rendering (flow style) for small values such as `check:`.
    static func inline(_ node: Node) -> String {
        switch node.content {
        case .scalar(let scalar): return scalar.text
        case .sequence(let items): return "[" + items.map(inline).joined(separator: ", ") + "]"
        case .mapping(let entries): return "{" + entries.map { "\(inline($0.key)): \(inline($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// Escaped HTML of `text` with every `↓` marker highlighted.
    static func markedHTML(_ text: String) -> String {
        HTML.escape(text).replacingOccurrences(of: "↓", with: "<mark class=\"marker\">↓</mark>")
    }

    private static func yaml(_ node: Node, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch node.content {
        case .scalar(let scalar):
            return pad + scalar.text + "\n"
        case .sequence(let items):
            if items.isEmpty { return pad + "[]\n" }
            return items.map { item in
                isSimple(item) ? "\(pad)- \(inline(item))\n" : "\(pad)-\n" + yaml(item, indent: indent + 1)
            }.joined()
        case .mapping(let entries):
            if entries.isEmpty { return pad + "{}\n" }
            return entries.map { entry in
                let key = inline(entry.key)
                if let scalar = entry.value.scalar, scalar.text.contains("\n") {
                    let body = scalar.text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + "  " + $0 }.joined(
                        separator: "\n")
                    return "\(pad)\(key): |\n\(body)\n"
                }
                return isSimple(entry.value)
                    ? "\(pad)\(key): \(inline(entry.value))\n" : "\(pad)\(key):\n" + yaml(entry.value, indent: indent + 1)
            }.joined()
        }
    }

    private static func isSimple(_ node: Node) -> Bool {
        switch node.content {
        case .scalar(let scalar): return !scalar.text.contains("\n")
        case .sequence(let items): return items.isEmpty || (items.count <= 4 && items.allSatisfy { $0.scalar != nil })
        case .mapping(let entries): return entries.isEmpty
        }
    }
}
