import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOYAML

/// The parameters a template version renders with in a project: the values its lock records (those the version
/// still declares), then `--set` assignments, then the version's defaults for parameters it adds.
///
/// `pmo update` renders the target version with them; `pmo drift` renders the catalog's version to name the files
/// it adds.
enum LockedParameters {
    /// The resolved parameters of `locked` for `spec` (declared in `templateFile`).
    static func resolve(
        _ locked: LockedTemplate, for spec: TemplateSpec, templateFile: String, assignments: [String] = []
    ) throws(ParameterError) -> ResolvedParameters {
        let declared = Set(spec.parameters.map(\.name.value))
        var inputs = ParameterInputs()
        let origin = ValueSource.valuesFile(file: Lock.path, range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
        for (name, value) in locked.parameters.values where declared.contains(name) {
            inputs.add(name, .node(value.node), source: origin)
        }
        for assignment in assignments { inputs.addAssignment(assignment) }
        return try ParameterResolver(template: spec, templateFile: templateFile).resolve(inputs)
    }
}
