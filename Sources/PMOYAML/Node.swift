import PMOSupport

/// A YAML node as the strict loader understood it, with the source range it came from.
public struct Node: Sendable, Hashable {
    /// The three shapes of YAML content.
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([MappingEntry])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node is in its file.
    public var range: SourceRange

    /// Creates a node.
    public init(_ content: Content, range: SourceRange) {
        self.content = content
        self.range = range
    }

    /// Where the node starts.
    public var start: SourceLocation { range.start }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries in source order, when this node is a mapping.
    public var mapping: [MappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The string value when this node is a scalar resolved as a string.
    public var string: String? {
        if case .scalar(let s) = content, case .string(let value) = s.value { return value }
        return nil
    }

    /// True when this node is `null`, `~` or empty.
    public var isNull: Bool {
        if case .scalar(let s) = content, case .null = s.value { return true }
        return false
    }

    /// The value for a string key, when this node is a mapping that has it.
    public subscript(key: String) -> Node? {
        entry(forKey: key)?.value
    }

    /// The entry for a string key, when this node is a mapping that has it.
    public func entry(forKey key: String) -> MappingEntry? {
        guard case .mapping(let entries) = content else { return nil }
        return entries.first { $0.key.string == key }
    }

    /// A short name of the node's shape for messages: "a mapping", "a string", "an integer", …
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s): return s.value.kindDescription
        }
    }
}

/// One `key: value` pair of a mapping, both with their positions.
public struct MappingEntry: Sendable, Hashable {
    /// The key node (usually a string scalar).
    public var key: Node
    /// The value node.
    public var value: Node

    /// Creates an entry.
    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A scalar: its resolved value, the text as written and how it was quoted.
public struct Scalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    // `text` first: ScalarValue's tag byte then shares a word with `style` (a node is 64 bytes, not 72).
    /// The text as written, after YAML's own unescaping and folding.
    public var text: String
    /// The value under the YAML 1.2 core schema (or the explicit tag).
    public var value: ScalarValue
    /// The quoting style.
    public var style: Style

    /// Creates a scalar.
    public init(value: ScalarValue, text: String, style: Style) {
        self.value = value
        self.text = text
        self.style = style
    }
}

/// A resolved scalar value (YAML 1.2 core schema).
public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)

    /// A short name of the type for messages.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .float: return "a float"
        case .string: return "a string"
        }
    }
}
