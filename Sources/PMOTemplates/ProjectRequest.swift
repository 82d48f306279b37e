import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOYAML

/// What `pmo new` is asked for, as one value: the template, the destination, the values given and
/// whether the template is added to an existing project (`--add`).
package struct ProjectRequest: Sendable {
    /// The template document (already found in the catalog and free of errors).
    package var template: Document
    /// The folder to create, or the existing project with `adding`.
    package var destination: String
    /// The project's lock as the user should see its path (`--add`), for messages.
    package var lockDisplayPath: String
    /// `--add`: add the template to the project at `destination`.
    package var adding: Bool
    /// `--set NAME=VALUE`, in order.
    package var assignments: [String]
    /// `--values FILE` and how to show its path.
    package var valuesFile: (path: String, displayPath: String)?
    /// Limits for the YAML read (values file, lock).
    package var limits: YAMLLimits

    /// A request; see the properties.
    package init(
        template: Document, destination: String, lockDisplayPath: String, adding: Bool = false,
        assignments: [String] = [], valuesFile: (path: String, displayPath: String)? = nil, limits: YAMLLimits = .default
    ) {
        self.template = template
        self.destination = destination
        self.lockDisplayPath = lockDisplayPath
        self.adding = adding
        self.assignments = assignments
        self.valuesFile = valuesFile
        self.limits = limits
    }
}

/// Why `pmo new` could not plan a project.
package enum ProjectRequestError: Error, Sendable {
    /// `--add` to a folder that has no lock.
    case notAProject(WriteError)
    /// `--add` to a project whose lock cannot be read.
    case badLock([Diagnostic])
    /// `--add` to a project whose state of a checklist the template lists cannot be read.
    case badChecklist([Diagnostic])
    /// `--add` of a template the project already has.
    case templateAlreadyAdded(WriteError)
    /// Missing or invalid parameter values.
    case parameters(ParameterError)
    /// The template does not render, or names a checklist that does not exist.
    case render(RenderError)
}

extension ProjectGenerator {
    /// Resolves the parameters (values file, `--set`, then `prompter`, then defaults; with `--add` the
    /// project's recorded values first) and plans every file, the lock and the checklists: all of
    /// `pmo new` but the writing.
    package func plan(_ request: ProjectRequest, prompter: (any ParameterPrompter)?) throws(ProjectRequestError) -> GenerationPlan {
        let document = request.template
        guard let spec = document.template else {
            throw .render(RenderError([Diagnostic(.error, "\(document.key) is not a template", file: document.file, range: nil)]))
        }
        var existing: Lock?
        var existingChecklists: Set<String> = []
        var retiredChecklists: [String: ChecklistState] = [:]
        var inputs = ParameterInputs()
        if request.adding {
            let lockPath = request.destination + "/" + Lock.path
            let shownLock = request.lockDisplayPath
            var status = stat()
            guard stat(lockPath, &status) == 0 else { throw .notAProject(.notAProject(request.destination)) }
            do {
                existing = try LockLoader(limits: request.limits).load(projectRoot: request.destination, displayPath: shownLock)
            } catch {
                throw .badLock(error.diagnostics)
            }
            if existing?.templates.contains(where: { $0.name == document.metadata.name.value }) == true {
                throw .templateAlreadyAdded(.templateAlreadyAdded(document.metadata.name.value))
            }
            existingChecklists = Set(existing?.templates.flatMap(\.checklists) ?? [])
            retiredChecklists = try Self.retiredStates(
                spec.checklists.map(\.name).filter { !existingChecklists.contains($0) }, in: request)
            // The project's values are the add-on's starting point (project_name, pm_name, …).
            let declared = Set(spec.parameters.map(\.name.value))
            for (name, value) in existing?.mergedParameters.values ?? [] where declared.contains(name) {
                inputs.add(name, .node(value.node), source: .valuesFile(file: shownLock, range: .fileStart))
            }
        }
        if let valuesFile = request.valuesFile {
            inputs.addValuesFile(atPath: valuesFile.path, displayPath: valuesFile.displayPath, limits: request.limits)
        }
        for assignment in request.assignments { inputs.addAssignment(assignment) }
        let parameters: ResolvedParameters
        do {
            parameters = try ParameterResolver(template: spec, templateFile: document.file).resolve(inputs, prompter: prompter)
        } catch {
            throw .parameters(error)
        }
        do {
            return try plan(
                template: document, parameters: parameters, existing: existing, existingChecklists: existingChecklists,
                retiredChecklists: retiredChecklists)
        } catch {
            throw .render(error)
        }
    }

    /// The states among `names` that the project has and an update retired; a state that does not read is an error.
    private static func retiredStates(
        _ names: [String], in request: ProjectRequest
    ) throws(ProjectRequestError)
        -> [String: ChecklistState]
    {
        var states: [String: ChecklistState] = [:]
        for name in names {
            var info = stat()
            guard lstat(request.destination + "/" + ChecklistState.path(name), &info) == 0 else { continue }
            let shown = String(request.lockDisplayPath.dropLast(Lock.path.count)) + ChecklistState.path(name)
            do {
                let state = try ChecklistState.load(
                    atPath: ChecklistState.path(name), displayPath: shown, projectRoot: request.destination, limits: request.limits)
                if state.retired != nil { states[name] = state }
            } catch {
                throw .badChecklist(error.diagnostics)
            }
        }
        return states
    }
}
