import PMOYAML

/// A preview of a template file: `{{name}}` replaced by the parameters' defaults. Deliberately not
/// the real renderer (PMOTemplates): when a file uses anything beyond plain variables that all have
/// defaults, the raw template is shown instead, which is always truthful.
struct TemplatePreview {
    /// Parameter defaults as text, with defaults that refer to other defaults resolved.
    let defaults: [String: String]

    init(parameters: [(name: String, defaultValue: Node?)]) {
        var raw: [String: String] = [:]
        for parameter in parameters {
            guard let node = parameter.defaultValue, let text = Self.text(node) else { continue }
            raw[parameter.name] = text
        }
        // Defaults may refer to other parameters ("{{product}}刷新"); a few passes settle any chain.
        var resolved = raw
        for _ in 0..<4 {
            for (name, value) in resolved where value.contains("{{") {
                if case .rendered(let text) = Self.substitute(value, defaults: resolved) { resolved[name] = text }
            }
        }
        defaults = resolved.filter { !$0.value.contains("{{") }
    }

    /// The outcome of a preview.
    enum Result: Equatable {
        case rendered(String)
        /// The names of the variables without a default, or of the tags a plain substitution cannot do.
        case raw(missing: [String])
    }

    func render(_ template: String) -> Result { Self.substitute(template, defaults: defaults) }

    static func substitute(_ template: String, defaults: [String: String]) -> Result {
        var out = ""
        var missing: [String] = []
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                out += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: " ")
            if let value = defaults[name] {
                out += value
            } else {
                missing.append(name.isEmpty ? "{{}}" : name)
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return missing.isEmpty ? .rendered(out) : .raw(missing: Array(Set(missing)).sorted())
    }

    /// A scalar default as text; lists are joined with `、`.
    static func text(_ node: Node) -> String? {
        if let scalar = node.scalar {
            if case .null = scalar.value { return nil }
            return scalar.text
        }
        if let items = node.sequence {
            return items.compactMap { $0.scalar?.text }.joined(separator: "、")
        }
        return nil
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var text = self
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
