import Crypto
import Foundation

/// Reads and writes ``ProjectReport`` JSON: the canonical form (sorted keys, no escaped slashes) that
/// `pmo report` prints and the server digests, and a strict reader whose errors name the field.
package enum ReportCodec {
    /// The canonical JSON of `report`, pretty-printed when asked (`pmo report`) and compact otherwise (storage).
    package static func encode(_ report: ProjectReport, pretty: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Every member is a string, number, bool, array or struct of those: encoding cannot fail.
        return (try? encoder.encode(report)) ?? Data("{}".utf8)
    }

    /// Lower-case hex SHA-256 of the canonical compact JSON: equal for equal reports, whatever their spacing.
    package static func digest(_ report: ProjectReport) -> String {
        digest(of: encode(report))
    }

    /// Lower-case hex SHA-256 of `data`.
    package static func digest(of data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// Decodes and validates a report; the error names the first field that is wrong.
    package static func decode(_ data: Data) throws(ReportValidationError) -> ProjectReport {
        let report: ProjectReport
        do {
            report = try JSONDecoder().decode(ProjectReport.self, from: data)
        } catch let error as DecodingError {
            // The version is judged first, so that a v2 document is told so rather than that some v1 field is
            // missing; only a document that does not decode pays for this second parse.
            try checkAPIVersion(data)
            throw ReportValidationError(decoding: error)
        } catch {
            try checkAPIVersion(data)
            throw ReportValidationError(field: "", problem: "not a JSON document")
        }
        try checkAPIVersion(report.apiVersion)
        try ReportValidator.validate(report)
        return report
    }

    /// Reports a wrong or missing `apiVersion` of a document that did not decode as a report.
    private static func checkAPIVersion(_ data: Data) throws(ReportValidationError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ReportValidationError(field: "", problem: "not valid JSON")
        }
        guard let document = object as? [String: Any] else {
            throw ReportValidationError(field: "", problem: "must be a JSON object")
        }
        guard let version = document["apiVersion"] as? String else {
            throw ReportValidationError(field: "apiVersion", problem: "is required and must be \"\(ProjectReport.currentAPIVersion)\"")
        }
        try checkAPIVersion(version)
    }

    /// Refuses any `apiVersion` but the current one.
    private static func checkAPIVersion(_ version: String) throws(ReportValidationError) {
        guard version == ProjectReport.currentAPIVersion else {
            throw ReportValidationError(field: "apiVersion", problem: "must be \"\(ProjectReport.currentAPIVersion)\", not \"\(version)\"")
        }
    }
}

/// Why a report was refused: the field (a dotted path such as `templates[0].version`; empty for the
/// whole document) and what is wrong with it.
package struct ReportValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    package var field: String
    package var problem: String

    package init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    init(decoding error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: Self.path(context.codingPath + [key]), problem: "is required")
        case .typeMismatch(let type, let context):
            self.init(field: Self.path(context.codingPath), problem: "must be \(Self.jsonType(type))")
        case .valueNotFound(let type, let context):
            self.init(field: Self.path(context.codingPath), problem: "must be \(Self.jsonType(type)), not null")
        case .dataCorrupted(let context):
            self.init(field: Self.path(context.codingPath), problem: "is not valid")
        @unknown default:
            self.init(field: "", problem: "is not a valid report")
        }
    }

    /// `field: problem`, or just the problem for the whole document.
    package var description: String {
        field.isEmpty ? "report: \(problem)" : "\(field): \(problem)"
    }

    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
