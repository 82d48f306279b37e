/// Recursive-descent parser for the CEL grammar, with CEL's precedence:
/// `?:` < `||` < `&&` < relations and `in` < `+ -` < `* / %` < unary `! -` < member, index, call.
struct Parser {
    private let tokens: [Token]
    private let map: SourceMap
    private let limits: ExpressionLimits
    private var position = 0
    private var recursion = 0

    init(tokens: [Token], map: SourceMap, limits: ExpressionLimits) {
        self.tokens = tokens
        self.map = map
        self.limits = limits
    }

    mutating func parse() throws(ExpressionParseError) -> Node {
        let root = try expression()
        guard current.kind == .end else { throw unexpected() }
        return root
    }

    // MARK: Helpers

    private var current: Token { tokens[position] }
    private func peek(_ ahead: Int) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func accept(_ kind: Token.Kind) -> Bool {
        guard current.kind == kind else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ kind: Token.Kind, _ what: String) throws(ExpressionParseError) {
        guard accept(kind) else {
            throw fail("expected \(what) but found \(current.spelling)", at: current.offset)
        }
    }

    private func fail(_ message: String, at offset: Int) -> ExpressionParseError {
        ExpressionParseError(message: message, position: map.position(at: offset))
    }

    private func unexpected() -> ExpressionParseError {
        if current.kind == .end { return fail("expression ended unexpectedly", at: current.offset) }
        return fail("unexpected \(current.spelling)", at: current.offset)
    }

    /// Builds a node, refusing trees deeper than the limit so no later recursion can overflow.
    private func make(_ kind: Node.Kind, at offset: Int) throws(ExpressionParseError) -> Node {
        let node = Node(kind, offset: offset)
        guard node.depth <= limits.maxNestingDepth else { throw tooDeep(at: offset) }
        return node
    }

    private func tooDeep(at offset: Int) -> ExpressionParseError {
        fail("expression is nested too deeply (the limit is \(limits.maxNestingDepth) levels)", at: offset)
    }

    // MARK: Grammar

    private mutating func expression() throws(ExpressionParseError) -> Node {
        recursion += 1
        defer { recursion -= 1 }
        guard recursion <= limits.maxNestingDepth else { throw tooDeep(at: current.offset) }
        let condition = try logicalOr()
        guard current.kind == .question else { return condition }
        let questionOffset = advance().offset
        let whenTrue = try logicalOr()
        try expect(.colon, "':' of the conditional '?:'")
        let whenFalse = try expression()
        return try make(.conditional(condition, whenTrue, whenFalse), at: questionOffset)
    }

    private mutating func logicalOr() throws(ExpressionParseError) -> Node {
        var operands = [try logicalAnd()]
        var offsets: [Int] = []
        while current.kind == .or {
            offsets.append(advance().offset)
            operands.append(try logicalAnd())
        }
        return try balanced(operands, offsets) { .or($0, $1) }
    }

    private mutating func logicalAnd() throws(ExpressionParseError) -> Node {
        var operands = [try relation()]
        var offsets: [Int] = []
        while current.kind == .and {
            offsets.append(advance().offset)
            operands.append(try relation())
        }
        return try balanced(operands, offsets) { .and($0, $1) }
    }

    /// Long `a || b || c …` chains become balanced trees, as in cel-go, so that their depth
    /// grows with the logarithm of their length.
    private func balanced(
        _ operands: [Node], _ offsets: [Int], _ combine: (Node, Node) -> Node.Kind
    ) throws(ExpressionParseError) -> Node {
        if operands.count == 1 { return operands[0] }
        func build(_ low: Int, _ high: Int) throws(ExpressionParseError) -> Node {
            if low == high { return operands[low] }
            let middle = (low + high) / 2
            let left = try build(low, middle)
            let right = try build(middle + 1, high)
            return try make(combine(left, right), at: offsets[middle])
        }
        return try build(0, operands.count - 1)
    }

    private mutating func relation() throws(ExpressionParseError) -> Node {
        let first = try addition()
        var links: [Node.Link] = []
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .equal: op = .equal
            case .notEqual: op = .notEqual
            case .less: op = .less
            case .lessEqual: op = .lessEqual
            case .greater: op = .greater
            case .greaterEqual: op = .greaterEqual
            case .inKeyword: op = .in
            default: return try chain(first, links)
            }
            let offset = advance().offset
            links.append(Node.Link(op: op, operand: try addition(), offset: offset))
        }
    }

    private mutating func addition() throws(ExpressionParseError) -> Node {
        let first = try multiplication()
        var links: [Node.Link] = []
        while current.kind == .plus || current.kind == .minus {
            let token = advance()
            links.append(Node.Link(op: token.kind == .plus ? .add : .subtract, operand: try multiplication(), offset: token.offset))
        }
        return try chain(first, links)
    }

    private mutating func multiplication() throws(ExpressionParseError) -> Node {
        let first = try unary()
        var links: [Node.Link] = []
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            case .percent: op = .remainder
            default: return try chain(first, links)
            }
            let offset = advance().offset
            links.append(Node.Link(op: op, operand: try unary(), offset: offset))
        }
    }

    /// Left-associative operators of one level: one operator is a binary node; more are a flat
    /// chain, so that `1 + 2 + … + n` counts as one level of nesting, not n (its operands still count).
    private func chain(_ first: Node, _ links: [Node.Link]) throws(ExpressionParseError) -> Node {
        guard let last = links.last else { return first }
        if links.count == 1 { return try make(.binary(last.op, first, last.operand), at: last.offset) }
        return try make(.chain(first, links), at: links[0].offset)
    }

    private mutating func unary() throws(ExpressionParseError) -> Node {
        var operators: [(UnaryOperator, Int)] = []
        while current.kind == .bang || current.kind == .minus {
            let token = advance()
            operators.append((token.kind == .bang ? .not : .negate, token.offset))
            guard operators.count <= limits.maxNestingDepth else { throw tooDeep(at: token.offset) }
        }
        var operand: Node
        // `-9223372036854775808` is a literal, not the negation of an out-of-range one.
        if let last = operators.last, last.0 == .negate, case .int(let magnitude) = current.kind,
            ![.dot, .leftBracket, .leftParen].contains(peek(1).kind)
        {
            position += 1
            guard magnitude <= UInt64(Int64.max) + 1 else {
                throw fail("integer literal -\(magnitude) is out of range", at: last.1)
            }
            let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            operators.removeLast()
            operand = try make(.literal(.int(value)), at: last.1)
        } else {
            operand = try member()
        }
        for (op, offset) in operators.reversed() {
            operand = try make(.unary(op, operand), at: offset)
        }
        return operand
    }

    private mutating func member() throws(ExpressionParseError) -> Node {
        var node = try primary()
        while true {
            switch current.kind {
            case .dot:
                advance()
                let nameToken = advance()
                guard case .identifier(let name) = nameToken.kind else {
                    throw fail("expected a field or method name after '.' but found \(nameToken.spelling)", at: nameToken.offset)
                }
                if current.kind == .leftParen {
                    let arguments = try argumentList()
                    node = try call(name, target: node, arguments: arguments, at: nameToken.offset)
                } else {
                    var qualified: String?
                    switch node.kind {
                    case .identifier(let root): qualified = root + "." + name
                    case .select(_, _, let prefix?, _): qualified = prefix + "." + name
                    default: qualified = nil
                    }
                    node = try make(.select(node, field: name, qualifiedName: qualified), at: nameToken.offset)
                }
            case .leftBracket:
                let offset = advance().offset
                let index = try expression()
                try expect(.rightBracket, "']'")
                node = try make(.index(node, index), at: offset)
            case .leftBrace:
                throw fail(
                    "protobuf message literals (Name{field: value}) are not supported; use a map {\"field\": value}", at: current.offset)
            default:
                return node
            }
        }
    }

    private mutating func primary() throws(ExpressionParseError) -> Node {
        let token = current
        switch token.kind {
        case .int(let magnitude):
            advance()
            guard magnitude <= UInt64(Int64.max) else {
                throw fail("integer literal \(magnitude) is out of range (use \(magnitude)u for a uint)", at: token.offset)
            }
            return try make(.literal(.int(Int64(magnitude))), at: token.offset)
        case .uint(let value):
            advance()
            return try make(.literal(.uint(value)), at: token.offset)
        case .double(let value):
            advance()
            return try make(.literal(.double(value)), at: token.offset)
        case .string(let value):
            advance()
            return try make(.literal(.string(value)), at: token.offset)
        case .bytes(let value):
            advance()
            return try make(.literal(.bytes(value)), at: token.offset)
        case .trueLiteral, .falseLiteral:
            advance()
            return try make(.literal(.bool(token.kind == .trueLiteral)), at: token.offset)
        case .null:
            advance()
            return try make(.literal(.null), at: token.offset)
        case .dot:
            // A leading dot names the root scope; with no packages here it changes nothing.
            advance()
            guard case .identifier = current.kind else { throw unexpected() }
            return try primary()
        case .identifier(let name):
            advance()
            if reservedWords.contains(name) {
                throw fail("'\(name)' is a reserved word and cannot be used as a name", at: token.offset)
            }
            if current.kind == .leftParen {
                let arguments = try argumentList()
                return try call(name, target: nil, arguments: arguments, at: token.offset)
            }
            return try make(.identifier(name), at: token.offset)
        case .leftParen:
            advance()
            let inner = try expression()
            try expect(.rightParen, "')'")
            return inner
        case .leftBracket:
            advance()
            var elements: [Node] = []
            while current.kind != .rightBracket {
                elements.append(try expression())
                if !accept(.comma) { break }
            }
            try expect(.rightBracket, "',' or ']' in the list")
            return try make(.list(elements), at: token.offset)
        case .leftBrace:
            advance()
            var entries: [Node.MapEntry] = []
            while current.kind != .rightBrace {
                let key = try expression()
                try expect(.colon, "':' after the map key")
                let value = try expression()
                entries.append(Node.MapEntry(key: key, value: value))
                if !accept(.comma) { break }
            }
            try expect(.rightBrace, "',' or '}' in the map")
            return try make(.map(entries), at: token.offset)
        default:
            throw unexpected()
        }
    }

    private mutating func argumentList() throws(ExpressionParseError) -> [Node] {
        try expect(.leftParen, "'('")
        var arguments: [Node] = []
        while current.kind != .rightParen {
            arguments.append(try expression())
            if !accept(.comma) { break }
        }
        try expect(.rightParen, "',' or ')' after the arguments")
        return arguments
    }

    /// A call, or one of the macros `has`, `all`, `exists`, `exists_one`, `map`, `filter`.
    private func call(_ name: String, target: Node?, arguments: [Node], at offset: Int) throws(ExpressionParseError) -> Node {
        if target == nil, name == "has", arguments.count == 1 {
            guard case .select(let operand, let field, _, _) = arguments[0].kind else {
                throw fail("has() needs a field selection such as has(a.b)", at: arguments[0].offset)
            }
            return try make(.has(operand, field: field), at: offset)
        }
        if let target, let kind = Node.Comprehension.Kind(rawValue: name),
            arguments.count == 2 || (kind == .map && arguments.count == 3)
        {
            guard case .identifier(let variable) = arguments[0].kind else {
                throw fail("the first argument of \(name)() must be a variable name", at: arguments[0].offset)
            }
            let loop: Node.Comprehension
            switch kind {
            case .map where arguments.count == 3:
                loop = .init(kind: kind, range: target, variable: variable, predicate: arguments[1], transform: arguments[2])
            case .map:
                loop = .init(kind: kind, range: target, variable: variable, predicate: nil, transform: arguments[1])
            default:
                loop = .init(kind: kind, range: target, variable: variable, predicate: arguments[1], transform: nil)
            }
            return try make(.comprehension(loop), at: offset)
        }
        return try make(.call(Node.Call(function: name, target: target, arguments: arguments)), at: offset)
    }
}
