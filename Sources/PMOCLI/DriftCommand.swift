import ArgumentParser
import Foundation
import PMOCatalog
import PMOChecklists
import PMODrift
import PMORules
import PMOSupport
import PMOTemplates
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

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when any of these is found: modified, deleted, behind, lint (comma-separated).", valueName: "LIST"))
    var failOn: String?

    @Flag(name: .customLong("no-lint"), help: "Skip the lint and checklist figures (files and versions only).")
    var noLint = false

    func run() throws {
        let console = Console()
        let conditions = try parseConditions(console: console)
        if fleet != nil && !projects.isEmpty {
            console.error("error: give either PROJECT folders or --fleet DIR, not both")
            throw ExitCode(2)
        }
        let catalog = try loadCatalog(console: console)
        let insights: (any ProjectInsights)? = noLint || catalog == nil ? nil : EngineInsights(catalog: catalog!)
        let checker = DriftChecker(catalog: catalog, insights: insights, yamlLimits: Environment.yamlLimits())
        if let fleet {
            try runFleet(fleet, checker: checker, conditions: conditions, console: console)
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
        switch format {
        case .text: console.write(DriftText.render(drifts))
        case .json: console.write(DriftJSON.render(drifts))
        }
        for drift in drifts {
            for template in drift.templates where template.missingFromCatalog {
                console.error("error: \(drift.path): the catalog has no template '\(template.name)'; was it renamed or removed? check with the PMO or pass --catalog")
                failed = true
            }
        }
        if failed || drifts.contains(where: { $0.fails(on: conditions) }) { throw ExitCode(1) }
    }

    private func runFleet(_ root: String, checker: DriftChecker, conditions: Set<DriftCondition>, console: Console) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            console.error("error: fleet folder '\(root)' does not exist")
            throw ExitCode(2)
        }
        let report = checker.fleet(root: root)
        switch format {
        case .text: console.write(DriftText.render(report))
        case .json: console.write(DriftJSON.render(report))
        }
        for row in report.failures {
            console.error("error: \(row.project): \(row.error ?? "")")
        }
        if !report.failures.isEmpty || report.rows.contains(where: { $0.drift?.fails(on: conditions) == true }) { throw ExitCode(1) }
    }

    private func parseConditions(console: Console) throws -> Set<DriftCondition> {
        guard let failOn else { return [] }
        var conditions: Set<DriftCondition> = []
        for word in failOn.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let condition = DriftCondition(rawValue: word) else {
                console.error("error: --fail-on: unknown condition '\(word)'; use \(DriftCondition.allCases.map(\.rawValue).joined(separator: ", "))")
                throw ExitCode(2)
            }
            conditions.insert(condition)
        }
        return conditions
    }

    /// The catalog, or nil (files only, with a note) when none was named and none is found.
    private func loadCatalog(console: Console) throws -> Catalog? {
        if catalogOptions.catalog == nil {
            let locator = CatalogLocator(workingDirectory: FileManager.default.currentDirectoryPath,
                                         environment: ProcessInfo.processInfo.environment,
                                         executablePath: CommandLine.arguments.first.map(Paths.absolute))
            if (try? locator.locate(explicit: nil)) == nil {
                console.error("note: no catalog found; showing file drift only (pass --catalog DIR for versions, lint and checklists)")
                return nil
            }
        }
        return try catalogOptions.load(console: console).catalog
    }
}

/// Lint and checklist figures from the rules engine and the living checklists, for drift.
/// Compiled rule sets are shared between the projects of a fleet.
final class EngineInsights: ProjectInsights, @unchecked Sendable {
    let catalog: Catalog
    private var compiled: [[String]: [CompiledRuleSet]?] = [:]
    private let verifierRuleSets = RuleSetCache()
    private let lock = NSLock()

    init(catalog: Catalog) {
        self.catalog = catalog
    }

    func lintSummary(projectRoot root: String) -> LintSummary? {
        let context = ProjectContext(root: root)
        guard context.lockDiagnostics.isEmpty else { return nil }
        let resolver = RuleSetResolver(catalog: catalog)
        guard let names = try? resolver.ruleSetNames(for: context, extra: []), !names.isEmpty,
              let ruleSets = ruleSets(names, resolver: resolver) else { return nil }
        let waivers = WaiverFile.load(from: context, knownRules: LintResult.knownRules(ruleSets))
        let result = RuleEngine().lint(project: context, ruleSets: ruleSets, waivers: waivers, baseline: nil)
        return LintSummary(errors: result.errorCount, warnings: result.warningCount)
    }

    func checklistCompletion(projectRoot root: String) -> ChecklistCompletion? {
        guard let checklists = try? ProjectChecklists(projectRoot: root) else { return nil }
        let reports = checklists.reports(catalog: catalog, verifier: ChecklistVerifier(projectRoot: root, catalog: catalog, ruleSets: verifierRuleSets))
        guard !reports.isEmpty else { return nil }
        return ChecklistCompletion(done: reports.reduce(0) { $0 + $1.done }, total: reports.reduce(0) { $0 + $1.total })
    }

    private func ruleSets(_ names: [String], resolver: RuleSetResolver) -> [CompiledRuleSet]? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[names] { return cached }
        let result = try? resolver.compile(names)
        let usable = result.flatMap { sets in sets.allSatisfy { $0.diagnostics.isEmpty } ? sets : nil }
        compiled[names] = .some(usable)
        return usable
    }
}

/// The text form of drift results.
enum DriftText {
    /// One block per project: each template's version and changelog, then its modified and deleted files.
    static func render(_ drifts: [ProjectDrift]) -> String {
        var out = ""
        for drift in drifts {
            out += drift.path + "\n"
            for template in drift.templates {
                var head = "  \(template.name) \(template.recordedVersion)"
                if template.missingFromCatalog {
                    head += " (not in the catalog)"
                } else if let current = template.currentVersion {
                    if template.isBehind {
                        head += " → \(current) (\(template.versionsBehind) version\(template.versionsBehind == 1 ? "" : "s") behind)"
                    } else if current < template.recordedVersion {
                        head += " (newer than the catalog's \(current))"
                    } else {
                        head += " (current)"
                    }
                }
                out += head + "\n"
                if let summary = template.changeSummary { out += "    " + summary + "\n" }
                for file in template.files where file.status != .unchanged {
                    out += "    \(file.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(file.path)\n"
                }
                let unchanged = template.files(.unchanged).count
                out += "    \(unchanged) of \(template.files.count) managed file\(template.files.count == 1 ? "" : "s") unchanged\n"
            }
            if let lint = drift.lint { out += "  lint: \(lint.errors) error\(lint.errors == 1 ? "" : "s"), \(lint.warnings) warning\(lint.warnings == 1 ? "" : "s")\n" }
            if let checklists = drift.checklists { out += "  checklists: \(checklists.text)\n" }
        }
        return out
    }

    /// The fleet table, then projects per template version.
    static func render(_ report: FleetReport) -> String {
        var table = TextTable(["PROJECT", "TEMPLATE", "BEHIND", "MODIFIED", "DELETED", "LINT ERRORS", "CHECKLISTS"])
        for row in report.rows {
            guard let drift = row.drift else {
                table.add([row.project, "error: lock unreadable", "-", "-", "-", "-", "-"])
                continue
            }
            table.add([row.project, row.templates, String(drift.versionsBehind), String(drift.count(.modified)), String(drift.count(.deleted)),
                       drift.lint.map { String($0.errors) } ?? "-", drift.checklists?.text ?? "-"])
        }
        var totals = TextTable(["TEMPLATE", "VERSION", "PROJECTS"])
        for total in report.totals {
            totals.add([total.template, total.version.description + (total.current == total.version ? " (current)" : ""), String(total.projects)])
        }
        return table.render() + "\n\n" + totals.render() + "\n\(report.rows.count) project\(report.rows.count == 1 ? "" : "s")\n"
    }
}
