import ArgumentParser
import Foundation
import PMOCatalog
import PMOPublish

/// `pmo publish`: the catalog as a static knowledge site (or as one JSON document with `--format json`).
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish the catalog as a static, searchable site that also works from file://.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, json
    }

    @OptionGroup var catalogOptions: CatalogOptions

    @Option(help: ArgumentHelp("Output folder for html (default: site); output file for json (default: stdout).", valueName: "DIR"))
    var out: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("Public URL of the site, for canonical links and sitemap.xml only.", valueName: "URL"))
    var baseURL: String?

    @Flag(
        help:
            "Accepted for older scripts; publish replaces only an empty folder or a site it published and nothing else, with or without it."
    )
    var force = false

    @Option(help: "Output format: html (a site) or json (the whole catalog as one JSON document).")
    var format: Format = .html

    func run() throws {
        let console = Console()
        let catalog = try catalogOptions.loadValid(console: console)
        switch format {
        case .json:
            let json = CatalogJSONExporter(catalog: catalog).json()
            if let out {
                do {
                    try Data(json.utf8).write(to: URL(fileURLWithPath: Paths.absolute(out)), options: .atomic)
                } catch {
                    console.error("error: cannot write '\(out)': \(error.localizedDescription)")
                    throw ExitCode(1)
                }
            } else {
                console.write(json)
            }
        case .html:
            let options = PublishOptions(today: CalendarDate.today(), baseURL: baseURL ?? catalog.spec?.baseURL, force: force)
            let report: PublishReport
            do {
                report = try SiteBuilder(catalog: catalog, options: options).build(into: out ?? "site")
            } catch {
                console.error("error: \(error)")
                throw ExitCode(2)
            }
            for warning in report.warnings { console.error("warning: \(warning)") }
            let sizeKB = (report.searchIndexBytes + 1023) / 1024
            console.line(
                "published \(report.documentPageCount) documents (\(report.pageCount) pages, search index \(sizeKB) KB) to \(Paths.display(report.outputPath))"
            )
            console.line("open \(URL(fileURLWithPath: report.outputPath + "/index.html").absoluteString)")
        }
    }
}
