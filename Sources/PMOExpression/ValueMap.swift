/// A CEL map: keys are ints, uints, bools or strings; entries keep their insertion order.
///
/// Numeric keys compare by value, as CEL's heterogeneous equality says: `{1: "a"}[1u]` and
/// `{1: "a"}[1.0]` both find `"a"`.
public struct ValueMap: Sendable, Sequence {
    /// Keys in insertion order.
    public private(set) var keys: [Value] = []
    /// Values, parallel to `keys`.
    public private(set) var values: [Value] = []
    private var positions: [Key: Int] = [:]

    /// Creates an empty map.
    public init() {}

    /// Creates a map from entries in order; a later entry replaces an earlier equal key, and
    /// entries whose key is not an int, uint, bool or string are skipped.
    public init<Entries: Sequence>(_ entries: Entries) where Entries.Element == (Value, Value) {
        for (key, value) in entries { insert(key, value) }
    }

    /// Number of entries.
    public var count: Int { keys.count }

    /// Whether a value may be used as a map key.
    public static func isValidKey(_ key: Value) -> Bool { Key(key) != nil }

    /// Adds an entry, or replaces the value of an equal key. Returns false (and changes nothing)
    /// when the key is not an int, uint, bool or string.
    @discardableResult
    public mutating func insert(_ key: Value, _ value: Value) -> Bool {
        guard let normalized = Key(key) else { return false }
        if let position = positions[normalized] {
            values[position] = value
        } else {
            positions[normalized] = keys.count
            keys.append(key)
            values.append(value)
        }
        return true
    }

    /// Adds an entry only if the key is new; false for a duplicate or invalid key.
    mutating func insertNew(_ key: Value, _ value: Value) -> Bool {
        guard let normalized = Key(key), positions[normalized] == nil else { return false }
        positions[normalized] = keys.count
        keys.append(key)
        values.append(value)
        return true
    }

    /// The value stored under a key equal to `key`, if any.
    public subscript(key: Value) -> Value? {
        guard let normalized = Key(lookup: key), let position = positions[normalized] else { return nil }
        return values[position]
    }

    /// The value stored under a string key.
    public subscript(key: String) -> Value? {
        guard let position = positions[.string(key)] else { return nil }
        return values[position]
    }

    /// Iterates entries in insertion order.
    public func makeIterator() -> some IteratorProtocol<(key: Value, value: Value)> {
        zip(keys, values).lazy.map { (key: $0, value: $1) }.makeIterator()
    }

    /// A hashable form of a key in which equal numbers of different types coincide.
    private enum Key: Hashable {
        case negative(Int64)
        case nonNegative(UInt64)
        case bool(Bool)
        case string(String)

        init?(_ value: Value) {
            switch value {
            case .int(let int): self = int < 0 ? .negative(int) : .nonNegative(UInt64(int))
            case .uint(let uint): self = .nonNegative(uint)
            case .bool(let bool): self = .bool(bool)
            case .string(let string): self = .string(string)
            default: return nil
            }
        }

        /// Like `init(_:)`, but also finds integer keys by an integral double.
        init?(lookup value: Value) {
            if case .double(let double) = value {
                if let int = Int64(exactly: double) {
                    self.init(.int(int))
                } else if let uint = UInt64(exactly: double) {
                    self.init(.uint(uint))
                } else {
                    return nil
                }
            } else {
                self.init(value)
            }
        }
    }
}
