/// A point in a source file: 1-based line and column (in Unicode scalars) and a 0-based byte offset.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored in 32 bits each: every node of every loaded file carries two locations, and files are
    // far below 4 GiB (YAMLLimits.maxInputBytes); larger values saturate instead of wrapping.
    // Inlinable, as are the accessors: the YAML loader makes two locations per event.
    @usableFromInline var storedLine: UInt32
    @usableFromInline var storedColumn: UInt32
    @usableFromInline var storedOffset: UInt32

    /// 1-based line number.
    public var line: Int {
        @inlinable get { Int(storedLine) }
        @inlinable set { storedLine = UInt32(clamping: newValue) }
    }
    /// 1-based column, counted in Unicode scalars.
    public var column: Int {
        @inlinable get { Int(storedColumn) }
        @inlinable set { storedColumn = UInt32(clamping: newValue) }
    }
    /// 0-based byte offset into the UTF-8 source.
    public var offset: Int {
        @inlinable get { Int(storedOffset) }
        @inlinable set { storedOffset = UInt32(clamping: newValue) }
    }

    /// Creates a location.
    @inlinable
    public init(line: Int, column: Int, offset: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
        storedOffset = UInt32(clamping: offset)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    /// `line:column`, as compilers print it.
    public var description: String { "\(line):\(column)" }
}

/// The span of a node or token: from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// First character of the span.
    public var start: SourceLocation
    /// Just past the last character of the span.
    public var end: SourceLocation

    /// Creates a range.
    @inlinable
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one location.
    @inlinable
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The range of the start of a file.
    public static let fileStart = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))

    public var description: String { start.description }
}
