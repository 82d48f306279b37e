/// Splits source text into tokens, decoding every CEL literal form.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let map: SourceMap
    private var index = 0

    init(map: SourceMap) {
        self.map = map
        self.scalars = map.scalars
    }

    /// Lexes the whole source; the last token is always `.end`.
    mutating func tokenize() throws(ExpressionParseError) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let position = index + ahead
        return position < scalars.count ? scalars[position] : nil
    }

    private func fail(_ message: String, at offset: Int) -> ExpressionParseError {
        ExpressionParseError(message: message, position: map.position(at: offset))
    }

    private mutating func skipTrivia() {
        while let scalar = peek() {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                index += 1
            } else if scalar == "/", peek(1) == "/" {
                while let next = peek(), next != "\n" { index += 1 }
            } else {
                return
            }
        }
    }

    private mutating func next() throws(ExpressionParseError) -> Token {
        skipTrivia()
        let start = index
        guard let scalar = peek() else { return Token(kind: .end, offset: start) }
        func single(_ kind: Token.Kind) -> Token {
            index += 1
            return Token(kind: kind, offset: start)
        }
        func pair(_ second: Unicode.Scalar, _ both: Token.Kind, else alone: Token.Kind?) throws(ExpressionParseError) -> Token {
            if peek(1) == second {
                index += 2
                return Token(kind: both, offset: start)
            }
            guard let alone else { throw fail("unexpected character '\(scalar)'", at: start) }
            index += 1
            return Token(kind: alone, offset: start)
        }
        switch scalar {
        case "(": return single(.leftParen)
        case ")": return single(.rightParen)
        case "[": return single(.leftBracket)
        case "]": return single(.rightBracket)
        case "{": return single(.leftBrace)
        case "}": return single(.rightBrace)
        case ",": return single(.comma)
        case ":": return single(.colon)
        case "?": return single(.question)
        case "+": return single(.plus)
        case "-": return single(.minus)
        case "*": return single(.star)
        case "/": return single(.slash)
        case "%": return single(.percent)
        case "!": return try pair("=", .notEqual, else: .bang)
        case "=": return try pair("=", .equal, else: nil)
        case "<": return try pair("=", .lessEqual, else: .less)
        case ">": return try pair("=", .greaterEqual, else: .greater)
        case "&": return try pair("&", .and, else: nil)
        case "|": return try pair("|", .or, else: nil)
        case ".":
            if let digit = peek(1), isDigit(digit) { return try number() }
            return single(.dot)
        case "\"", "'":
            return try stringLiteral(start: start, raw: false, bytes: false)
        default:
            if isDigit(scalar) { return try number() }
            if isIdentifierStart(scalar) { return try identifierOrPrefixedString() }
            throw fail("unexpected character '\(scalar.escaped(asASCII: true))'", at: start)
        }
    }

    private mutating func identifierOrPrefixedString() throws(ExpressionParseError) -> Token {
        let start = index
        while let scalar = peek(), isIdentifierStart(scalar) || isDigit(scalar) { index += 1 }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[start..<index])
        let word = String(name)
        if let quote = peek(), quote == "\"" || quote == "'" {
            let prefix = word.lowercased()
            if ["r", "b", "br", "rb"].contains(prefix) {
                return try stringLiteral(start: start, raw: prefix.contains("r"), bytes: prefix.contains("b"))
            }
        }
        switch word {
        case "true": return Token(kind: .trueLiteral, offset: start)
        case "false": return Token(kind: .falseLiteral, offset: start)
        case "null": return Token(kind: .null, offset: start)
        case "in": return Token(kind: .inKeyword, offset: start)
        default: return Token(kind: .identifier(word), offset: start)
        }
    }

    private mutating func number() throws(ExpressionParseError) -> Token {
        let start = index
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            index += 2
            let digitsStart = index
            while let scalar = peek(), scalar.properties.isASCIIHexDigit { index += 1 }
            let digits = text(digitsStart, index)
            guard !digits.isEmpty else { throw fail("hexadecimal literal needs digits after '0x'", at: start) }
            guard let magnitude = UInt64(digits, radix: 16) else {
                throw fail("integer literal \(text(start, index)) is out of range", at: start)
            }
            return integerToken(magnitude, start: start)
        }
        var isDouble = false
        while let scalar = peek(), isDigit(scalar) { index += 1 }
        if peek() == ".", let digit = peek(1), isDigit(digit) {
            isDouble = true
            index += 1
            while let scalar = peek(), isDigit(scalar) { index += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var lookahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { lookahead = 2 }
            if let digit = peek(lookahead), isDigit(digit) {
                isDouble = true
                index += lookahead
                while let scalar = peek(), isDigit(scalar) { index += 1 }
            }
        }
        let literal = text(start, index)
        if isDouble {
            guard let value = Double(literal), value.isFinite else {
                throw fail("floating-point literal \(literal) is out of range", at: start)
            }
            return Token(kind: .double(value), offset: start)
        }
        guard let magnitude = UInt64(literal) else {
            throw fail("integer literal \(literal) is out of range", at: start)
        }
        return integerToken(magnitude, start: start)
    }

    private mutating func integerToken(_ magnitude: UInt64, start: Int) -> Token {
        if let suffix = peek(), suffix == "u" || suffix == "U" {
            index += 1
            return Token(kind: .uint(magnitude), offset: start)
        }
        return Token(kind: .int(magnitude), offset: start)
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return String(view)
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
}

extension Lexer {
    /// Lexes a quoted literal whose prefix (if any) ends just before `index`.
    fileprivate mutating func stringLiteral(start: Int, raw: Bool, bytes: Bool) throws(ExpressionParseError) -> Token {
        guard let quote = peek() else { throw fail("unterminated string literal", at: start) }
        let triple = peek(1) == quote && peek(2) == quote
        index += triple ? 3 : 1
        var decoder = LiteralDecoder(bytes: bytes)
        while true {
            guard let scalar = peek() else { throw fail("unterminated string literal", at: start) }
            if scalar == quote {
                if !triple {
                    index += 1
                    break
                }
                if peek(1) == quote, peek(2) == quote {
                    index += 3
                    break
                }
            }
            if !triple, scalar == "\n" || scalar == "\r" {
                throw fail("newline in a quoted string; use \\n or a triple-quoted string", at: index)
            }
            if scalar == "\\" {
                if !raw {
                    try escape(into: &decoder)
                    continue
                }
            }
            decoder.append(scalar)
            index += 1
        }
        return Token(kind: bytes ? .bytes(decoder.bytesValue) : .string(decoder.stringValue), offset: start)
    }

    private mutating func escape(into decoder: inout LiteralDecoder) throws(ExpressionParseError) {
        let escapeStart = index
        index += 1
        guard let code = peek() else { throw fail("unterminated string literal", at: escapeStart) }
        index += 1
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
            "\\": "\\", "?": "?", "\"": "\"", "'": "'", "`": "`",
        ]
        if let replacement = simple[code] {
            decoder.append(replacement)
            return
        }
        switch code {
        case "x", "X":
            decoder.appendCode(try hexDigits(2, escapeStart: escapeStart))
        case "u", "U":
            guard !decoder.isBytes else {
                throw fail("\\\(code) escapes are not allowed in bytes literals", at: escapeStart)
            }
            let value = try hexDigits(code == "u" ? 4 : 8, escapeStart: escapeStart)
            guard let scalar = Unicode.Scalar(value) else {
                throw fail("\\\(code) escape is not a valid Unicode code point", at: escapeStart)
            }
            decoder.append(scalar)
        case "0"..."3":
            var value = code.value - 48
            for _ in 0..<2 {
                guard let digit = peek(), digit >= "0", digit <= "7" else {
                    throw fail("octal escape needs three digits (\\000 to \\377)", at: escapeStart)
                }
                value = value * 8 + digit.value - 48
                index += 1
            }
            decoder.appendCode(value)
        default:
            throw fail("invalid escape sequence '\\\(code.escaped(asASCII: true))'", at: escapeStart)
        }
    }

    private mutating func hexDigits(_ count: Int, escapeStart: Int) throws(ExpressionParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digit = peek(), let nibble = UInt32(String(digit), radix: 16) else {
                throw fail("escape needs \(count) hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | nibble
            index += 1
        }
        return value
    }
}

/// Accumulates a string or bytes literal; in bytes, `\x` and octal escapes are raw octets.
private struct LiteralDecoder {
    let isBytes: Bool
    private var scalars = String.UnicodeScalarView()
    private var bytes: [UInt8] = []

    init(bytes: Bool) { isBytes = bytes }

    mutating func append(_ scalar: Unicode.Scalar) {
        if isBytes { bytes.append(contentsOf: Array(String(scalar).utf8)) } else { scalars.append(scalar) }
    }

    /// A `\x` or octal escape: an octet in bytes, a code point (below 256) in strings.
    mutating func appendCode(_ value: UInt32) {
        if isBytes {
            bytes.append(UInt8(truncatingIfNeeded: value))
        } else if let scalar = Unicode.Scalar(value) {
            scalars.append(scalar)
        }
    }

    var stringValue: String { String(scalars) }
    var bytesValue: [UInt8] { bytes }
}
