import PMOCatalog
import PMOProject
import PMOSupport
import PMOYAML

/// Plans and writes a new project (or an add-on into an existing one) from a catalog template.
///
/// ```swift
/// let generator = ProjectGenerator(catalog: catalog)
/// let parameters = try ParameterResolver(template: spec, templateFile: doc.file).resolve(inputs)
/// let plan = try generator.plan(template: doc, parameters: parameters)
/// try generator.write(plan, to: "my-project")
/// ```
package struct ProjectGenerator: Sendable {
    /// The catalog the template comes from.
    package let catalog: Catalog
    /// The catalog's git commit, recorded in the lock.
    package let catalogCommit: String?

    /// Creates a generator; the commit is looked up with git unless given.
    package init(catalog: Catalog, catalogCommit: String?? = nil) {
        self.catalog = catalog
        self.catalogCommit = catalogCommit ?? CatalogCommit.lookup(root: catalog.root)
    }

    /// Renders the template and builds the lock and checklists; `existing` is the project's lock for `--add`,
    /// `existingChecklists` the checklists its templates record and `retiredChecklists` the states of checklists an
    /// update retired (restored when this template lists them).
    package func plan(
        template document: Document, parameters: ResolvedParameters, existing: Lock? = nil,
        existingChecklists: Set<String> = [], retiredChecklists: [String: ChecklistState] = [:]
    ) throws(RenderError) -> GenerationPlan {
        guard let spec = document.template, let renderer = TemplateRenderer(document: document) else {
            throw RenderError([Diagnostic(.error, "\(document.key) is not a template", file: document.file, range: nil)])
        }
        let files = try renderer.render(parameters)
        var checklists: [ChecklistState] = []
        var restored: [ChecklistState] = []
        var problems: [Diagnostic] = []
        for reference in spec.checklists {
            guard let checklist = catalog.document(reference.key), checklist.checklist != nil else {
                problems.append(
                    Diagnostic(
                        .error, "checklist '\(reference)' does not exist in the catalog", file: document.file, range: reference.range))
                continue
            }
            if existingChecklists.contains(reference.name) { continue }
            if var state = retiredChecklists[reference.name] {
                state.retired = nil
                restored.append(state)
            } else {
                checklists.append(ChecklistState(document: checklist))
            }
        }
        if !problems.isEmpty { throw RenderError(problems) }
        let entry = Lock.TemplateEntry(
            name: document.metadata.name.value, version: document.metadata.version.description, parameters: parameters,
            checklists: spec.checklists.map(\.name).filter { name in
                checklists.contains { $0.name == name } || restored.contains { $0.name == name }
            }, rules: spec.rules.map(\.name),
            files: files.map { Lock.FileEntry(path: $0.path, policy: $0.policy, sha256: $0.sha256) })
        var lock = existing ?? Lock(catalog: catalogInfo, templates: [])
        lock.templates.append(entry)
        return GenerationPlan(files: files, checklists: checklists, restoredChecklists: restored, lock: lock)
    }

    /// The catalog's name, version and commit.
    package var catalogInfo: Lock.CatalogInfo {
        Lock.CatalogInfo(
            name: catalog.manifest?.metadata.name.value ?? "", version: catalog.manifest?.metadata.version.description ?? "",
            commit: catalogCommit)
    }

    /// Writes a new project at `destination`, atomically.
    package func write(_ plan: GenerationPlan, to destination: String) throws(WriteError) {
        try ProjectWriter.createProject(at: destination, files: plan.plannedFiles + [plan.lockFile])
    }

    /// Adds the plan's files to the existing project at `project` and replaces its lock.
    package func add(_ plan: GenerationPlan, to project: String) throws(WriteError) {
        try ProjectWriter.addFiles(to: project, files: plan.plannedFiles, replacing: plan.replacedFiles)
    }
}
