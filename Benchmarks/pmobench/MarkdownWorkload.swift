import Foundation
import Ink
import PMOMarkdown

/// `pmobench markdown FILE-OR-FOLDER...`: PMOMarkdown and Ink 0.6.0 (the renderer it replaced)
/// render the same Markdown files, e.g. the 1,000 generated pages of scripts/bench-publish.sh
/// (.build/bench/publish/catalog/standards/pages). Ink runs fewer times: it is much slower.
var markdownWorkload: Workload {
    Workload(name: "markdown", summary: "PMOMarkdown vs Ink over the *.md in FILE-OR-FOLDER..., with the ratio") { options in
    let pages = try readMarkdown(options.arguments)
    let bytes = pages.reduce(0) { $0 + $1.utf8.count }
    let ours = Series(name: "pmomarkdown", samples: measure(iterations: options.iterations) {
        for page in pages { _ = MarkdownHTML.render(page) }
    }, bytes: bytes)
    let ink = Series(name: "ink", samples: measure(iterations: min(options.iterations, 3)) {
        for page in pages { _ = MarkdownParser().html(from: page) }
    }, bytes: bytes)
    report([ours, ink], ratio: nil, options: options)
    if !options.json {
        print(String(format: "ratio      pmomarkdown renders %d pages %.1f× faster than ink (target ≥ 20×); %.2f ms per 1,000 pages",
                     pages.count, ink.medianSeconds / ours.medianSeconds, ours.medianSeconds * 1000 * 1000 / Double(max(1, pages.count))))
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
