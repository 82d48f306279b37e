import ArgumentParser
import Foundation
import PMOCatalog
import PMORules
import PMOSupport
import PMOYAML

/// `pmo lint [PROJECT]`: apply the project's rule sets, honour waivers and a baseline, print a report.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a project against its standard's rules.",
        discussion: """
            Rule sets come from the project's .pmo/lock.yaml (the template's rules) and from --rules.
            Waivers are read from .pmo/waivers.yaml. See docs/rules.md.
            Exit status: 0 clean, 1 findings of severity error (or any finding with --strict), 2 usage or configuration error.
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("The project folder.", valueName: "PROJECT"), completion: .directory)
    var project: String = "."

    @Option(help: "Output format: text, json, sarif or junit.")
    var format: ReportFormat = .text

    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A rule set to apply, written ruleset/NAME (repeatable; needed when the project has no lock).", valueName: "ruleset/NAME"))
    var ruleSets: [String] = []

    @Option(help: ArgumentHelp("Suppress the findings accepted in this baseline file.", valueName: "FILE"), completion: .file())
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Write the current findings to this baseline file and exit 0.", valueName: "FILE"), completion: .file())
    var writeBaseline: String?

    @Flag(help: "Exit 1 on warnings and infos too.")
    var strict = false

    func run() throws {
        let console = Console()
        let catalogResult = try catalogOptions.load(console: console)
        let pipeline = LintPipeline(catalog: catalogResult.catalog, catalogDiagnostics: catalogResult.diagnostics)
        let prepared: PreparedLint
        do {
            prepared = try pipeline.prepare(projectRoot: project, extraRuleSets: ruleSets)
        } catch {
            report(error, console: console)
            // A broken lock is input, refused as drift and update refuse it: exit 1 like theirs.
            if case .badLock = error { throw ExitCode(1) }
            throw ExitCode(2)
        }
        let accepted = try baseline.map { try loadBaseline($0, known: prepared.knownRules, console: console) }
        let result = prepared.lint(baseline: accepted)
        if let writeBaseline {
            let text = Baseline(findings: result.findings + result.baselined).json()
            guard FileManager.default.createFile(atPath: writeBaseline, contents: Data(text.utf8)) else {
                console.error("error: cannot write the baseline to '\(writeBaseline)'")
                throw ExitCode(2)
            }
            console.error("wrote \(result.findings.count + result.baselined.count) finding(s) to \(writeBaseline)")
            return
        }
        let options = ReportOptions(
            projectPath: Paths.display(project) == "" ? "." : Paths.display(project),
            toolVersion: PMOCommand.configuration.version)
        console.write(
            format.render(result, options: options) { file in
                // Through the project's confinement: a snippet must not show a file behind a link that leads out.
                try? FileBytes.read(file, under: project, limit: ProjectLimits.default.maxReadBytes).map {
                    SourceFile(path: file, bytes: $0)
                }.get()
            })
        if result.errorCount > 0 || (strict && !result.findings.isEmpty) { throw ExitCode(1) }
    }

    /// The project folder must exist (a usage error otherwise).
    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: project, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("project folder '\(project)' does not exist")
        }
    }

    /// Prints why the project could not be linted.
    private func report(_ error: LintSetupError, console: Console) {
        switch error {
        case .badLock(let diagnostics), .badWaivers(let diagnostics):
            console.report(diagnostics.map { relocate($0) })
        case .resolution(let error):
            console.error("error: \(error)")
        case .noRuleSets(let hasLock):
            console.error(
                hasLock
                    ? "error: the project's template has no rules; pass --rules ruleset/NAME"
                    : "error: \(Paths.display(project)) has no .pmo/lock.yaml; pass the rule sets with --rules ruleset/NAME")
        case .ruleSetErrors(let diagnostics):
            console.report(diagnostics)
            console.error("error: the rule sets have errors; run `pmo validate`")
        }
    }

    /// A diagnostic about a project file, with its path shown from the working directory.
    private func relocate(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.file = Paths.display(project + "/" + diagnostic.file)
        return copy
    }

    private func loadBaseline(_ path: String, known: Set<String>, console: Console) throws -> Baseline {
        let source: SourceFile
        do {
            source = try YAMLLoader().readSource(atPath: path, displayPath: Paths.display(path))
        } catch let list as DiagnosticList {
            console.report(list.diagnostics)
            throw ExitCode(2)
        }
        let (baseline, diagnostics) = Baseline.parse(source, knownRules: known)
        if !diagnostics.isEmpty {
            console.report(diagnostics)
            throw ExitCode(2)
        }
        guard let baseline else { throw ExitCode(2) }
        return baseline
    }
}

/// `--format` of `pmo lint`: the reporters' formats.
extension ReportFormat: ExpressibleByArgument {}
