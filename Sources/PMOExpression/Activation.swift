/// A host-provided function, called with its evaluated arguments (for a method call
/// `x.f(y)` the receiver `x` comes first). Return `.error(...)` to report a failure.
public typealias HostFunction = @Sendable (_ arguments: [Value]) -> Value

/// The names an expression can see: variables bound to values, and extra host functions.
///
/// Variable names may be dotted: binding `a.b.c` makes the expression `a.b.c` resolve to that
/// value (the longest bound prefix wins, as CEL resolves qualified names).
public struct Activation: Sendable {
    /// Variables by name.
    package private(set) var variables: [String: Value]
    /// Host functions by name, such as the rules engine's `exists(path)`. They take precedence
    /// over standard functions of the same name, but not over macros.
    package var functions: [String: HostFunction]
    /// Whether any variable name contains a dot, so plain lookups can skip qualified-name checks.
    private(set) var hasDottedNames: Bool

    /// Creates an activation from variables and host functions.
    public init(_ variables: [String: Value] = [:], functions: [String: HostFunction] = [:]) {
        self.variables = variables
        self.functions = functions
        self.hasDottedNames = variables.keys.contains { $0.contains(".") }
    }

    /// The value bound to a name; assigning binds it.
    package subscript(name: String) -> Value? {
        get { variables[name] }
        set {
            variables[name] = newValue
            if name.contains(".") { hasDottedNames = true }
        }
    }

    /// Binds a variable (dotted names allowed).
    package mutating func bind(_ name: String, to value: Value) {
        self[name] = value
    }
}
