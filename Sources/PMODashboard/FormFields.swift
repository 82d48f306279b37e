import Foundation

/// The fields of a query string or an `application/x-www-form-urlencoded` body, in order, and the
/// inverse: one place that decodes (`+` is a space) and encodes them.
package struct FormFields: Sendable, Hashable {
    /// Name and value pairs as sent; a name may repeat.
    package var pairs: [(name: String, value: String)] {
        zip(names, values).map { ($0, $1) }
    }
    private var names: [String] = []
    private var values: [String] = []

    /// No fields.
    package init() {}

    /// Parses `a=1&b=x+y`; a malformed percent escape keeps its raw text.
    package init(parsing text: String?) {
        guard let text, !text.isEmpty else { return }
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(String(pieces[0]))
            let value = pieces.count > 1 ? Self.decode(String(pieces[1])) : ""
            append(name, value)
        }
    }

    /// The first value of `name`, nil when absent or empty.
    package subscript(name: String) -> String? {
        guard let index = names.firstIndex(of: name) else { return nil }
        let value = values[index].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// Adds a field at the end.
    package mutating func append(_ name: String, _ value: String) {
        names.append(name)
        values.append(value)
    }

    /// Sets `name` to `value` (nil removes it), keeping the other fields in order.
    package func setting(_ name: String, _ value: String?) -> FormFields {
        var copy = FormFields()
        var placed = false
        for (existing, old) in zip(names, values) {
            if existing == name {
                if !placed, let value { copy.append(name, value) }
                placed = true
            } else {
                copy.append(existing, old)
            }
        }
        if !placed, let value { copy.append(name, value) }
        return copy
    }

    /// `a=1&b=x%20y` (empty when there are no fields).
    package var encoded: String {
        zip(names, values).map { Self.encode($0) + "=" + Self.encode($1) }.joined(separator: "&")
    }

    /// `?a=1` or the empty string.
    package var queryString: String {
        let text = encoded
        return text.isEmpty ? "" : "?" + text
    }

    static func decode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986).
    package static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    package static func == (lhs: FormFields, rhs: FormFields) -> Bool {
        lhs.names == rhs.names && lhs.values == rhs.values
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(names)
        hasher.combine(values)
    }
}
