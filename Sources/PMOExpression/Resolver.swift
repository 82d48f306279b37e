/// Binds names once after parsing: comprehension variables become numbered local slots and
/// every other name an index into a table that each evaluation fills from its activation,
/// so evaluation never hashes a name per node.
struct Resolver {
    /// Names to look up in the activation, by global index (plain and dotted names).
    private(set) var globalNames: [String] = []
    private var globalIndex: [String: Int] = [:]
    /// Comprehension variables in scope, outermost first; a variable's slot is its position.
    private var scope: [String] = []
    /// Literal patterns of `matches` calls, compiled once per parse rather than per evaluation.
    private(set) var literalPatterns: Set<String> = []

    private mutating func global(_ name: String) -> Int {
        if let index = globalIndex[name] { return index }
        globalIndex[name] = globalNames.count
        globalNames.append(name)
        return globalNames.count - 1
    }

    mutating func resolve(_ node: Node) -> Node {
        let kind: Node.Kind
        switch node.kind {
        case .literal, .local, .global:
            return node
        case .identifier(let name):
            if let slot = scope.lastIndex(of: name) {
                kind = .local(slot)
            } else {
                kind = .global(global(name), name: name)
            }
        case .select(let operand, let field, let qualified, _):
            var slot: Int?
            if let qualified, let root = qualified.split(separator: ".").first, !scope.contains(String(root)) {
                slot = global(qualified)
            }
            kind = .select(resolve(operand), field: field, qualifiedName: slot == nil ? nil : qualified, qualifiedSlot: slot)
        case .index(let operand, let index):
            kind = .index(resolve(operand), resolve(index))
        case .call(let call):
            if call.standard == .matches, case .literal(.string(let pattern))? = call.arguments.last?.kind {
                literalPatterns.insert(pattern)
            }
            kind = .call(
                Node.Call(
                    function: call.function, target: call.target.map { resolve($0) },
                    arguments: call.arguments.map { resolve($0) }))
        case .list(let elements):
            kind = .list(elements.map { resolve($0) })
        case .map(let entries):
            kind = .map(entries.map { Node.MapEntry(key: resolve($0.key), value: resolve($0.value)) })
        case .unary(let op, let operand):
            kind = .unary(op, resolve(operand))
        case .binary(let op, let left, let right):
            kind = .binary(op, resolve(left), resolve(right))
        case .chain(let first, let links):
            let resolvedFirst = resolve(first)
            kind = .chain(resolvedFirst, links.map { Node.Link(op: $0.op, operand: resolve($0.operand), offset: $0.offset) })
        case .and(let left, let right):
            kind = .and(resolve(left), resolve(right))
        case .or(let left, let right):
            kind = .or(resolve(left), resolve(right))
        case .conditional(let condition, let whenTrue, let whenFalse):
            kind = .conditional(resolve(condition), resolve(whenTrue), resolve(whenFalse))
        case .has(let operand, let field):
            kind = .has(resolve(operand), field: field)
        case .comprehension(let loop):
            let range = resolve(loop.range)
            scope.append(loop.variable)
            let predicate = loop.predicate.map { resolve($0) }
            let transform = loop.transform.map { resolve($0) }
            scope.removeLast()
            kind = .comprehension(
                Node.Comprehension(
                    kind: loop.kind, range: range, variable: loop.variable, slot: scope.count,
                    predicate: predicate, transform: transform))
        }
        return Node(kind, offset: node.offset)
    }
}
