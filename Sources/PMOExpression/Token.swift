/// One lexical element of an expression.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case int(UInt64)  // magnitude; the parser applies a leading minus and checks range
        case uint(UInt64)
        case double(Double)
        case string(String)
        case bytes([UInt8])
        case identifier(String)
        case trueLiteral, falseLiteral, null, inKeyword
        case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
        case dot, comma, colon, question
        case plus, minus, star, slash, percent, bang
        case and, or, equal, notEqual, less, lessEqual, greater, greaterEqual
        case end
    }

    let kind: Kind
    /// Offset of the first scalar, in Unicode scalars.
    let offset: Int

    /// How the token reads in "unexpected …" messages.
    var spelling: String {
        switch kind {
        case .int(let magnitude): return "integer \(magnitude)"
        case .uint(let value): return "integer \(value)u"
        case .double(let value): return "number \(value)"
        case .string: return "string literal"
        case .bytes: return "bytes literal"
        case .identifier(let name): return "'\(name)'"
        case .trueLiteral: return "'true'"
        case .falseLiteral: return "'false'"
        case .null: return "'null'"
        case .inKeyword: return "'in'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .dot: return "'.'"
        case .comma: return "','"
        case .colon: return "':'"
        case .question: return "'?'"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .star: return "'*'"
        case .slash: return "'/'"
        case .percent: return "'%'"
        case .bang: return "'!'"
        case .and: return "'&&'"
        case .or: return "'||'"
        case .equal: return "'=='"
        case .notEqual: return "'!='"
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .end: return "end of expression"
        }
    }
}

/// Words that CEL reserves: they may not name a variable or a global function, although
/// (as in cel-spec's parse tests) they may follow a `.` as a field or method name.
let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
    "loop", "package", "namespace", "return", "var", "void", "while",
]
