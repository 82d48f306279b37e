/// A place in an expression's source text, for carets under errors.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// 0-based offset in Unicode scalars from the start of the source.
    public let offset: Int
    /// 1-based line (expressions written as YAML block scalars may span lines).
    public let line: Int
    /// 1-based column in Unicode scalars within `line`.
    public let column: Int

    /// Creates a position from its three coordinates.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line:column`, the form used in diagnostics.
    public var description: String { "\(line):\(column)" }
}

/// Turns scalar offsets into lines and columns, and cuts out the line to show under a caret.
struct SourceMap: Sendable {
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    private let lineStarts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
            }
            if scalar == "\n" || scalar == "\r" {
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    func position(at offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, scalars.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(offset: clamped, line: low + 1, column: clamped - lineStarts[low] + 1)
    }
}
