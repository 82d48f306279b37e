import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOYAML

/// Turns given text or YAML into a typed ``ParameterValue`` and checks pattern and choices.
struct ParameterCoercion {
    let parameter: TemplateSpec.Parameter

    /// What went wrong with a value: the reason (after the quoted value) and an optional hint.
    struct Failure: Error {
        var shown: String
        var reason: String
        var help: String?
    }

    /// Text from the command line or a prompt (`lenientBool`: yes/no too) or a rendered default.
    func fromText(_ text: String, lenientBool: Bool) -> Result<ParameterValue, Failure> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch parameter.type {
        case .string:
            return check(.string(text), shown: text)
        case .int:
            guard let value = Int64(trimmed) else { return .failure(Failure(shown: text, reason: "is not an integer")) }
            return .success(.int(value))
        case .bool:
            switch trimmed.lowercased() {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            case "yes" where lenientBool, "y" where lenientBool: return .success(.bool(true))
            case "no" where lenientBool, "n" where lenientBool: return .success(.bool(false))
            default:
                return .failure(
                    Failure(
                        shown: text, reason: "is not a boolean", help: lenientBool ? "write true, false, yes or no" : "write true or false")
                )
            }
        case .enum:
            return check(.string(trimmed), shown: text)
        case .date:
            guard let date = CalendarDate(trimmed) else {
                return .failure(Failure(shown: text, reason: "is not a real date", help: "write YYYY-MM-DD, e.g. 2026-04-01"))
            }
            return .success(.date(date))
        case .list:
            let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return check(.list(items), shown: text)
        }
    }

    /// A YAML value from a values file or a typed default.
    func fromNode(_ node: Node) -> Result<ParameterValue, Failure> {
        // A list of 10,000 aliases of a long string would make a huge JSON text just to quote it.
        let shown = node.scalar?.text ?? ((node.sequence?.count ?? 0) > Self.maxListItems ? "[…]" : JSONWriter.json(node))
        if node.isNull { return .failure(Failure(shown: shown, reason: "is empty", help: "give a value or leave the parameter out")) }
        switch parameter.type {
        case .string, .enum:
            guard let scalar = node.scalar else {
                return .failure(Failure(shown: shown, reason: "is \(node.kindDescription), not a string"))
            }
            return check(.string(scalar.text), shown: shown)
        case .int:
            guard case .int(let value)? = node.scalar?.value else {
                return .failure(Failure(shown: shown, reason: "is \(node.kindDescription), not an integer"))
            }
            return .success(.int(value))
        case .bool:
            guard case .bool(let value)? = node.scalar?.value else {
                return .failure(
                    Failure(
                        shown: shown, reason: "is \(node.kindDescription), not a boolean",
                        help: "write true or false (yes/no are accepted on the command line only)"))
            }
            return .success(.bool(value))
        case .date:
            guard case .string(let text)? = node.scalar?.value, let date = CalendarDate(text) else {
                return .failure(Failure(shown: shown, reason: "is not a real date", help: "write YYYY-MM-DD, e.g. 2026-04-01"))
            }
            return .success(.date(date))
        case .list:
            guard let items = node.sequence else {
                return .failure(
                    Failure(shown: shown, reason: "is \(node.kindDescription), not a list", help: "write [a, b] or one '- item' per line"))
            }
            var texts: [String] = []
            for item in items {
                guard let scalar = item.scalar, !item.isNull else {
                    return .failure(Failure(shown: shown, reason: "has an item that is \(item.kindDescription), not text"))
                }
                texts.append(scalar.text)
            }
            return check(.list(texts), shown: shown)
        }
    }

    /// Largest parameter value, in UTF-8 bytes (a list counts its items and a separator each).
    /// Values end up in every rendered file that uses them and in `.pmo/lock.yaml`: a values file
    /// whose aliases make a megabyte value, or a default that doubles another one, stops here.
    static let maxValueBytes = 64 << 10
    /// Most items of a list parameter.
    static let maxListItems = 1_000

    /// Size (before pattern and choices, which would scan it), pattern (strings and each list item)
    /// and choices (enums).
    private func check(_ value: ParameterValue, shown: String) -> Result<ParameterValue, Failure> {
        switch value {
        case .string(let text) where text.utf8.count > Self.maxValueBytes:
            return .failure(
                Failure(
                    shown: shown,
                    reason: "is \(text.utf8.count) bytes, over the limit of \(Self.maxValueBytes) bytes for a parameter value",
                    help: "parameters hold short values; put long text in the project's files"))
        case .list(let items) where items.count > Self.maxListItems:
            return .failure(
                Failure(shown: shown, reason: "has \(items.count) items, over the limit of \(Self.maxListItems) for a list parameter"))
        case .list(let items) where items.reduce(0, { $0 + $1.utf8.count + 1 }) > Self.maxValueBytes:
            let size = items.reduce(0) { $0 + $1.utf8.count + 1 }
            return .failure(
                Failure(
                    shown: shown, reason: "is \(size) bytes, over the limit of \(Self.maxValueBytes) bytes for a parameter value",
                    help: "parameters hold short values; put long text in the project's files"))
        default:
            break
        }
        if parameter.type == .enum, case .string(let text) = value, !parameter.choices.contains(text) {
            return .failure(
                Failure(
                    shown: shown, reason: "is not one of the choices",
                    help: Suggestion.help(for: text, in: parameter.choices)))
        }
        // Swift Regex, as `pmo validate` checks it (TemplateSpec), matching scalar by scalar as ICU would.
        if let pattern = parameter.pattern?.value, let regex = try? Regex(pattern).matchingSemantics(.unicodeScalar) {
            let texts: [String]
            switch value {
            case .string(let s): texts = [s]
            case .list(let items): texts = items
            default: texts = []
            }
            for text in texts where text.firstMatch(of: regex) == nil {
                let hint = parameter.help.map { "\(parameter.title): \($0)" } ?? parameter.title
                return .failure(Failure(shown: text, reason: "does not match the pattern '\(pattern)'", help: hint))
            }
        }
        if parameter.required, case .string(let s) = value, s.isEmpty {
            return .failure(Failure(shown: shown, reason: "is empty, but the parameter is required"))
        }
        return .success(value)
    }
}
