import ArgumentParser
import Foundation
import PMOCatalog
import PMOReport

/// `pmo schema [--out DIR]`: JSON Schemas of the catalog documents, for editors (yaml-language-server).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write JSON Schemas of the catalog documents for editors (yaml-language-server).",
        discussion: """
            Without --out, prints the combined schema (every kind, chosen by `kind`) to stdout.
            With --out DIR, writes one schema per kind and the combined pmo.schema.json into DIR,
            and prints the modeline to put at the top of a catalog YAML file.
            With --out, also writes pmo-report.schema.json, the schema of `pmo report` (pmo/report/v1).
            """)

    @Option(
        help: ArgumentHelp("Folder to write the schema files into (created if missing).", valueName: "DIR"),
        completion: .directory)
    var out: String?

    func run() throws {
        let console = Console()
        let exporter = JSONSchemaExporter()
        guard let out else {
            console.write(exporter.combinedSchema().rendered())
            return
        }
        let folder = Paths.absolute(out)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in exporter.files() {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name), options: .atomic)
            }
            try Data(ReportSchema.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + ReportSchema.fileName), options: .atomic)
        } catch {
            console.error("error: cannot write the schemas to '\(out)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let shown = Paths.display(folder)
        for file in exporter.files() {
            console.line("wrote \(shown)/\(file.name)")
        }
        console.line("wrote \(shown)/\(ReportSchema.fileName) (the schema of `pmo report`)")
        console.line("")
        console.line("Put this line at the top of a catalog YAML file (the path is relative to that file):")
        console.line("# yaml-language-server: $schema=\(shown)/\(JSONSchemaExporter.fileName(for: nil))")
    }
}
