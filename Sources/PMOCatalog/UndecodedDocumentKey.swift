import Foundation
import PMOYAML

/// Finds the `kind/name` of a document that could not be decoded, so that references to it
/// are not reported as "does not resolve" on top of the file's own errors.
///
/// A file with a YAML syntax error, a duplicate key or a broken `metadata` is dropped from the
/// catalog. Without this, every document that refers to it would get a second, misleading error
/// ("there is no Checklist named 'kickoff'") although the real problem is in the broken file.
/// The look is lenient on purpose: it only has to name the document, never to validate it.
enum UndecodedDocumentKey {
    /// The key from a parsed but undecodable document: top-level `kind` and `metadata.name`.
    static func key(in root: Node) -> DocumentKey? {
        guard let kindText = root["kind"]?.string, let kind = DocumentKind(rawValue: kindText) else { return nil }
        guard let name = root["metadata"]?["name"]?.string, !name.isEmpty else {
            // A Catalog document is found by kind alone.
            return kind == .catalog ? DocumentKey(kind: .catalog, name: "") : nil
        }
        return DocumentKey(kind: kind, name: name)
    }

    /// The key read line by line from text that is not valid YAML: a top-level `kind: X`
    /// and the first `name: Y` indented under a top-level `metadata:`.
    static func key(inText text: String) -> DocumentKey? {
        var kind: DocumentKind?
        var name: String?
        var inMetadata = false
        var metadataIndent: Int?
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = Substring(rawLine)
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = line.count - trimmed.count
            if indent == 0 {
                inMetadata = false
                if let value = value(of: "kind", in: trimmed) {
                    kind = DocumentKind(rawValue: value)
                } else if value(of: "metadata", in: trimmed) == "" {
                    inMetadata = true
                }
            } else if inMetadata, name == nil {
                if metadataIndent == nil { metadataIndent = indent }
                if indent == metadataIndent, let value = value(of: "name", in: trimmed), !value.isEmpty {
                    name = value
                }
            }
        }
        guard let kind else { return nil }
        if kind == .catalog { return DocumentKey(kind: .catalog, name: name ?? "") }
        return name.map { DocumentKey(kind: kind, name: $0) }
    }

    /// The plain or quoted value of `key: value` on one line, without a trailing comment.
    private static func value(of key: String, in line: Substring) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        var rest = line.dropFirst(key.count + 1)
        if let hash = rest.range(of: " #") { rest = rest[..<hash.lowerBound] }
        var value = rest.trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }
}
