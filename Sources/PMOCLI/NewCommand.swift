import ArgumentParser
import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOYAML

/// `pmo new TEMPLATE DEST`: instantiate a template into a new folder (or add an add-on with `--add`).
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a project from a template (or add an add-on template to a project with --add).",
        discussion: """
            Parameters come from --values FILE (YAML), then --set NAME=VALUE, then prompts when stdin is a \
            terminal (unless --no-input), then the template's defaults. Every problem is reported at once.
            DEST must not exist or be an empty folder; everything is written beside it and renamed into place, \
            so an interrupted run leaves no half-written project. Templates cannot run commands.
            Exit status: 0 created, 1 bad values, render or write errors, 2 usage or configuration errors \
            (unknown template, missing required parameters without a terminal).
            """)

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("The template, NAME or template/NAME (see pmo list --kind template).", valueName: "TEMPLATE"))
    var template: String

    @Argument(
        help: ArgumentHelp("The folder to create (with --add: the existing project, default .).", valueName: "DEST"), completion: .directory
    )
    var destination: String?

    @Option(
        name: .customLong("set"), help: ArgumentHelp("Set a parameter (repeatable). Lists are comma-separated.", valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Option(
        help: ArgumentHelp("A YAML file of parameter values (name: value).", valueName: "FILE"),
        completion: .file(extensions: ["yaml", "yml"]))
    var values: String?

    @Flag(help: "Print the file tree that would be written, with each file's policy, and write nothing.")
    var dryRun = false

    @Flag(help: "Never prompt, even on a terminal; missing required parameters are an error.")
    var noInput = false

    @Flag(help: "Add the template (an add-on) to the existing pmo project DEST; refuses files that exist.")
    var add = false

    func validate() throws {
        guard add || destination != nil else {
            throw ValidationError("give the folder to create: pmo new \(template) DEST")
        }
    }

    func run() throws {
        let console = Console()
        let destination = self.destination ?? "."
        let loaded = try catalogOptions.load(console: console)
        let document = try findTemplate(in: loaded, console: console)
        var projectLock: ProjectWriteLock?
        defer { projectLock?.release() }
        // Held until the add-on is written, so that the lock read by the plan is the one it extends.
        if add && !dryRun, FileManager.default.fileExists(atPath: destination + "/" + Lock.path) {
            projectLock = try ProjectLocking.lock(destination, command: "pmo new --add", console: console)
        }
        let request = ProjectRequest(
            template: document, destination: destination,
            lockDisplayPath: Paths.display(destination + "/" + Lock.path), adding: add,
            assignments: assignments, valuesFile: values.map { ($0, Paths.display($0)) },
            limits: Environment.yamlLimits())
        let generator = ProjectGenerator(catalog: loaded.catalog)
        let plan: GenerationPlan
        do {
            plan = try generator.plan(request, prompter: !noInput && isatty(STDIN_FILENO) == 1 ? TerminalPrompter() : nil)
        } catch {
            try fail(error, console: console)
        }
        let shown = Paths.display(destination)
        if dryRun {
            console.line("\(add ? "would add to" : "would create") \(shown)/ (dry run, nothing written):")
            console.line(plan.tree())
            return
        }
        do {
            if add { try generator.add(plan, to: destination) } else { try generator.write(plan, to: destination) }
        } catch {
            console.error("error: \(error)")
            if case .destinationIsCurrentFolder = error { throw ExitCode(2) }
            throw ExitCode(1)
        }
        let managed = plan.files.filter { $0.policy == .managed }.count
        console.line(
            "\(add ? "added \(document.key) to" : "created") \(shown): \(plan.files.count) files (\(managed) managed, \(plan.files.count - managed) seeded), "
                + "\(plan.checklists.count) checklist\(plan.checklists.count == 1 ? "" : "s")"
                + (plan.restoredChecklists.isEmpty
                    ? "" : ", restored " + plan.restoredChecklists.map { "checklist/\($0.name)" }.joined(separator: ", ")))
        console.line("next: pmo checklist \(shown)")
    }

    /// Prints why the project could not be planned; exit 2 for usage problems, else 1.
    private func fail(_ error: ProjectRequestError, console: Console) throws -> Never {
        switch error {
        case .notAProject(let error):
            console.error("error: \(error)")
            throw ExitCode(2)
        case .badLock(let diagnostics), .badChecklist(let diagnostics):
            console.report(diagnostics)
            throw ExitCode(1)
        case .templateAlreadyAdded(let error):
            console.error("error: \(error)")
            throw ExitCode(1)
        case .parameters(let error):
            console.report(error.diagnostics)
            let missing = error.problems.filter(\.isMissingValue).count
            if missing > 0 {
                console.error(
                    "\(missing) required parameter\(missing == 1 ? "" : "s") missing; give them with --set NAME=VALUE or --values FILE")
            }
            throw ExitCode(error.onlyMissing ? 2 : 1)
        case .render(let error):
            console.report(error.diagnostics)
            throw ExitCode(1)
        }
    }

    /// The template document, or exit 2 with a suggestion; exit 1 when the template itself has errors.
    private func findTemplate(in loaded: CatalogLoadResult, console: Console) throws -> Document {
        let name = template.hasPrefix("template/") ? String(template.dropFirst("template/".count)) : template
        guard let document = loaded.catalog.document(DocumentKey(kind: .template, name: name)) else {
            let names = loaded.catalog.documents(of: .template).map(\.metadata.name.value)
            console.error("error: no template named '\(name)'; \(Suggestion.help(for: name, in: names))")
            throw ExitCode(2)
        }
        let problems = loaded.diagnostics.filter { $0.severity == .error && $0.file == document.file }
        if !problems.isEmpty {
            console.report(problems)
            console.error(
                "template/\(name) has \(problems.count) error\(problems.count == 1 ? "" : "s"); fix them (pmo validate) before using it")
            throw ExitCode(1)
        }
        return document
    }
}

/// Asks for parameter values on the terminal: Japanese title, help and default shown on stderr.
struct TerminalPrompter: ParameterPrompter {
    mutating func ask(_ parameter: TemplateSpec.Parameter, defaultText: String?, problem: String?) -> String? {
        var prompt = ""
        if let problem { prompt += "  ✗ \(problem)\n" }
        if problem == nil, let help = parameter.help { prompt += "  \(help)\n" }
        var hint = parameter.type.rawValue
        if !parameter.choices.isEmpty { hint = parameter.choices.joined(separator: "/") }
        if parameter.type == .list { hint += ", comma-separated" }
        prompt += "\(parameter.title) (\(parameter.name.value), \(hint))"
        if let defaultText { prompt += " [\(defaultText)]" }
        prompt += ": "
        FileHandle.standardError.write(Data(DisplayText.escapingControls(prompt).utf8))
        return readLine(strippingNewline: true)
    }
}
