import Foundation
import PMOMarkdown

/// `pmobench markdown FILE-OR-FOLDER...`: PMOMarkdown renders the Markdown files, e.g. the 1,000
/// generated pages of scripts/bench-publish.sh (.build/bench/publish/catalog/standards/pages).
/// The comparison with Ink, the renderer it replaced, is a past measurement (docs/benchmarks.md).
var markdownWorkload: Workload {
    Workload(name: "markdown", summary: "PMOMarkdown over the *.md in FILE-OR-FOLDER...") { options in
        let pages = try readMarkdown(options.arguments)
        let bytes = pages.reduce(0) { $0 + $1.utf8.count }
        let ours = Series(
            name: "pmomarkdown",
            samples: measure(iterations: options.iterations) {
                for page in pages { _ = MarkdownHTML.render(page) }
            }, bytes: bytes)
        report([ours], ratio: nil, options: options)
        if !options.json {
            print(
                String(
                    format: "pages      %d pages; %.2f ms per 1,000 pages",
                    pages.count, ours.medianSeconds * 1000 * 1000 / Double(max(1, pages.count))))
        }
    }
}

/// The Markdown files named, or the `*.md` files inside named folders, read as text.
func readMarkdown(_ paths: [String]) throws -> [String] {
    guard !paths.isEmpty else { throw BenchError.usage("give Markdown files or a folder of them") }
    var files: [String] = []
    for path in paths {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }.sorted()
            files += names.map { (path as NSString).appendingPathComponent($0) }
        } else {
            files.append(path)
        }
    }
    return try files.map { file in
        guard let data = FileManager.default.contents(atPath: file) else { throw BenchError.failed("pmobench: cannot read \(file)") }
        return String(decoding: data, as: UTF8.self)
    }
}
