import ArgumentParser
import Foundation
import PMOCatalog
import PMORules
import PMOSupport
import PMOYAML

/// `pmo validate`: load every document and report every problem, sorted by file and line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the catalog: envelopes, kind schemas, references, versions and changelogs.",
        discussion: "Exit status: 0 when the catalog is valid, 1 when it has errors, 2 when there is no catalog.")

    @OptionGroup var catalogOptions: CatalogOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let console = Console()
        var result = try catalogOptions.load(console: console)
        // Rule compile errors, rule examples that misbehave, and the catalog policies' findings.
        result.diagnostics += RuleEngine().validationDiagnostics(for: result.catalog)
        result.diagnostics.sort(by: Diagnostic.sortOrder)
        let documents = result.catalog.documents.count
        switch format {
        case .text:
            if !result.diagnostics.isEmpty { console.report(result.diagnostics) }
            let summary =
                "\(result.errorCount == 0 ? "✓" : "✗") \(documents) documents in \(result.fileCount) files: "
                + "\(result.errorCount) error\(result.errorCount == 1 ? "" : "s"), \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s")"
            console.line(summary)
        case .json:
            let report = ValidationReport(
                catalog: Paths.display(result.catalog.root), files: result.fileCount, documents: documents,
                errors: result.errorCount, warnings: result.warningCount,
                diagnostics: result.diagnostics.map(DiagnosticJSON.init))
            console.line(try JSONText.encode(report))
        }
        if result.errorCount > 0 || (strict && result.warningCount > 0) { throw ExitCode(1) }
    }
}

/// The JSON shape of `pmo validate --format json`.
struct ValidationReport: Encodable {
    var catalog: String
    var files: Int
    var documents: Int
    var errors: Int
    var warnings: Int
    var diagnostics: [DiagnosticJSON]
}

/// A diagnostic as JSON: file, 1-based line and column, severity, message, help.
struct DiagnosticJSON: Encodable {
    var file: String
    var line: Int?
    var column: Int?
    var endLine: Int?
    var endColumn: Int?
    var severity: String
    var message: String
    var help: String?

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.file
        line = diagnostic.range?.start.line
        column = diagnostic.range?.start.column
        endLine = diagnostic.range?.end.line
        endColumn = diagnostic.range?.end.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        help = diagnostic.help
    }
}
