import PMOExpression
import PMOYAML

/// Converts strict-YAML nodes into expression values, the way rules see YAML data.
package enum YAMLValue {
    /// The value of a node: mappings become maps (keys as written), sequences lists, scalars their core-schema value.
    package static func value(of node: Node) -> Value {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let int): return .int(int)
            case .float(let double): return .double(double)
            case .string(let string): return .string(string)
            }
        case .sequence(let items):
            return .list(items.map(value(of:)))
        case .mapping(let entries):
            var map = ValueMap()
            for entry in entries {
                let key: Value
                switch entry.key.scalar?.value {
                case .int(let int)?: key = .int(int)
                case .bool(let flag)?: key = .bool(flag)
                case .string(let string)?: key = .string(string)
                default: key = .string(entry.key.scalar?.text ?? "")
                }
                map.insert(key, value(of: entry.value))
            }
            return .map(map)
        }
    }
}
