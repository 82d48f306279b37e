/// The macros `all`, `exists`, `exists_one`, `map` and `filter`, over list elements or map keys.
extension Evaluator {
    /// `all` and `exists` absorb errors as `&&` and `||` do (a decisive element wins); `exists_one`,
    /// `map` and `filter` return the first error. The loop stops as soon as the budget is spent.
    func evaluateComprehension(_ loop: Node.Comprehension) -> Value {
        let range = evaluate(loop.range)
        let items: [Value]
        switch range {
        case .list(let elements): items = elements
        case .map(let map): items = map.keys
        case .error: return range
        default: return Operators.error("no such overload: \(range.type).\(loop.kind.rawValue)()")
        }
        let slot = loop.slot
        while locals.count <= slot { locals.append(.null) }
        var firstError: Value?
        var matches = 0
        var results: [Value] = []
        for (step, item) in items.enumerated() {
            if exhausted || (step & 15 == 15 && pastDeadline()) { return budgetError(at: loop.range.offset) }
            locals[slot] = item
            var keep = true
            if let predicate = loop.predicate {
                let condition = evaluate(predicate)
                switch (loop.kind, condition) {
                case (.all, .bool(false)), (.exists, .bool(true)): return condition
                case (.all, .bool), (.exists, .bool): continue
                case (.all, _), (.exists, _):
                    if firstError == nil {
                        firstError =
                            condition.isError
                            ? condition
                            : Operators.error("\(loop.kind.rawValue)() condition returned \(condition.type), not bool")
                    }
                    continue
                case (_, .error): return condition
                case (_, .bool(let bool)): keep = bool
                default: return Operators.error("\(loop.kind.rawValue)() condition returned \(condition.type), not bool")
                }
            }
            switch loop.kind {
            case .existsOne: if keep { matches += 1 }
            case .filter: if keep { results.append(item) }
            case .map:
                guard keep, let transform = loop.transform else { continue }
                let value = evaluate(transform)
                if case .error = value { return value }
                results.append(value)
            case .all, .exists: break
            }
        }
        switch loop.kind {
        case .all: return firstError ?? .bool(true)
        case .exists: return firstError ?? .bool(false)
        case .existsOne: return .bool(matches == 1)
        case .map, .filter: return produced(.list(results))
        }
    }
}
