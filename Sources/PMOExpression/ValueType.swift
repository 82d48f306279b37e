/// A CEL type as a runtime value: what `type(x)` returns and what `int`, `string`, … name.
public struct ValueType: Sendable, Hashable, CustomStringConvertible {
    /// The type's CEL name, e.g. `int` or `google.protobuf.Timestamp`.
    public let name: String

    /// Creates a type value with a CEL name.
    public init(name: String) { self.name = name }

    /// The name, as printed by `pmo eval`.
    public var description: String { name }

    /// `int`
    public static let int = ValueType(name: "int")
    /// `uint`
    public static let uint = ValueType(name: "uint")
    /// `double`
    public static let double = ValueType(name: "double")
    /// `string`
    public static let string = ValueType(name: "string")
    /// `bytes`
    public static let bytes = ValueType(name: "bytes")
    /// `bool`
    public static let bool = ValueType(name: "bool")
    /// `null_type`
    public static let nullType = ValueType(name: "null_type")
    /// `list`
    public static let list = ValueType(name: "list")
    /// `map`
    public static let map = ValueType(name: "map")
    /// `google.protobuf.Timestamp`, the type of `timestamp(...)`.
    public static let timestamp = ValueType(name: "google.protobuf.Timestamp")
    /// `google.protobuf.Duration`, the type of `duration(...)`.
    public static let duration = ValueType(name: "google.protobuf.Duration")
    /// `type`
    public static let type = ValueType(name: "type")

    /// Type names an expression can mention as plain identifiers.
    static let byIdentifier: [String: ValueType] = [
        "int": .int, "uint": .uint, "double": .double, "string": .string, "bytes": .bytes,
        "bool": .bool, "null_type": .nullType, "list": .list, "map": .map, "type": .type,
        "google.protobuf.Timestamp": .timestamp, "google.protobuf.Duration": .duration,
    ]
}
