import Foundation
import PMOExpression

/// A stored report's JSON as expression values: its top-level members become the variables a campaign's
/// target reads (`templates`, `lint`, `checklists`, …). The one JSON → ``Value`` conversion of the dashboard.
enum ReportValues {
    /// A report's variables and the few facts that decide whether a campaign applies to it.
    struct Facts: Sendable {
        var fields: [String: Value]
        var projectName: String?
        var owner: String?
        /// The names of the report's templates.
        var templates: [String]
    }

    /// The top-level members of a JSON object as values, and its facts; nil when the text is not a JSON object.
    static func facts(ofJSON text: String) -> Facts? {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)), case .object(let members) = json else {
            return nil
        }
        var facts = Facts(fields: members.mapValues(\.value), projectName: nil, owner: nil, templates: [])
        if case .object(let project)? = members["project"] {
            if case .string(let name)? = project["name"] { facts.projectName = name }
            if case .string(let owner)? = project["owner"] { facts.owner = owner }
        }
        if case .array(let templates)? = members["templates"] {
            for case .object(let template) in templates {
                if case .string(let name)? = template["name"] { facts.templates.append(name) }
            }
        }
        return facts
    }

    /// Any JSON value, decoded without losing the difference between a bool, an integer and a double.
    enum JSONValue: Decodable {
        case null
        case bool(Bool)
        case integer(Int64)
        case double(Double)
        case string(String)
        case array([JSONValue])
        case object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let integer = try? container.decode(Int64.self) {
                self = .integer(integer)
            } else if let double = try? container.decode(Double.self) {
                self = .double(double)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else if let array = try? container.decode([JSONValue].self) {
                self = .array(array)
            } else {
                self = .object(try container.decode([String: JSONValue].self))
            }
        }

        /// The CEL value: objects become maps with string keys, sorted so that evaluation is repeatable.
        var value: Value {
            switch self {
            case .null: return .null
            case .bool(let bool): return .bool(bool)
            case .integer(let integer): return .int(integer)
            case .double(let double): return .double(double)
            case .string(let string): return .string(string)
            case .array(let items): return .list(items.map(\.value))
            case .object(let members):
                return .map(ValueMap(members.sorted { $0.key < $1.key }.map { (Value.string($0.key), $0.value.value) }))
            }
        }
    }
}
