import PMOSupport
import PMOYAML

/// The `metadata` block every document carries.
package struct Metadata: Sendable, Hashable {
    /// Lifecycle state of a document.
    package enum Status: String, Sendable, Hashable, CaseIterable {
        case draft, active, deprecated
    }

    /// One changelog entry.
    package struct Change: Sendable, Hashable {
        package var version: Semver
        package var date: CalendarDate?
        package var changes: String
        /// Where the entry was written.
        package var range: SourceRange
    }

    package var name: Located<String>
    package var title: String
    package var description: String
    package var owner: Located<String>?
    package var category: Located<String>?
    package var tags: [String]
    package var version: Semver
    /// Where `version` was written.
    package var versionRange: SourceRange
    package var status: Status
    package var replacedBy: Reference?
    package var reviewed: CalendarDate?
    package var reviewEvery: ReviewInterval?
    package var changelog: [Change]

    /// The fields `metadata` may have, in the order the schema lists them.
    package static let fields = [
        "name", "title", "description", "owner", "category", "tags", "version", "status",
        "replacedBy", "reviewed", "reviewEvery", "changelog",
    ]
    /// The fields of one changelog entry.
    package static let changeFields = ["version", "date", "changes"]

    /// The date the next review is due, when both `reviewed` and `reviewEvery` are set.
    package var reviewDue: CalendarDate? {
        guard let reviewed, let reviewEvery else { return nil }
        return reviewed.adding(days: reviewEvery.days)
    }

    /// Decodes `metadata`; returns nil when a field the rest of the checks need is unusable.
    static func decode(_ node: Node, kind: DocumentKind, sink: DiagnosticSink) -> Metadata? {
        let reader = FieldReader(node, sink: sink, context: "metadata")
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: fields)
        let name = reader.string("name", required: true)
        if let name, !Self.isSlug(name.value) {
            sink.error(
                "name '\(name.value)' is not a valid slug", at: name.range,
                help: "use lower-case ASCII letters, digits and '-', starting and ending with a letter or digit, at most 63 characters")
        }
        let title = reader.string("title", required: true)
        let description = reader.string("description", required: true)
        let owner = reader.string("owner", required: true)
        let category = reader.string("category", required: kind != .catalog)
        let tags = reader.strings("tags").map(\.value)
        let version = decodeVersion(reader.value("version"), in: reader, field: "version")
        let status = reader.choice("status", Status.allCases.map(\.rawValue)).flatMap { Status(rawValue: $0.value) } ?? .active
        let replacedBy = reader.string("replacedBy").flatMap { Reference.parse($0, sink: sink) }
        if status == .deprecated && replacedBy == nil && reader.value("replacedBy") == nil {
            sink.error(
                "a deprecated document must name its replacement in 'replacedBy'", at: reader.value("status")?.range ?? node.range,
                help: "add replacedBy: KIND/NAME")
        }
        let reviewed = date(reader.string("reviewed"), sink: sink)
        var reviewEvery: ReviewInterval?
        if let text = reader.string("reviewEvery") {
            reviewEvery = ReviewInterval(text.value)
            if reviewEvery == nil {
                sink.error(
                    "reviewEvery '\(text.value)' is not a duration", at: text.range,
                    help: "write a number and d, w, m or y, e.g. 180d or 1y")
            }
        }
        let changelog = reader.list("changelog", required: true) { decodeChange($0, sink: sink) }
        if let version {
            if reader.value("changelog") != nil, !changelog.contains(where: { $0.version == version.value }) {
                sink.error(
                    "the changelog has no entry for the current version \(version.value)",
                    at: reader.value("changelog")?.range ?? node.range,
                    help: "add '- {version: \(version.value), date: YYYY-MM-DD, changes: …}'")
            }
            if let newest = changelog.map(\.version).max(), version.value < newest {
                sink.error(
                    "version \(version.value) is older than the changelog's newest entry \(newest)", at: version.range,
                    help: "bump metadata.version to \(newest) or fix the changelog")
            }
        }
        guard let name, let title, let description, let version else { return nil }
        return Metadata(
            name: name, title: title.value, description: description.value, owner: owner, category: category,
            tags: tags, version: version.value, versionRange: version.range, status: status, replacedBy: replacedBy,
            reviewed: reviewed, reviewEvery: reviewEvery, changelog: changelog)
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 characters.
    package static func isSlug(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 63 else { return false }
        func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        guard alnum(bytes.first!), alnum(bytes.last!) else { return false }
        return bytes.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// A semver field; a number (`version: 1.0`) gets a message that says why and how to quote it.
    static func decodeVersion(_ node: Node?, in reader: FieldReader, field: String) -> Located<Semver>? {
        guard let node, !node.isNull else {
            reader.missing(field)
            return nil
        }
        guard let scalar = node.scalar else {
            reader.sink.error("'\(field)' must be a version string, not \(node.kindDescription)", at: node.range)
            return nil
        }
        switch scalar.value {
        case .float, .int:
            let parts = scalar.text.split(separator: ".", omittingEmptySubsequences: false).count
            let dotted = scalar.text + String(repeating: ".0", count: max(0, 3 - parts))
            reader.sink.error(
                "'\(field)' is \(scalar.value.kindDescription) (\(scalar.text)), not a version string", at: node.range,
                help: "YAML reads \(scalar.text) as a number; write a semantic version in quotes: \(field): \"\(dotted)\"")
            return nil
        case .string(let text):
            guard let version = Semver(text) else {
                reader.sink.error("'\(text)' is not a semantic version (MAJOR.MINOR.PATCH)", at: node.range, help: "e.g. 1.2.0")
                return nil
            }
            return Located(version, at: node.range)
        default:
            reader.sink.error("'\(field)' must be a version string, not \(scalar.value.kindDescription)", at: node.range)
            return nil
        }
    }

    static func date(_ text: Located<String>?, sink: DiagnosticSink) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text.value) else {
            sink.error("'\(text.value)' is not a real date (YYYY-MM-DD)", at: text.range)
            return nil
        }
        return date
    }

    private static func decodeChange(_ node: Node, sink: DiagnosticSink) -> Change? {
        let reader = FieldReader(node, sink: sink, context: "changelog entry")
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: changeFields)
        let version = decodeVersion(reader.value("version"), in: reader, field: "version")
        let date = date(reader.string("date", required: true), sink: sink)
        let changes = reader.string("changes", required: true)
        guard let version else { return nil }
        return Change(version: version.value, date: date, changes: changes?.value ?? "", range: node.range)
    }
}
