import ArgumentParser
import Foundation
import PMOCatalog
import PMOYAML

/// The `--catalog DIR` option and the lookup order of DESIGN.md, shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Catalog folder (holding catalog/catalog.yaml). Default: $PMO_CATALOG, the nearest ancestor catalog, or the installed one.",
            valueName: "DIR"),
        completion: .directory)
    var catalog: String?

    /// The catalog root folder, or exit 2 with the reason.
    func locate(console: Console) throws -> String {
        let locator = CatalogLocator(
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment,
            executablePath: CommandLine.arguments.first.map(Paths.absolute))
        do {
            return try locator.locate(explicit: catalog)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Loads the catalog with every diagnostic; exit 2 when there is no catalog.
    func load(console: Console) throws -> CatalogLoadResult {
        let root = try locate(console: console)
        do {
            return try CatalogLoader(yamlLimits: Environment.yamlLimits()).load(root: root)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Loads the catalog and stops with its diagnostics (exit 1) when it has errors.
    func loadValid(console: Console) throws -> Catalog {
        let result = try load(console: console)
        if result.errorCount > 0 {
            console.report(result.diagnostics.filter { $0.severity == .error })
            console.error("the catalog has \(result.errorCount) error(s); run `pmo validate` for details")
            throw ExitCode(1)
        }
        return result.catalog
    }

    /// The catalog, or nil after printing `note` when none was named and none is found: drift and
    /// report then work on the project's files alone.
    func loadIfFound(console: Console, note: String) throws -> Catalog? {
        if catalog == nil {
            let locator = CatalogLocator(
                workingDirectory: FileManager.default.currentDirectoryPath,
                environment: ProcessInfo.processInfo.environment,
                executablePath: CommandLine.arguments.first.map(Paths.absolute))
            if (try? locator.locate(explicit: nil)) == nil {
                console.error("note: no catalog found; \(note) (pass --catalog DIR for versions, lint and checklists)")
                return nil
            }
        }
        return try load(console: console).catalog
    }
}

/// Output formats of commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
