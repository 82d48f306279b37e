/// A decoded value with the source range it came from, so later checks can point at it.
package struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    package var value: Value
    /// Where it was written.
    package var range: SourceRange

    /// Creates a located value.
    package init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}
