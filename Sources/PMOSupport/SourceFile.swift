/// The bytes of one input file and its display path, used to locate offsets and show source lines.
public struct SourceFile: Sendable {
    /// The path as shown to the user.
    public var path: String
    /// The raw UTF-8 bytes.
    public var bytes: [UInt8]

    /// Creates a source file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The line and column of a byte offset (lines split at `\n`, `\r\n` and `\r`; columns in scalars).
    public func location(ofByte offset: Int) -> SourceLocation {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < target {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        var cursor = lineStart
        while cursor < target {
            cursor += Self.sequenceLength(lead: bytes[cursor])
            column += 1
        }
        return SourceLocation(line: line, column: column, offset: target)
    }

    /// The text of the 1-based line `number` without its line break, decoded leniently.
    ///
    /// Lines break at `\n`, `\r\n` and a lone `\r`, as in ``location(ofByte:)`` and libyaml.
    public func lineText(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var line = 1
        var start = 0
        var index = 0
        while index < bytes.count && line < number {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                start = index + 1
            }
            index += 1
        }
        guard line == number, start <= bytes.count else { return nil }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte length of a UTF-8 sequence from its lead byte (1 for invalid leads, so scans always advance).
    @inlinable package static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }
}
