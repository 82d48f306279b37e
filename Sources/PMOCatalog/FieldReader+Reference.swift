import PMOSupport
import PMOYAML

extension FieldReader {
    /// A list of `kind/name` references.
    func references(_ key: String) -> [Reference] {
        strings(key).compactMap { Reference.parse($0, sink: sink) }
    }
}
