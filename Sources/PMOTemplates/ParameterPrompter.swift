import PMOCatalog

/// Asks the user for parameter values (the CLI implements it over a terminal; tests script it).
package protocol ParameterPrompter {
    /// Asks for `parameter`, showing `defaultText` when there is one and `problem` from a rejected
    /// previous answer; returns the answer (empty for "take the default"), or nil at end of input.
    mutating func ask(_ parameter: TemplateSpec.Parameter, defaultText: String?, problem: String?) -> String?
}
