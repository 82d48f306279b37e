import Foundation
import Testing

/// The dashboard in Debian's headless chromium: the pages load with no console errors, filters and paging change the
/// rows, markup from reports never becomes an element, and the portfolio's screenshots for docs/.
@Suite("Dashboard in a real browser (chromium, SQLite)")
struct DashboardBrowserTests {
    /// The DOM Debian's headless chromium builds from `url` (or, with `--screenshot=FILE` in `options`, the picture it
    /// takes), and what it logged (console messages included).
    static func chromium(_ url: String, options: [String] = ["--dump-dom"]) throws -> (dom: String, log: String) {
        let executable = "/usr/bin/chromium"
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw MissingInput(description: "Debian's chromium is not installed (make test-deps installs it)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // --no-sandbox: chromium refuses to run as root without it; the pages are our own, on loopback.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0"] + options + [url]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let log = LockedData()
        errors.fileHandleForReading.readabilityHandler = { log.append($0.availableData) }
        let dom = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        return (String(decoding: dom, as: UTF8.self), log.text)
    }

    @Test func chromiumRendersThePagesWithoutConsoleErrorsAndTheFiltersChangeTheRows() async throws {
        try await DashboardTests.withDashboard(arguments: ["--public-read"]) { fixture in
            let pages: [(String, Int?)] = [
                ("/", 100), ("/?page=2", 22), ("/?owner=team-b", 60), ("/?q=evil", 1), ("/projects/evil", nil),
                ("/templates", nil), ("/campaigns", nil), ("/campaigns/charter-no-placeholder", nil),
            ]
            for (path, rows) in pages {
                let (dom, log) = try Self.chromium(fixture.client.base + path)
                #expect(dom.contains("<main>"), "\(path): \(log.suffix(2000))")
                let console = log.split(separator: "\n").filter {
                    $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("Refused")
                }
                #expect(console.isEmpty, "\(path): \(console)")
                #expect(!dom.contains("<img") && !dom.contains("<script"), "\(path): markup from a report became an element")
                if let rows {
                    #expect(dom.components(separatedBy: "<tr><td><a href=\"/projects/").count - 1 == rows, "\(path)")
                }
            }
            try Self.screenshotThePortfolio(fixture.client.base + "/?sort=errors&dir=desc")
        }
    }

    /// Where the portfolio's screenshots go (`make dashboard-screenshot` copies the desktop one into docs/).
    static var screenshotFolder: URL {
        ProcessInfo.processInfo.environment["PMO_SCREENSHOT_DIR"].map { URL(fileURLWithPath: $0) }
            ?? DashboardTests.repository.appendingPathComponent(".build/dashboard-screenshots")
    }

    /// Takes the portfolio at 1280 px and at a phone's 390 px and checks each is a PNG of that size with a page in it.
    static func screenshotThePortfolio(_ url: String) throws {
        try FileManager.default.createDirectory(at: screenshotFolder, withIntermediateDirectories: true)
        for (width, height) in [(1280, 1100), (390, 844)] {
            let file = screenshotFolder.appendingPathComponent("portfolio-\(width).png")
            try? FileManager.default.removeItem(at: file)
            let (_, log) = try chromium(
                url, options: ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)"])
            let png = try Data(contentsOf: file)
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG: \(log.suffix(1000))")
            #expect(png.count > 24 && String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
            func bigEndian(_ offset: Int) -> Int { png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
            #expect(png.count > 24 && bigEndian(16) == width && bigEndian(20) == height, "\(width)×\(height) expected")
            // A blank page compresses to a few kilobytes; the portfolio's text and table do not.
            #expect(png.count > 20_000, "\(file.path) looks blank (\(png.count) bytes)")
        }
    }
}

/// Bytes appended from another thread (chromium's log).
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) { lock.lock(); data.append(chunk); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
}
