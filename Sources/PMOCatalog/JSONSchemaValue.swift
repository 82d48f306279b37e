import PMOYAML

/// A JSON value with ordered object members, enough to build and print JSON Schemas.
package indirect enum JSONSchemaValue: Sendable, Hashable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSONSchemaValue])
    /// Members in the order they are printed.
    case object([Member])

    /// One `"key": value` member of an object.
    package struct Member: Sendable, Hashable {
        package var key: String
        package var value: JSONSchemaValue
    }

    /// An object from (key, value) pairs, in order.
    package static func object(_ members: [(String, JSONSchemaValue)]) -> JSONSchemaValue {
        .object(members.map { Member(key: $0.0, value: $0.1) })
    }

    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .number(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(arrayLiteral elements: JSONSchemaValue...) { self = .array(elements) }

    /// The members of an object as pairs (empty for other values).
    var members: [(String, JSONSchemaValue)] {
        if case .object(let members) = self { return members.map { ($0.key, $0.value) } }
        return []
    }

    /// This object with one more member at the end.
    func adding(_ member: (String, JSONSchemaValue)) -> JSONSchemaValue {
        .object(members + [member])
    }

    /// The value as JSON text: two-space indentation, members in order, non-ASCII kept as is.
    package func rendered() -> String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .string(let text):
            JSONWriter.writeString(text, into: &out)
        case .number(let number):
            out += String(number)
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .array(let items):
            // Short lists of scalars stay on one line (enums, required).
            if items.allSatisfy({
                if case .object = $0 { return false }; if case .array = $0 { return false }; return true
            }) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(into: &out, indent: inner)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += inner
                JSONWriter.writeString(member.key, into: &out)
                out += ": "
                member.value.write(into: &out, indent: inner)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }
}
