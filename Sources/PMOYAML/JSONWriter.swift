import PMOSupport

/// Writes nodes as compact JSON: the strict view of what the loader understood.
///
/// Keys that are not strings are written in their canonical form (`1`, `true`, `null`);
/// infinities and NaN, which JSON cannot hold, are written as the strings ".inf", "-.inf", ".nan".
public enum JSONWriter {
    /// The node as one line of JSON.
    public static func json(_ node: Node) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(node, into: &out)
        return out
    }

    /// Appends the JSON form of `node` to `out`. Iterative, so deep input cannot overflow the stack.
    public static func write(_ node: Node, into out: inout String) {
        enum Step { case node(Node), text(String) }
        var work: [Step] = [.node(node)]
        while let step = work.popLast() {
            switch step {
            case .text(let text):
                out += text
            case .node(let node):
                switch node.content {
                case .scalar(let scalar):
                    writeScalar(scalar.value, into: &out)
                case .sequence(let items):
                    out += "["
                    work.append(.text("]"))
                    for (i, item) in items.enumerated().reversed() {
                        work.append(.node(item))
                        if i > 0 { work.append(.text(",")) }
                    }
                case .mapping(let entries):
                    out += "{"
                    work.append(.text("}"))
                    for (i, entry) in entries.enumerated().reversed() {
                        work.append(.node(entry.value))
                        var key = ""
                        if i > 0 { key += "," }
                        writeString(TreeBuilder.keyString(entry.key), into: &key)
                        key += ":"
                        work.append(.text(key))
                    }
                }
            }
        }
    }

    static func writeScalar(_ value: ScalarValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d):
            if d.isFinite { out += floatText(d) } else { writeString(floatText(d), into: &out) }
        case .string(let s): writeString(s, into: &out)
        }
    }

    /// A double as JSON/YAML text: shortest round-trip digits, `.inf`/`.nan` for the non-finite.
    static func floatText(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return d.description
    }

    /// Appends `s` as a quoted JSON string (``JSONString``).
    public static func writeString(_ s: String, into out: inout String) {
        JSONString.append(s, to: &out)
    }
}
