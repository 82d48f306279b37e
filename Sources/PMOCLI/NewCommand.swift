import ArgumentParser
import Foundation
import PMOCatalog
import PMOProject
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

    @Argument(help: ArgumentHelp("The folder to create (with --add: the existing project, default .).", valueName: "DEST"), completion: .directory)
    var destination: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a parameter (repeatable). Lists are comma-separated.", valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Option(help: ArgumentHelp("A YAML file of parameter values (name: value).", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var values: String?

    @Flag(help: "Print the file tree that would be written, with each file's policy, and write nothing.")
    var dryRun = false

    @Flag(help: "Never prompt, even on a terminal; missing required parameters are an error.")
    var noInput = false

    @Flag(help: "Add the template (an add-on) to the existing pmo project DEST; refuses files that exist.")
    var add = false

    func run() throws {
        let console = Console()
        guard add || destination != nil else {
            console.error("error: give the folder to create: pmo new \(template) DEST")
            throw ExitCode(2)
        }
        let destination = self.destination ?? "."
        let loaded = try catalogOptions.load(console: console)
        let document = try findTemplate(in: loaded, console: console)
        guard let spec = document.template else { throw ExitCode(2) }

        var existing: Lock?
        var existingChecklists: Set<String> = []
        var inputs = ParameterInputs()
        if add {
            var status = stat()
            guard stat(destination + "/" + Lock.path, &status) == 0 else {
                console.error("error: \(WriteError.notAProject(destination))")
                throw ExitCode(2)
            }
            do {
                existing = try LockLoader(limits: Environment.yamlLimits()).load(projectRoot: destination, displayPath: Paths.display(destination + "/" + Lock.path))
            } catch {
                console.report(error.diagnostics)
                throw ExitCode(1)
            }
            if existing?.templates.contains(where: { $0.name == document.metadata.name.value }) == true {
                console.error("error: \(WriteError.templateAlreadyAdded(document.metadata.name.value))")
                throw ExitCode(1)
            }
            existingChecklists = Set(existing?.templates.flatMap(\.checklists) ?? [])
            // The project's values are the add-on's starting point (project_name, pm_name, …).
            let declared = Set(spec.parameters.map(\.name.value))
            for (name, value) in existing?.mergedParameters.values ?? [] where declared.contains(name) {
                inputs.add(name, .node(value.node), source: .valuesFile(file: Paths.display(destination + "/" + Lock.path), range: .fileStart))
            }
        }
        if let values { inputs.addValuesFile(atPath: values, displayPath: Paths.display(values), limits: Environment.yamlLimits()) }
        for assignment in assignments { inputs.addAssignment(assignment) }

        let interactive = !noInput && isatty(STDIN_FILENO) == 1
        let parameters: ResolvedParameters
        do {
            parameters = try ParameterResolver(template: spec, templateFile: document.file)
                .resolve(inputs, prompter: interactive ? TerminalPrompter() : nil)
        } catch {
            console.report(error.diagnostics)
            let missing = error.problems.filter(\.isMissingValue).count
            if missing > 0 { console.error("\(missing) required parameter\(missing == 1 ? "" : "s") missing; give them with --set NAME=VALUE or --values FILE") }
            throw ExitCode(error.onlyMissing ? 2 : 1)
        }

        let generator = ProjectGenerator(catalog: loaded.catalog)
        let plan: GenerationPlan
        do {
            plan = try generator.plan(template: document, parameters: parameters, existing: existing, existingChecklists: existingChecklists)
        } catch {
            console.report(error.diagnostics)
            throw ExitCode(1)
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
        console.line("\(add ? "added \(document.key) to" : "created") \(shown): \(plan.files.count) files (\(managed) managed, \(plan.files.count - managed) seeded), "
            + "\(plan.checklists.count) checklist\(plan.checklists.count == 1 ? "" : "s")")
        console.line("next: pmo checklist \(shown)")
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
            console.error("template/\(name) has \(problems.count) error\(problems.count == 1 ? "" : "s"); fix them (pmo validate) before using it")
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
        FileHandle.standardError.write(Data(prompt.utf8))
        return readLine(strippingNewline: true)
    }
}
