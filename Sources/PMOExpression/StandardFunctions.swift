/// Dispatch of CEL's standard functions by name and argument types.
extension Evaluator {
    /// Calls a standard function; unknown names and unmatched argument types are error values.
    func callStandard(_ function: StandardFunction, target: Value?, _ arguments: [Value]) -> Value {
        let name = function.rawValue
        switch function {
        case .size:
            guard let subject = Self.single(target, arguments) else { return Self.noOverload(name, target, arguments) }
            switch subject {
            case .string(let string): return .int(Int64(string.unicodeScalars.count))
            case .bytes(let bytes): return .int(Int64(bytes.count))
            case .list(let list): return .int(Int64(list.count))
            case .map(let map): return .int(Int64(map.count))
            default: return Self.noOverload(name, target, arguments)
            }
        case .contains, .startsWith, .endsWith:
            guard case .string(let string)? = target, arguments.count == 1, case .string(let part) = arguments[0] else {
                return Self.noOverload(name, target, arguments)
            }
            switch function {
            case .contains: return .bool(part.isEmpty || StringFunctions.find(Array(part.utf8), in: Array(string.utf8)) != nil)
            case .startsWith: return .bool(string.utf8.starts(with: part.utf8))
            default: return .bool(string.utf8.count >= part.utf8.count && string.utf8.suffix(part.utf8.count).elementsEqual(part.utf8))
            }
        case .matches:
            let pair: (Value, Value)
            if let target, arguments.count == 1 {
                pair = (target, arguments[0])
            } else if target == nil, arguments.count == 2 {
                pair = (arguments[0], arguments[1])
            } else {
                return Self.noOverload(name, target, arguments)
            }
            guard case .string(let string) = pair.0, case .string(let pattern) = pair.1 else {
                return Self.noOverload(name, target, arguments)
            }
            return matches(string, pattern: pattern)
        case _ where function.isConversion:
            guard target == nil, arguments.count == 1 else { return Self.noOverload(name, target, arguments) }
            return Conversions.convert(name, arguments[0]) ?? Self.noOverload(name, target, arguments)
        case _ where function.isTimeAccessor:
            switch (target, arguments.count) {
            case (.timestamp(let timestamp)?, 0):
                return TimeArithmetic.accessor(name, timestamp, zone: nil) ?? Self.noOverload(name, target, arguments)
            case (.timestamp(let timestamp)?, 1):
                guard case .string(let zone) = arguments[0] else { return Self.noOverload(name, target, arguments) }
                return TimeArithmetic.accessor(name, timestamp, zone: zone) ?? Self.noOverload(name, target, arguments)
            case (.duration(let duration)?, 0):
                return TimeArithmetic.accessor(name, duration) ?? Self.noOverload(name, target, arguments)
            default:
                return Self.noOverload(name, target, arguments)
            }
        default:
            // Strings that can grow far past their inputs are measured and charged before they are built.
            if let size = StringFunctions.resultSize(function, target: target, arguments) {
                guard size <= limits.maxStringLength else {
                    return Operators.error("\(name)() would produce a string of size \(size), over the limit of \(limits.maxStringLength)")
                }
                guard charge(size), !pastDeadline() else { return budgetError(at: 0) }
            }
            return StringFunctions.call(function, target: target, arguments) ?? Self.noOverload(name, target, arguments)
        }
    }

    /// The one operand of a function that may be called as `f(x)` or `x.f()`.
    static func single(_ target: Value?, _ arguments: [Value]) -> Value? {
        if let target { return arguments.isEmpty ? target : nil }
        return arguments.count == 1 ? arguments[0] : nil
    }

    /// `no such overload: string.contains(int)` or `size(bool)`.
    static func noOverload(_ name: String, _ target: Value?, _ arguments: [Value]) -> Value {
        let list = arguments.map { $0.type.name }.joined(separator: ", ")
        let receiver = target.map { "\($0.type)." } ?? ""
        return Operators.error("no such overload: \(receiver)\(name)(\(list))")
    }
}
