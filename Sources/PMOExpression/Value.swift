import Foundation

/// A CEL value: what variables are bound to and what an evaluation produces.
///
/// Errors are values too (`.error`), so that `&&`, `||` and the macros can absorb them
/// as the CEL specification says.
public enum Value: Sendable {
    /// A 64-bit signed integer.
    case int(Int64)
    /// A 64-bit unsigned integer (`1u`).
    case uint(UInt64)
    /// A 64-bit IEEE double.
    case double(Double)
    /// A string of Unicode code points.
    case string(String)
    /// A sequence of octets (`b"..."`).
    case bytes([UInt8])
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An ordered list of values.
    case list([Value])
    /// A map with int, uint, bool or string keys, in insertion order.
    indirect case map(ValueMap)
    /// A point in time with nanosecond precision.
    case timestamp(CELTimestamp)
    /// A signed span of time with nanosecond precision.
    case duration(CELDuration)
    /// A type, such as the result of `type(1)`.
    case type(ValueType)
    /// An evaluation error.
    indirect case error(EvaluationError)

    /// The runtime type of this value (`int`, `string`, `google.protobuf.Timestamp`, …).
    public var type: ValueType {
        switch self {
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        case .bool: return .bool
        case .null: return .nullType
        case .list: return .list
        case .map: return .map
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .type: return .type
        case .error: return ValueType(name: "error")
        }
    }

    /// Whether this value is an evaluation error.
    public var isError: Bool {
        if case .error = self { return true }
        return false
    }

    /// The error, when this value is one.
    public var error: EvaluationError? {
        if case .error(let error) = self { return error }
        return nil
    }

    /// Creates a timestamp value from a Foundation date (sub-nanosecond digits are dropped).
    public init(_ date: Date) {
        self = .timestamp(CELTimestamp(date))
    }

    /// Creates an int value from a Swift `Int`.
    public init(_ int: Int) {
        self = .int(Int64(int))
    }

    /// Creates a double value.
    public init(_ double: Double) {
        self = .double(double)
    }

    /// Creates a bool value.
    public init(_ bool: Bool) {
        self = .bool(bool)
    }

    /// Creates a string value.
    public init(_ string: String) {
        self = .string(string)
    }

    /// Creates a list value.
    public init(_ list: [Value]) {
        self = .list(list)
    }

    /// Creates a map value that keeps the order of `map`.
    public init(_ map: ValueMap) {
        self = .map(map)
    }

    /// Creates a map value from string keys (the usual shape of YAML and JSON data).
    public init(_ dictionary: [String: Value]) {
        var map = ValueMap()
        for key in dictionary.keys.sorted() {
            map.insert(.string(key), dictionary[key] ?? .null)
        }
        self = .map(map)
    }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// An int value.
    public init(integerLiteral value: Int64) { self = .int(value) }
    /// A double value.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A bool value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A list value.
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    /// A map value keeping the literal's key order.
    public init(dictionaryLiteral elements: (Value, Value)...) {
        var map = ValueMap()
        for (key, value) in elements { map.insert(key, value) }
        self = .map(map)
    }
    /// `null`.
    public init(nilLiteral: ()) { self = .null }
}

extension Value: Equatable {
    /// Structural equality for Swift code and tests: same case and same contents
    /// (`.int(1) != .double(1)`; all NaNs are equal). CEL's `==` is `celEquals`.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return a == b
        case let (.uint(a), .uint(b)): return a == b
        case let (.double(a), .double(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.string(a), .string(b)): return a == b
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        case let (.list(a), .list(b)): return a == b
        case let (.map(a), .map(b)):
            guard a.count == b.count else { return false }
            for (key, value) in a where b[key] != value { return false }
            return true
        case let (.timestamp(a), .timestamp(b)): return a == b
        case let (.duration(a), .duration(b)): return a == b
        case let (.type(a), .type(b)): return a == b
        case let (.error(a), .error(b)): return a.message == b.message
        default: return false
        }
    }
}

extension Value: CustomStringConvertible {
    /// The CEL literal, as `pmo eval` prints it.
    public var description: String { celLiteral }
}
