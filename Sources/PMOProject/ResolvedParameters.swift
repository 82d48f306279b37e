import PMOExpression

/// The checked parameter values of one template, in declaration order (absent optional ones are left out).
public struct ResolvedParameters: Sendable, Hashable {
    /// Name and value pairs, in the template's declaration order.
    package var values: [(name: String, value: ParameterValue)] {
        get { storage.map { ($0.name, $0.value) } }
        set { storage = newValue.map { Pair(name: $0.name, value: $0.value) } }
    }

    private struct Pair: Sendable, Hashable {
        var name: String
        var value: ParameterValue
    }
    private var storage: [Pair]

    /// Creates the set from pairs.
    public init(_ values: [(name: String, value: ParameterValue)]) {
        storage = values.map { Pair(name: $0.name, value: $0.value) }
    }

    /// The value of `name`, if it has one.
    package subscript(name: String) -> ParameterValue? {
        storage.first { $0.name == name }?.value
    }

    /// The Mustache context: every value by name.
    package var mustacheContext: [String: Any] {
        var context: [String: Any] = [:]
        for pair in storage { context[pair.name] = pair.value.mustacheValue }
        return context
    }

    /// The expression activation for `when:`: every declared parameter, `null` when it has no value.
    package func activation(declared names: [String]) -> Activation {
        var variables: [String: Value] = [:]
        for name in names { variables[name] = .null }
        for pair in storage { variables[pair.name] = pair.value.expressionValue }
        return Activation(variables)
    }
}
