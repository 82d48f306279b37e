import Foundation

/// JSON as pmo writes it everywhere — reports, the drift and checklist output, the update journal, the
/// baseline: keys sorted (stable snapshots and diffs), slashes and non-ASCII text left readable.
package enum JSONText {
    /// `value` encoded as JSON bytes; `pretty` indents it.
    package static func data<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// `value` encoded as JSON text; `pretty` indents it.
    package static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try data(value, pretty: pretty), as: UTF8.self)
    }
}
