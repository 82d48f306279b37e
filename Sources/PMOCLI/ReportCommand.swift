import ArgumentParser
import Foundation
import PMOCatalog
import PMODrift
import PMOProject
import PMOReport
import PMOSupport

/// `pmo report [PROJECT]`: one `pmo/report/v1` JSON document of the project's state, for `pmo serve`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the project's state as one JSON document (pmo/report/v1) for pmo serve.",
        discussion: """
            Identity, templates and versions behind (with the changelog missed), modified and deleted managed files,
            lint counts and findings, waivers, checklist progress, the catalog commit and pmo's version.
            The output is deterministic: keys sorted, no time unless --generated-at is given. See docs/server.md.
            In CI: pmo report --project-id ID --generated-at "$(date -u +%FT%TZ)" | curl --fail \\
              -H "Authorization: Bearer $PMO_TOKEN" --data-binary @- "$PMO_SERVER/api/v1/reports"
            Exit status: 0, or 2 when the folder is not a pmo project or on usage errors.
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("The project folder.", valueName: "PROJECT"), completion: .directory)
    var project: String = "."

    @Option(
        name: .customLong("project-id"),
        help: ArgumentHelp("The id the server files the project under (default: the lock's project_name).", valueName: "ID"))
    var projectID: String?

    @Option(
        name: .customLong("generated-at"),
        help: ArgumentHelp("The time to record, RFC 3339 (e.g. 2026-12-01T09:00:00Z); waivers are judged on its date.", valueName: "TIME"))
    var generatedAt: String?

    func validate() throws {
        if let projectID, projectID.isEmpty || projectID.count > 256 {
            throw ValidationError("--project-id must have 1 to 256 characters")
        }
        if let generatedAt, Self.date(of: generatedAt) == nil {
            throw ValidationError("--generated-at '\(generatedAt)' is not an RFC 3339 time such as 2026-12-01T09:00:00Z")
        }
    }

    func run() throws {
        let console = Console()
        let catalog = try catalogOptions.loadIfFound(console: console, note: "the report has files only")
        let checker = DriftChecker(catalog: catalog, insights: nil, yamlLimits: Environment.yamlLimits())
        let builder = ProjectReportBuilder(
            checker: checker, insights: catalog.map { EngineReportInsights(catalog: $0) },
            toolVersion: PMOCommand.configuration.version)
        let today = generatedAt.flatMap(Self.date) ?? .today()
        do throws(LockError) {
            let report = try builder.build(projectRoot: project, projectID: projectID, generatedAt: generatedAt, today: today)
            console.write(String(decoding: ReportCodec.encode(report, pretty: true), as: UTF8.self) + "\n")
        } catch {
            switch error {
            case .noLock:
                console.error("error: \(error)")
            case .badLock(let diagnostics):
                console.report(diagnostics)
            }
            throw ExitCode(2)
        }
    }

    /// The calendar date of an RFC 3339 time, nil when `text` is not one.
    static func date(of text: String) -> CalendarDate? {
        let pattern = #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#
        guard text.range(of: pattern, options: .regularExpression) != nil else { return nil }
        return CalendarDate(String(text.prefix(10)))
    }

}
