import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML

/// Edits a document's YAML text for a release — the `metadata.version` scalar and one new changelog entry —
/// and leaves every other byte as it was, so comments, quoting and layout survive.
///
/// The new entry copies the layout of its neighbour: a block mapping (`- version: …` on its own lines, keys in
/// the same order and indentation) or a flow mapping (`- {version: …, date: …, changes: …}`). It goes after
/// the last entry, or before the first when the changelog is written newest first.
struct ReleaseEditor {
    /// The file's bytes.
    var bytes: [UInt8]
    /// The document parsed from `bytes`.
    var root: Node
    /// The file as shown in diagnostics.
    var file: String

    /// The edited bytes.
    func edit(to version: Semver, date: CalendarDate, note: String) throws(ReleaseError) -> [UInt8] {
        guard let metadata = root["metadata"], let versionNode = metadata["version"], versionNode.scalar != nil else {
            throw .disagreement(Diagnostic(.error, "the document has no metadata.version to raise", file: file, range: root.range))
        }
        guard let changelog = metadata["changelog"], let entries = changelog.sequence, let first = entries.first, let last = entries.last
        else {
            throw .disagreement(
                Diagnostic(
                    .error, "the document has no changelog entries; add the entry of \(versionNode.string ?? "its version") by hand first",
                    file: file, range: metadata["changelog"]?.range ?? versionNode.range))
        }
        if byte(at: changelog.range.start.offset) == UInt8(ascii: "[") {
            throw .unsupportedLayout(
                Diagnostic(
                    .error, "the changelog is a flow sequence ([...]); pmo release extends block sequences only",
                    file: file, range: changelog.range, help: "write one '- version: …' entry per line, then run pmo release again"))
        }
        let newestFirst =
            entries.count > 1
            && (Self.version(of: first) ?? Semver(major: 0, minor: 0, patch: 0))
                > (Self.version(of: last) ?? Semver(major: 0, minor: 0, patch: 0))
        let neighbour = newestFirst ? first : last
        let entry = entryText(like: neighbour, version: version, date: date, note: note)
        let insertion = newestFirst ? lineStart(of: neighbour.range.start.offset) : lineEnd(after: end(of: neighbour))

        var edits: [(offset: Int, length: Int, text: String)] = [
            (
                versionNode.range.start.offset, versionNode.range.end.offset - versionNode.range.start.offset,
                Self.styled(version.description, like: versionNode.scalar?.style ?? .plain)
            )
        ]
        // A file saved with CRLF line ends keeps them in the new lines too.
        let lineBreak =
            bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } == true ? "\r\n" : "\n"
        var inserted = lineBreak == "\n" ? entry : entry.replacingOccurrences(of: "\n", with: "\r\n")
        if insertion == bytes.count, bytes.last != UInt8(ascii: "\n") { inserted = lineBreak + inserted }
        edits.append((insertion, 0, inserted))
        var result = bytes
        for edit in edits.sorted(by: { $0.offset > $1.offset }) {
            result.replaceSubrange(edit.offset..<(edit.offset + edit.length), with: Array(edit.text.utf8))
        }
        return result
    }

    /// One changelog entry with a line break at its end, laid out like `neighbour`.
    private func entryText(like neighbour: Node, version: Semver, date: CalendarDate, note: String) -> String {
        let lineOffset = lineStart(of: neighbour.range.start.offset)
        let prefix = String(decoding: bytes[lineOffset..<neighbour.range.start.offset], as: UTF8.self)
        let versionStyle = neighbour["version"]?.scalar?.style ?? .doubleQuoted
        let versionText = Self.styled(version.description, like: versionStyle)
        if byte(at: neighbour.range.start.offset) == UInt8(ascii: "{") {
            let noteText = YAMLWriter.needsQuotes(note) || note.contains(where: { ",[]{}".contains($0) }) ? YAMLWriter.quoted(note) : note
            return "\(prefix){version: \(versionText), date: \(date), changes: \(noteText)}\n"
        }
        let indent = String(repeating: " ", count: prefix.unicodeScalars.count)
        var keys = neighbour.mapping?.compactMap(\.key.string).filter { Metadata.changeFields.contains($0) } ?? []
        for key in Metadata.changeFields where !keys.contains(key) { keys.append(key) }
        var lines: [String] = []
        for (index, key) in keys.enumerated() {
            let value: String
            switch key {
            case "version": value = versionText
            case "date": value = date.description
            default: value = YAMLWriter.scalarText(.string(note))
            }
            lines.append((index == 0 ? prefix : indent) + key + ": " + value)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` quoted as a scalar of `style` was (block styles are written plain).
    static func styled(_ text: String, like style: Scalar.Style) -> String {
        switch style {
        case .doubleQuoted: return "\"\(text)\""
        case .singleQuoted: return "'\(text)'"
        case .plain, .literal, .folded: return text
        }
    }

    static func version(of entry: Node) -> Semver? {
        entry["version"]?.string.flatMap(Semver.init)
    }

    /// Where a changelog entry ends: its last value for a block mapping (the mapping's own end may lie on a later line).
    private func end(of entry: Node) -> Int {
        if byte(at: entry.range.start.offset) != UInt8(ascii: "{"), let lastValue = entry.mapping?.last?.value {
            return max(lastValue.range.end.offset, lastValue.range.start.offset)
        }
        return entry.range.end.offset
    }

    private func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// The offset of the first byte of the line holding `offset`.
    private func lineStart(of offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0 && bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }

    /// The offset just after the line break ending the line that holds the byte before `offset`
    /// (a block scalar's end already sits at the start of the next line).
    private func lineEnd(after offset: Int) -> Int {
        if offset > 0, offset <= bytes.count, bytes[offset - 1] == UInt8(ascii: "\n") { return offset }
        var index = min(offset, bytes.count)
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index < bytes.count ? index + 1 : bytes.count
    }
}
