import Foundation

/// Walks a syntax tree once, under a cost budget. One instance per evaluation; not shared.
final class Evaluator {
    let activation: Activation
    let limits: ExpressionLimits
    let sourceMap: SourceMap
    private(set) var nodesEvaluated = 0
    private(set) var cost = 0
    /// Set once the budget is spent or the deadline has passed; from then on every node returns
    /// the limit's error at once, and no `&&`, `||` or macro may absorb it.
    private(set) var exhausted = false
    /// Which limit set `exhausted`.
    private var stoppedBy = EvaluationError.Limit.costBudget
    private let clock = ContinuousClock()
    /// When the evaluation must stop (`ExpressionLimits.timeLimit` after it started).
    let deadline: ContinuousClock.Instant
    /// Comprehension variables by slot.
    var locals: [Value] = []
    /// The activation's values for the expression's global names (nil when unbound).
    private let globals: [Value?]
    /// Regular expressions compiled during this evaluation, by pattern.
    var regexCache: [String: NSRegularExpression] = [:]

    init(activation: Activation, limits: ExpressionLimits, sourceMap: SourceMap, globalNames: [String]) {
        self.activation = activation
        self.limits = limits
        self.sourceMap = sourceMap
        self.deadline = clock.now.advanced(by: .nanoseconds(Int64(min(max(limits.timeLimit, 0), 1e9) * 1e9)))
        self.globals = globalNames.map { name in
            activation.variables[name] ?? ValueType.byIdentifier[name].map { .type($0) }
        }
    }

    /// Evaluates the whole expression; the budget error wins over any other result.
    func evaluate(root: Node) -> Value {
        let result = evaluate(root)
        return exhausted ? budgetError(at: root.offset) : result
    }

    /// The error of the limit that stopped the evaluation (the cost budget or the deadline).
    func budgetError(at offset: Int) -> Value {
        let message = stoppedBy == .timeLimit ? EvaluationError.timeLimitMessage(limits) : EvaluationError.costBudgetMessage
        return .error(EvaluationError(message: message, position: sourceMap.position(at: offset), limit: stoppedBy))
    }

    /// True (and the evaluation stopped) once the deadline has passed. Reading the clock costs
    /// tens of nanoseconds, so nodes check it every 64th time, macros every 16th step, and calls
    /// only after host functions and `matches`, which may be slow.
    @discardableResult
    func pastDeadline() -> Bool {
        if exhausted { return true }
        guard clock.now > deadline else { return false }
        stopByDeadline()
        return true
    }

    /// Stops the evaluation because its deadline has passed.
    func stopByDeadline() {
        guard !exhausted else { return }
        exhausted = true
        stoppedBy = .timeLimit
    }

    /// Adds cost units; false (and the budget marked spent) when the budget is exceeded.
    @discardableResult
    func charge(_ units: Int) -> Bool {
        cost += units
        if cost > limits.costBudget { exhausted = true }
        return !exhausted
    }

    /// Cost units for comparing or scanning a value: its element count, or a quarter of its
    /// length for strings and bytes (which compare in bulk).
    static func scanSize(_ value: Value) -> Int {
        switch value {
        case .list(let list): return list.count
        case .map(let map): return map.count
        case .string(let string): return string.utf8.count / 4
        case .bytes(let bytes): return bytes.count / 4
        default: return 0
        }
    }

    /// Charges for a produced string, bytes value or list and enforces the size limits.
    func produced(_ value: Value) -> Value {
        let size: Int
        let limit: Int
        switch value {
        case .string(let string): size = string.utf8.count; limit = limits.maxStringLength
        case .bytes(let bytes): size = bytes.count; limit = limits.maxStringLength
        case .list(let list): size = list.count; limit = limits.maxListLength
        case .map(let map): size = map.count; limit = limits.maxListLength
        default: return value
        }
        guard size <= limit else {
            return Operators.error("\(value.type) of size \(size) exceeds the limit of \(limit)")
        }
        charge(size)
        return value
    }

    func evaluate(_ node: Node) -> Value {
        if exhausted { return budgetError(at: node.offset) }
        nodesEvaluated += 1
        guard charge(1) else { return budgetError(at: node.offset) }
        if nodesEvaluated & 63 == 0, pastDeadline() { return budgetError(at: node.offset) }
        let result = evaluateKind(node)
        if case .error(let error) = result, error.position == nil {
            return .error(EvaluationError(message: error.message, position: sourceMap.position(at: node.offset)))
        }
        return result
    }

    private func evaluateKind(_ node: Node) -> Value {
        switch node.kind {
        case .literal(let value):
            return value
        case .local(let slot):
            return locals[slot]
        case .global(let index, let name):
            return globals[index] ?? Operators.error("undeclared variable '\(name)'")
        case .identifier(let name):
            return activation.variables[name] ?? Operators.error("undeclared variable '\(name)'")
        case .select(let operand, let field, _, let qualifiedSlot):
            if let qualifiedSlot, let value = globals[qualifiedSlot] { return value }
            return select(evaluate(operand), field: field)
        case .index(let operand, let index):
            let base = evaluate(operand)
            if case .error = base { return base }
            return Self.index(base, evaluate(index))
        case .call(let call):
            return evaluateCall(call)
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements {
                let value = evaluate(element)
                if case .error = value { return value }
                values.append(value)
            }
            return produced(.list(values))
        case .map(let entries):
            return evaluateMapLiteral(entries)
        case .unary(let op, let operand):
            let value = evaluate(operand)
            switch op {
            case .negate: return Operators.negate(value)
            case .not:
                switch value {
                case .bool(let bool): return .bool(!bool)
                case .error: return value
                default: return Operators.error("no such overload: !\(value.type)")
                }
            }
        case .binary(let op, let left, let right):
            let lhs = evaluate(left)
            if case .error = lhs { return lhs }
            let rhs = evaluate(right)
            if case .error = rhs { return rhs }
            // Membership, equality and string comparison walk their operands: charge for their sizes.
            guard charge(Self.scanSize(lhs) + Self.scanSize(rhs)) else { return budgetError(at: node.offset) }
            return produced(Operators.binary(op, lhs, rhs))
        case .chain(let first, let links):
            return evaluateChain(first, links)
        case .and(let left, let right):
            return logical(left, right, absorbing: false)
        case .or(let left, let right):
            return logical(left, right, absorbing: true)
        case .conditional(let condition, let whenTrue, let whenFalse):
            switch evaluate(condition) {
            case .bool(true): return evaluate(whenTrue)
            case .bool(false): return evaluate(whenFalse)
            case .error(let error): return .error(error)
            case let other: return Operators.error("no such overload: \(other.type) ? _ : _ (the condition must be a bool)")
            }
        case .has(let operand, let field):
            return has(operand, field: field)
        case .comprehension(let loop):
            return evaluateComprehension(loop)
        }
    }

    /// `a + b - c …` left to right, exactly as the nested binary nodes it stands for.
    private func evaluateChain(_ first: Node, _ links: [Node.Link]) -> Value {
        var accumulated = evaluate(first)
        for link in links {
            if case .error = accumulated { return accumulated }
            let rhs = evaluate(link.operand)
            if case .error = rhs { return rhs }
            guard charge(1 + Self.scanSize(accumulated) + Self.scanSize(rhs)) else { return budgetError(at: link.offset) }
            accumulated = produced(Operators.binary(link.op, accumulated, rhs))
            if case .error(let error) = accumulated, error.position == nil {
                return .error(EvaluationError(message: error.message, position: sourceMap.position(at: link.offset)))
            }
        }
        return accumulated
    }

    // MARK: Names

    private func select(_ base: Value, field: String) -> Value {
        switch base {
        case .error: return base
        case .map(let map):
            return map[field] ?? Operators.error("no such key: '\(field)'")
        default:
            return Operators.error("cannot select field '\(field)' from a value of type \(base.type)")
        }
    }

    static func index(_ base: Value, _ index: Value) -> Value {
        if case .error = index { return index }
        switch base {
        case .list(let elements):
            let position: Int64
            switch index {
            case .int(let int): position = int
            case .uint(let uint): position = Int64(clamping: uint)
            case .double(let double):
                guard let exact = Int64(exactly: double) else { return Operators.error("invalid list index \(double)") }
                position = exact
            default: return Operators.noOverload("[]", base, index)
            }
            guard position >= 0, position < elements.count else {
                return Operators.error("index out of range: \(position) (list size \(elements.count))")
            }
            return elements[Int(position)]
        case .map(let map):
            return map[index] ?? Operators.error("no such key: \(index.celLiteral)")
        default:
            return Operators.error("no such overload: \(base.type)[\(index.type)]")
        }
    }

    private func has(_ operand: Node, field: String) -> Value {
        let base = evaluate(operand)
        switch base {
        case .map(let map): return .bool(map[field] != nil)
        case .error:
            // `has(a.b.c)` where only the dotted name `a.b.c` is bound.
            guard activation.hasDottedNames else { return base }
            switch operand.kind {
            case .select(_, _, let qualified?, _), .global(_, let qualified):
                if activation.variables[qualified + "." + field] != nil { return .bool(true) }
            default:
                break
            }
            return base
        default:
            return Operators.error("has() does not apply to a value of type \(base.type)")
        }
    }

    // MARK: Literals and logic

    private func evaluateMapLiteral(_ entries: [Node.MapEntry]) -> Value {
        var map = ValueMap()
        for entry in entries {
            let key = evaluate(entry.key)
            if case .error = key { return key }
            let value = evaluate(entry.value)
            if case .error = value { return value }
            guard ValueMap.isValidKey(key) else {
                return Operators.error("unsupported map key type: \(key.type) (keys are int, uint, bool or string)")
            }
            guard map.insertNew(key, value) else { return Operators.error("duplicate map key: \(key.celLiteral)") }
        }
        return produced(.map(map))
    }

    /// `&&` (absorbing `false`) and `||` (absorbing `true`): whichever side decides the result
    /// wins over an error or a non-bool on the other side, in either order.
    private func logical(_ left: Node, _ right: Node, absorbing decisive: Bool) -> Value {
        let lhs = evaluate(left)
        if case .bool(decisive) = lhs { return lhs }
        let rhs = evaluate(right)
        if case .bool(decisive) = rhs { return rhs }
        if case .error = lhs { return lhs }
        if case .error = rhs { return rhs }
        guard case .bool = lhs, case .bool = rhs else {
            return Operators.noOverload(decisive ? "||" : "&&", lhs, rhs)
        }
        return .bool(!decisive)
    }

    // MARK: Calls

    private func evaluateCall(_ call: Node.Call) -> Value {
        let hostFunction = activation.functions.isEmpty ? nil : activation.functions[call.function]
        guard hostFunction != nil || call.standard != nil else {
            return Operators.error("unknown function '\(call.function)'")
        }
        var target: Value?
        if let targetNode = call.target {
            let value = evaluate(targetNode)
            if case .error = value { return value }
            target = value
        }
        var arguments: [Value] = []
        arguments.reserveCapacity(call.arguments.count + 1)
        for argument in call.arguments {
            let value = evaluate(argument)
            if case .error = value { return value }
            arguments.append(value)
        }
        // Functions may walk their operands (size of a string, contains, join…): charge for their sizes.
        var scanned = target.map(Self.scanSize) ?? 0
        for argument in arguments { scanned += Self.scanSize(argument) }
        guard charge(scanned), !exhausted else { return budgetError(at: call.target?.offset ?? 0) }
        let result: Value
        if let hostFunction {
            result = hostFunction((target.map { [$0] } ?? []) + arguments)
        } else if let standard = call.standard {
            result = callStandard(standard, target: target, arguments)
        } else {
            return Operators.error("unknown function '\(call.function)'")
        }
        // Host functions (reading files) and regular expressions may be slow: look at the clock after
        // them. Other functions are cheap or charged by size; the every-64-nodes check covers them.
        if hostFunction != nil || call.standard == .matches, pastDeadline() { return budgetError(at: call.target?.offset ?? 0) }
        return produced(result)
    }
}
