import PMOCatalog
import PMOExpression
import PMOYAML

/// A resolved, type-checked template parameter value.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case int(Int64)
    case bool(Bool)
    /// A real calendar date (`YYYY-MM-DD`).
    case date(CalendarDate)
    case list([String])

    /// The value as text, the way Mustache renders it and prompts show it (lists comma-separated).
    public var description: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        case .list(let items): return items.joined(separator: ",")
        }
    }

    /// The value in a Mustache context: strings, integers, booleans (false hides a section), lists to iterate.
    package var mustacheValue: Any {
        switch self {
        case .string(let s): return s
        case .int(let i): return Int(i)
        case .bool(let b): return b
        case .date(let d): return d.description
        case .list(let items): return items
        }
    }

    /// The value in an expression (`when:`); dates are `YYYY-MM-DD` strings, which compare in date order.
    public var expressionValue: Value {
        switch self {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .bool(let b): return .bool(b)
        case .date(let d): return .string(d.description)
        case .list(let items): return .list(items.map(Value.string))
        }
    }

    /// The value as a YAML node (for the lock file).
    public var node: Node {
        switch self {
        case .string(let s): return Node(string: s)
        case .int(let i): return Node(int: i)
        case .bool(let b): return Node(bool: b)
        case .date(let d): return Node(string: d.description)
        case .list(let items): return Node(list: items.map { Node(string: $0) })
        }
    }
}
