/// CEL's operators on values: arithmetic with overflow errors, heterogeneous equality and ordering.
enum Operators {
    static func error(_ message: String) -> Value { .error(EvaluationError(message: message)) }

    static func noOverload(_ op: String, _ lhs: Value, _ rhs: Value) -> Value {
        error("no such overload: \(lhs.type) \(op) \(rhs.type)")
    }

    static let overflow = error("integer overflow")

    // MARK: Arithmetic

    static func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> Value {
        switch op {
        case .add: return add(lhs, rhs)
        case .subtract: return subtract(lhs, rhs)
        case .multiply: return multiply(lhs, rhs)
        case .divide: return divide(lhs, rhs)
        case .remainder: return remainder(lhs, rhs)
        case .equal: return equals(lhs, rhs)
        case .notEqual:
            let result = equals(lhs, rhs)
            if case .bool(let equal) = result { return .bool(!equal) }
            return result
        case .less, .lessEqual, .greater, .greaterEqual: return compare(op, lhs, rhs)
        case .in: return contains(collection: rhs, element: lhs)
        }
    }

    static func add(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? Self.overflow : .int(sum)
        case let (.uint(a), .uint(b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? Self.overflow : .uint(sum)
        case let (.double(a), .double(b)): return .double(a + b)
        case let (.string(a), .string(b)): return .string(a + b)
        case let (.bytes(a), .bytes(b)): return .bytes(a + b)
        case let (.list(a), .list(b)): return .list(a + b)
        case let (.timestamp(t), .duration(d)), let (.duration(d), .timestamp(t)): return TimeArithmetic.add(t, d)
        case let (.duration(a), .duration(b)): return TimeArithmetic.add(a, b)
        default: return noOverload("+", lhs, rhs)
        }
    }

    static func subtract(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? Self.overflow : .int(difference)
        case let (.uint(a), .uint(b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? Self.overflow : .uint(difference)
        case let (.double(a), .double(b)): return .double(a - b)
        case let (.timestamp(a), .timestamp(b)): return TimeArithmetic.subtract(a, b)
        case let (.timestamp(t), .duration(d)): return TimeArithmetic.subtract(t, d)
        case let (.duration(a), .duration(b)): return TimeArithmetic.subtract(a, b)
        default: return noOverload("-", lhs, rhs)
        }
    }

    static func multiply(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? Self.overflow : .int(product)
        case let (.uint(a), .uint(b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? Self.overflow : .uint(product)
        case let (.double(a), .double(b)): return .double(a * b)
        default: return noOverload("*", lhs, rhs)
        }
    }

    static func divide(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)):
            if b == 0 { return error("division by zero") }
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            return overflow ? Self.overflow : .int(quotient)
        case let (.uint(a), .uint(b)):
            return b == 0 ? error("division by zero") : .uint(a / b)
        case let (.double(a), .double(b)): return .double(a / b)
        default: return noOverload("/", lhs, rhs)
        }
    }

    static func remainder(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)):
            if b == 0 { return error("modulus by zero") }
            let (rest, overflow) = a.remainderReportingOverflow(dividingBy: b)
            return overflow ? Self.overflow : .int(rest)
        case let (.uint(a), .uint(b)):
            return b == 0 ? error("modulus by zero") : .uint(a % b)
        default: return noOverload("%", lhs, rhs)
        }
    }

    static func negate(_ operand: Value) -> Value {
        switch operand {
        case .int(let int):
            return int == .min ? overflow : .int(-int)
        case .double(let double): return .double(-double)
        case .duration(let duration):
            guard let negated = CELDuration(seconds: -duration.seconds, nanos: -Int64(duration.nanos)) else {
                return error("duration out of range")
            }
            return .duration(negated)
        case .error: return operand
        default: return error("no such overload: -\(operand.type)")
        }
    }

    // MARK: Equality and ordering

    /// Nesting beyond which `==` gives up with an error instead of recursing further
    /// (host data can be nested deeper than any expression).
    static let maxEqualityDepth = 500

    /// CEL `==`: numbers compare by value across int, uint and double; values of other
    /// different types are unequal; lists and maps compare element by element.
    static func equals(_ lhs: Value, _ rhs: Value, depth: Int = 0) -> Value {
        guard depth < maxEqualityDepth else { return error("values are nested too deeply to compare") }
        switch (lhs, rhs) {
        case (.error, _): return lhs
        case (_, .error): return rhs
        case let (.string(a), .string(b)): return .bool(a.utf8.elementsEqual(b.utf8))
        case let (.bool(a), .bool(b)): return .bool(a == b)
        case let (.bytes(a), .bytes(b)): return .bool(a == b)
        case (.null, .null): return .bool(true)
        case let (.timestamp(a), .timestamp(b)): return .bool(a == b)
        case let (.duration(a), .duration(b)): return .bool(a == b)
        case let (.type(a), .type(b)): return .bool(a == b)
        case let (.list(a), .list(b)):
            guard a.count == b.count else { return .bool(false) }
            var firstError: Value?
            for (x, y) in zip(a, b) {
                let result = equals(x, y, depth: depth + 1)
                if case .bool(false) = result { return result }
                if case .error = result, firstError == nil { firstError = result }
            }
            return firstError ?? .bool(true)
        case let (.map(a), .map(b)):
            guard a.count == b.count else { return .bool(false) }
            var firstError: Value?
            for (key, value) in a {
                guard let other = b[key] else { return .bool(false) }
                let result = equals(value, other, depth: depth + 1)
                if case .bool(false) = result { return result }
                if case .error = result, firstError == nil { firstError = result }
            }
            return firstError ?? .bool(true)
        default:
            if let order = numericOrder(lhs, rhs) { return .bool(order == 0) }
            return .bool(false)
        }
    }

    /// -1, 0 or 1 for two numbers of any numeric types; nil when either is not a number or is NaN.
    static func numericOrder(_ lhs: Value, _ rhs: Value) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return sign(a, b)
        case let (.uint(a), .uint(b)): return sign(a, b)
        case let (.double(a), .double(b)): return a.isNaN || b.isNaN ? nil : sign(a, b)
        case let (.int(a), .uint(b)): return a < 0 ? -1 : sign(UInt64(a), b)
        case let (.uint(a), .int(b)): return b < 0 ? 1 : sign(a, UInt64(b))
        case let (.int(a), .double(b)): return compareInt(a, b)
        case let (.double(a), .int(b)): return compareInt(b, a).map { -$0 }
        case let (.uint(a), .double(b)): return compareUInt(a, b)
        case let (.double(a), .uint(b)): return compareUInt(b, a).map { -$0 }
        default: return nil
        }
    }

    /// Exact comparison of an int with a double (no rounding of large ints).
    private static func compareInt(_ int: Int64, _ double: Double) -> Int? {
        if double.isNaN { return nil }
        if double >= 9_223_372_036_854_775_808.0 { return -1 }
        if double < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = double.rounded(.towardZero)
        let truncated = Int64(whole)
        if int != truncated { return int < truncated ? -1 : 1 }
        let fraction = double - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    private static func compareUInt(_ uint: UInt64, _ double: Double) -> Int? {
        if double.isNaN { return nil }
        if double >= 18_446_744_073_709_551_616.0 { return -1 }
        if double < 0 { return 1 }
        let whole = double.rounded(.towardZero)
        let truncated = UInt64(whole)
        if uint != truncated { return uint < truncated ? -1 : 1 }
        return double > whole ? -1 : 0
    }

    static func compare(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> Value {
        let order: Int?
        switch (lhs, rhs) {
        case (.error, _): return lhs
        case (_, .error): return rhs
        case let (.string(a), .string(b)):
            order = a.utf8.elementsEqual(b.utf8) ? 0 : (a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1)
        case let (.bytes(a), .bytes(b)): order = a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1)
        case let (.bool(a), .bool(b)): order = a == b ? 0 : (!a ? -1 : 1)
        case let (.timestamp(a), .timestamp(b)): order = a == b ? 0 : (a < b ? -1 : 1)
        case let (.duration(a), .duration(b)): order = a == b ? 0 : (a < b ? -1 : 1)
        case (.int, _), (.uint, _), (.double, _):
            switch rhs {
            case .int, .uint, .double: order = numericOrder(lhs, rhs)
            default: return noOverload(op.rawValue, lhs, rhs)
            }
        default: return noOverload(op.rawValue, lhs, rhs)
        }
        guard let order else { return .bool(false) }  // NaN is unordered
        switch op {
        case .less: return .bool(order < 0)
        case .lessEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }

    /// `element in collection`: list membership by `==`, or map key presence.
    static func contains(collection: Value, element: Value) -> Value {
        switch collection {
        case .error: return collection
        case .list(let elements):
            if case .error = element { return element }
            var firstError: Value?
            for candidate in elements {
                let result = equals(element, candidate)
                if case .bool(true) = result { return result }
                if case .error = result, firstError == nil { firstError = result }
            }
            return firstError ?? .bool(false)
        case .map(let map):
            if case .error = element { return element }
            return .bool(map[element] != nil)
        default:
            return noOverload("in", element, collection)
        }
    }
}
