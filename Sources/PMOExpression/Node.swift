/// A node of the parsed syntax tree, with the source offset its errors point at.
final class Node: Sendable {
    let kind: Kind
    /// Offset in Unicode scalars of the token that the node's errors should point at.
    let offset: Int
    /// Height of the subtree (a leaf is 1); bounded by `ExpressionLimits.maxNestingDepth`.
    let depth: Int

    init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
        self.depth = 1 + kind.children.reduce(0) { max($0, $1.depth) }
    }

    enum Kind: Sendable {
        case literal(Value)
        /// A name as parsed; the resolver turns it into `.local` or `.global`.
        case identifier(String)
        /// A comprehension variable, by slot.
        case local(Int)
        /// A name looked up in the activation, by index into the expression's global names.
        case global(Int, name: String)
        /// `operand.field`; `qualifiedName` is `a.b.c` when the operand is a chain of plain names,
        /// so that a variable bound as `a.b.c` can be found before field selection is tried
        /// (`qualifiedSlot` is its global index once resolved).
        case select(Node, field: String, qualifiedName: String?, qualifiedSlot: Int? = nil)
        case index(Node, Node)
        case call(Call)
        case list([Node])
        case map([MapEntry])
        case unary(UnaryOperator, Node)
        case binary(BinaryOperator, Node, Node)
        /// `a + b - c …` (three or more operands of one precedence level), evaluated left to right.
        /// Kept flat so that a long chain is one level of nesting, not one per operand.
        case chain(Node, [Link])
        case and(Node, Node)
        case or(Node, Node)
        case conditional(Node, Node, Node)
        case has(Node, field: String)
        case comprehension(Comprehension)

        var children: [Node] {
            switch self {
            case .literal, .identifier, .local, .global: return []
            case .select(let operand, _, _, _), .unary(_, let operand), .has(let operand, _): return [operand]
            case .index(let a, let b), .binary(_, let a, let b), .and(let a, let b), .or(let a, let b): return [a, b]
            case .conditional(let a, let b, let c): return [a, b, c]
            case .call(let call): return (call.target.map { [$0] } ?? []) + call.arguments
            case .list(let elements): return elements
            case .chain(let first, let links): return [first] + links.map(\.operand)
            case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
            case .comprehension(let loop): return [loop.range] + [loop.predicate, loop.transform].compactMap { $0 }
            }
        }
    }

    struct MapEntry: Sendable {
        let key: Node
        let value: Node
    }

    /// One `op operand` step of a ``Kind/chain(_:_:)``; errors of the step point at the operator.
    struct Link: Sendable {
        let op: BinaryOperator
        let operand: Node
        let offset: Int
    }

    struct Call: Sendable {
        let function: String
        let target: Node?
        let arguments: [Node]
        /// The standard function of that name, if there is one.
        let standard: StandardFunction?

        init(function: String, target: Node?, arguments: [Node]) {
            self.function = function
            self.target = target
            self.arguments = arguments
            self.standard = StandardFunction(rawValue: function)
        }
    }

    struct Comprehension: Sendable {
        enum Kind: String, Sendable {
            case all, exists, existsOne = "exists_one", map, filter
        }
        let kind: Kind
        let range: Node
        let variable: String
        /// The variable's local slot: how many comprehensions enclose this one.
        var slot: Int = 0
        /// The condition of `all`, `exists`, `exists_one`, `filter` and three-argument `map`.
        let predicate: Node?
        /// The result expression of `map`.
        let transform: Node?
    }
}

enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in"
}
