import Foundation

/// Walks a published site and reports every internal link or anchor that does not resolve.
struct SiteCrawler {
    let root: String

    struct Problem: CustomStringConvertible {
        var page: String
        var link: String
        var reason: String
        var description: String { "\(page): \(link): \(reason)" }
    }

    func htmlFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String { if path.hasSuffix(".html") { files.append(path) } }
        return files.sorted()
    }

    static func attributes(_ name: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\s\(name)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
                of: "&amp;", with: "&")
    }

    /// Every problem: missing files, missing anchors, links ending in `/`, absolute paths.
    func problems() -> (pages: Int, links: Int, problems: [Problem]) {
        var ids: [String: Set<String>] = [:]
        var contents: [String: String] = [:]
        for page in htmlFiles() {
            let html = (try? String(contentsOfFile: root + "/" + page, encoding: .utf8)) ?? ""
            contents[page] = html
            ids[page] = Set(Self.attributes("id", in: html).map(Self.unescape))
        }
        var problems: [Problem] = []
        var count = 0
        for (page, html) in contents {
            for raw in Self.attributes("href", in: html) + Self.attributes("src", in: html) {
                let link = Self.unescape(raw)
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                count += 1
                if link.hasSuffix("/") { problems.append(Problem(page: page, link: link, reason: "ends with /")); continue }
                if link.hasPrefix("/") || link.contains("://") {
                    problems.append(Problem(page: page, link: link, reason: "not relative")); continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].split(separator: "?").first.map(String.init) ?? ""
                let target: String
                if file.isEmpty {
                    target = page
                } else {
                    let folder = (page as NSString).deletingLastPathComponent
                    target =
                        URL(fileURLWithPath: "/" + (folder.isEmpty ? "" : folder + "/") + (file.removingPercentEncoding ?? file))
                        .standardizedFileURL.path.dropFirst().description
                }
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root + "/" + target, isDirectory: &isFolder), !isFolder.boolValue else {
                    problems.append(Problem(page: page, link: link, reason: "no file \(target)"))
                    continue
                }
                if parts.count == 2 {
                    let fragment = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                    if !(ids[target]?.contains(fragment) ?? false) {
                        problems.append(Problem(page: page, link: link, reason: "no id '\(fragment)' in \(target)"))
                    }
                }
            }
        }
        return (contents.count, count, problems)
    }
}
