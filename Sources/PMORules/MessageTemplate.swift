import Foundation
import PMOExpression

/// Fills `{{name}}` placeholders in a rule's `message`.
///
/// A name is looked up first among the values of the finding (`path`, `column`, `line`, `value`, …),
/// then among the bound variables with dots (`{{project.parameters.project_code}}`, `{{doc.metadata.name}}`).
/// Strings are inserted as they are, other values as CEL literals; unknown names stay as written.
enum MessageTemplate {
    static func render(_ template: String, values: [String: String], variables: [String: Value]) -> String {
        guard template.contains("{{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let text = values[name] ?? lookup(name, in: variables) {
                out += text
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private static func lookup(_ name: String, in variables: [String: Value]) -> String? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first, var value = variables[first] else { return nil }
        for part in parts.dropFirst() {
            guard case .map(let map) = value, let next = map[part] else { return nil }
            value = next
        }
        if case .string(let string) = value { return string }
        return value.celLiteral
    }
}
