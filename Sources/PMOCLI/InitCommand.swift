import ArgumentParser
import Foundation
import PMOAuthoring
import PMOCatalog

/// `pmo init [DIR]`: start a company's own catalog repository.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create a new catalog repository: catalog.yaml, one example of every kind, a catalog policy, CI, pre-commit and a README.",
        discussion: """
            On a terminal the organisation, the PMO team and the taxonomy (categories, phases, roles) are asked for; \
            otherwise (or with --no-input) they come from the flags and the defaults. --from-default copies the shipped \
            Japanese standard instead of the examples. The result passes pmo validate and pmo publish as it is. \
            DIR must not exist or be an empty folder; everything is written in a temporary folder and renamed into place.
            Exit status: 0 created, 1 write error, 2 usage error (DIR not empty, no shipped standard for --from-default).
            See docs/adopting.md.
            """)

    @Argument(
        help: ArgumentHelp("The folder to create (default: the current folder, which must be empty).", valueName: "DIR"),
        completion: .directory)
    var directory: String = "."

    @Flag(help: "Copy the shipped Japanese standard (catalog/ and standards/) instead of writing the small examples.")
    var fromDefault = false

    @Option(help: ArgumentHelp("The organisation's name, as written in documents.", valueName: "NAME"))
    var org: String?

    @Option(help: "The language of the examples, the site and the README: ja or en (default ja).")
    var language: CatalogSettings.Language?

    @Flag(help: "Run git init in the new folder.")
    var git = false

    @Flag(help: "Never ask, even on a terminal: take the flags and the defaults.")
    var noInput = false

    func validate() throws {
        if fromDefault && (org != nil || language == .en) {
            throw ValidationError(
                "--from-default copies the shipped Japanese standard as it is; leave out --org and --language, and edit catalog/catalog.yaml afterwards"
            )
        }
        if let org, org.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--org must not be empty") }
    }

    func run() throws {
        let console = Console()
        var settings = CatalogSettings.defaults(language: language ?? .ja, date: .today())
        settings.catalogName = Self.slug(for: directory)
        if let org { settings.organization = org }
        var source = CatalogScaffold.Source.examples
        do {
            if fromDefault {
                source = .copy(
                    root: try CatalogScaffold.shippedStandard(executablePath: Paths.absolute(CommandLine.arguments.first ?? "pmo")))
            } else if !noInput && isatty(STDIN_FILENO) == 1 {
                settings = InitPrompter(askOrganization: org == nil).ask(settings)
            }
            let files = try CatalogScaffold(settings: settings, source: source).write(to: directory)
            let shown = Paths.display(directory).isEmpty ? "." : Paths.display(directory)
            console.line(
                "created \(shown): \(files.count) files (\(fromDefault ? "the shipped standard" : "catalog/catalog.yaml, a template, a checklist, a rule set, a page, a campaign, a catalog policy"); CI for GitHub Actions and GitLab CI; pre-commit; README)"
            )
            if git {
                if CatalogScaffold.initializeGit(at: directory) {
                    console.line("initialised a git repository in \(shown)")
                } else {
                    console.error("warning: git init failed in \(shown) (is git installed?); the catalog is written, run git init yourself")
                }
            }
            console.line("next: cd \(shown) && pmo validate && pmo publish --out site   (see README.md)")
        } catch {
            console.error("error: \(error)")
            if case .io = error { throw ExitCode(1) }
            throw ExitCode(2)
        }
    }

    /// The catalog's name from the folder's: lower-case ASCII letters and digits joined by hyphens.
    static func slug(for directory: String) -> String {
        let name = URL(fileURLWithPath: Paths.absolute(directory)).standardizedFileURL.lastPathComponent.lowercased()
        var slug = ""
        for scalar in name.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        slug = String(slug.prefix(63))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "pmo-catalog" : slug
    }
}

extension CatalogSettings.Language: ExpressibleByArgument {}
