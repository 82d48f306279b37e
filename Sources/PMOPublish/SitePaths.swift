import PMOCatalog

/// Where each page of the site lives, as a path from the site root that always names the file.
/// Pages link to each other with `relative(_:from:)`, so the site works from `file://` and under any sub-path.
package struct SitePaths: Sendable {
    private var tagFiles: [String: String] = [:]

    /// Creates the path scheme; tag file names are allocated once for all tags so they never collide.
    package init(tags: some Sequence<String>) {
        var used: Set<String> = ["index"]
        for tag in Set(tags).sorted() {
            var base = Self.isFileSafe(tag) ? tag : "tag-" + Self.hash(tag)
            if base.utf8.count > 80 { base = "tag-" + Self.hash(tag) }
            tagFiles[tag] = used.insertUnique(base)
        }
    }

    package static let home = "index.html"
    package static let search = "search.html"
    package static let stylesheet = "assets/site.css"
    package static let searchScript = "assets/search.js"
    package static let searchIndex = "search-index.js"
    /// The marker file that says "this folder is a pmo site" (so a rebuild may replace it).
    package static let marker = ".pmo-site"

    /// The page of a document; the Catalog document is the home page.
    package func document(_ key: DocumentKey) -> String {
        key.kind == .catalog ? Self.home : "\(key.kind.referenceName)/\(key.name).html"
    }

    /// The list of one category's documents.
    package func category(_ id: String) -> String { "categories/\(id).html" }
    /// The list of one kind's documents.
    package func kind(_ kind: DocumentKind) -> String { "kinds/\(kind.referenceName).html" }
    /// The list of one owner's documents.
    package func owner(_ id: String) -> String { "owners/\(id).html" }
    /// The list of documents carrying a tag.
    package func tag(_ tag: String) -> String { "tags/\(tagFiles[tag] ?? "tag-" + Self.hash(tag)).html" }
    /// The index page of a navigation facet (`categories`, `kinds`, `tags`, `owners`).
    package func facetIndex(_ facet: String) -> String { "\(facet)/index.html" }

    /// `target` (a path from the site root, possibly with `#fragment`) as seen from the page at `page`.
    package static func relative(_ target: String, from page: String) -> String {
        // Byte-wise: paths are compared as file names are, and every link of every page comes here.
        var depth = 0
        var folderLength = 0
        for (offset, byte) in page.utf8.enumerated() where byte == UInt8(ascii: "/") {
            depth += 1
            folderLength = offset + 1
        }
        guard depth > 0 else { return target }
        if target.utf8.count > folderLength, target.utf8.starts(with: page.utf8.prefix(folderLength)) {
            return String(Substring(target.utf8.dropFirst(folderLength)))
        }
        return String(repeating: "../", count: depth) + target
    }

    /// A tag or id usable as a file name as is: `[a-z0-9][a-z0-9_-]*`.
    static func isFileSafe(_ text: String) -> Bool {
        guard let first = text.utf8.first, (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39) else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }
    }

    /// FNV-1a 64 of the UTF-8 bytes, in hex: stable across builds and platforms.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
