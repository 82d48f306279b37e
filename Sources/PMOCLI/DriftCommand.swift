import ArgumentParser
import Foundation
import PMOCatalog
import PMODrift
import PMOYAML

/// `pmo drift [PROJECT...] | --fleet DIR`: what drifted from the standard, per project or for the whole fleet.
struct DriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Show how projects drifted from their standard: modified or deleted files, versions behind, lint and checklists.",
        discussion: """
            Files are compared with the SHA-256 recorded in .pmo/lock.yaml (offline); seeded files are the team's and never drift.
            --fleet DIR checks every project under DIR (folders holding .pmo/lock.yaml). See docs/drift.md.
            Exit status: 0, or 1 when something named in --fail-on is found or a lock cannot be read; 2 on usage errors.
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("Project folders (default: the current folder).", valueName: "PROJECT"), completion: .directory)
    var projects: [String] = []

    @Option(help: ArgumentHelp("Check every project under this folder, one row each.", valueName: "DIR"), completion: .directory)
    var fleet: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp("Exit 1 when any of these is found: modified, deleted, behind, lint (comma-separated).", valueName: "LIST"),
        transform: DriftCommand.conditions)
    var failOn: Set<DriftCondition>?

    @Flag(name: .customLong("no-lint"), help: "Skip the lint and checklist figures (files and versions only).")
    var noLint = false

    func validate() throws {
        if fleet != nil && !projects.isEmpty {
            throw ValidationError("give either PROJECT folders or --fleet DIR, not both")
        }
        var isDirectory: ObjCBool = false
        if let fleet, !(FileManager.default.fileExists(atPath: fleet, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw ValidationError("fleet folder '\(fleet)' does not exist")
        }
    }

    func run() throws {
        let console = Console()
        let conditions = failOn ?? []
        let catalog = try catalogOptions.loadIfFound(console: console, note: "showing file drift only")
        let insights: (any ProjectInsights)? = noLint ? nil : catalog.map(EngineInsights.init)
        let checker = DriftChecker(catalog: catalog, insights: insights, yamlLimits: Environment.yamlLimits())
        if let fleet {
            let report = checker.fleet(root: fleet)
            console.write(format == .json ? DriftJSON.render(report) : DriftText.render(report))
            for row in report.failures {
                console.error("error: \(row.project): \(row.error ?? "")")
            }
            if !report.failures.isEmpty || report.rows.contains(where: { $0.drift?.fails(on: conditions) == true }) { throw ExitCode(1) }
            return
        }
        var drifts: [ProjectDrift] = []
        var failed = false
        for project in projects.isEmpty ? ["."] : projects {
            let shown = Paths.display(project) == "" ? "." : Paths.display(project)
            do {
                drifts.append(try checker.check(projectRoot: project, displayPath: shown))
            } catch {
                switch error {
                case .noLock:
                    console.error("error: \(error)")
                    throw ExitCode(2)
                case .badLock(let diagnostics):
                    console.report(diagnostics)
                    failed = true
                }
            }
        }
        console.write(format == .json ? DriftJSON.render(drifts) : DriftText.render(drifts))
        for drift in drifts {
            for template in drift.templates where template.missingFromCatalog {
                console.error(
                    "error: \(drift.path): the catalog has no template '\(template.name)'; was it renamed or removed? check with the PMO or pass --catalog"
                )
                failed = true
            }
        }
        if failed || drifts.contains(where: { $0.fails(on: conditions) }) { throw ExitCode(1) }
    }

    /// `--fail-on`'s comma-separated conditions; an unknown word is a usage error.
    static func conditions(_ list: String) throws -> Set<DriftCondition> {
        var conditions: Set<DriftCondition> = []
        for word in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let condition = DriftCondition(rawValue: word) else {
                throw ValidationError("unknown condition '\(word)'; use \(DriftCondition.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            conditions.insert(condition)
        }
        return conditions
    }

}
