import PMOYAML

/// A path into a YAML document such as `metadata.owners[0].name`: keys separated by `.`, list indexes in `[N]`.
package struct YAMLPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of the path.
    package enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps in order.
    package var steps: [Step]

    /// Parses the path text; nil when it is empty or malformed (`a..b`, `a[x]`, `a[`).
    package init?(_ text: String) {
        var steps: [Step] = []
        var key = ""
        var index = text.startIndex
        var expectKey = true
        while index < text.endIndex {
            let char = text[index]
            if char == "." {
                if key.isEmpty && expectKey { return nil }
                if !key.isEmpty { steps.append(.key(key)); key = "" }
                expectKey = true
                index = text.index(after: index)
            } else if char == "[" {
                if !key.isEmpty { steps.append(.key(key)); key = "" }
                guard let close = text[index...].firstIndex(of: "]"),
                    let number = Int(text[text.index(after: index)..<close]), number >= 0
                else { return nil }
                steps.append(.index(number))
                expectKey = false
                index = text.index(after: close)
            } else {
                key.append(char)
                index = text.index(after: index)
            }
        }
        if !key.isEmpty { steps.append(.key(key)) } else if expectKey { return nil }
        self.steps = steps
    }

    /// Follows the path from `node`; returns the node reached, or the deepest node found and the step that failed.
    package func resolve(in node: Node) -> Result<Node, YAMLPathMiss> {
        var current = node
        for (position, step) in steps.enumerated() {
            switch step {
            case .key(let key):
                guard let next = current[key] else { return .failure(YAMLPathMiss(deepest: current, failedStep: position)) }
                current = next
            case .index(let number):
                guard let items = current.sequence, number < items.count else {
                    return .failure(YAMLPathMiss(deepest: current, failedStep: position))
                }
                current = items[number]
            }
        }
        return .success(current)
    }

    package var description: String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let number): text += "[\(number)]"
            }
        }
        return text
    }
}

/// Where a ``YAMLPath`` stopped: the deepest node that exists and the index of the step that did not.
package struct YAMLPathMiss: Error, Sendable {
    package var deepest: Node
    package var failedStep: Int
}
