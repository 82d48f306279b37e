import PMOCatalog
import PMOProject
import PMOSupport
import PMOYAML

/// Resolves a template's parameters from given values, prompts and defaults, reporting every problem at once.
///
/// Order: values given with `--values` and `--set` (the latter win); then, in dependency order
/// of the defaults, a prompt (when a prompter is given) or the default, rendered with Mustache
/// over the values resolved so far. A default that refers to another parameter waits for it;
/// defaults that refer to each other in a circle are an error.
package struct ParameterResolver {
    /// The template whose parameters are resolved.
    package let template: TemplateSpec
    /// `template.yaml` as shown to the user, for positions of declarations and defaults.
    package let templateFile: String

    /// Creates a resolver for `template`, declared in `templateFile`.
    package init(template: TemplateSpec, templateFile: String) {
        self.template = template
        self.templateFile = templateFile
    }

    /// The checked values, or every problem: missing required parameters, bad values, unknown names.
    package func resolve(_ inputs: ParameterInputs, prompter: (any ParameterPrompter)? = nil) throws(ParameterError) -> ResolvedParameters {
        var prompter = prompter
        var problems = inputs.problems
        var given: [String: ParameterValue] = [:]
        var rejected: Set<String> = []
        let declared = template.parameters.map(\.name.value)
        for entry in inputs.entries {
            guard let parameter = template.parameters.first(where: { $0.name.value == entry.name }) else {
                problems.append(
                    .unknown(name: entry.name, suggestion: Suggestion.closest(to: entry.name, in: declared), source: entry.source))
                continue
            }
            let coercion = ParameterCoercion(parameter: parameter)
            let result: Result<ParameterValue, ParameterCoercion.Failure>
            switch entry.raw {
            case .text(let text): result = coercion.fromText(text, lenientBool: true)
            case .node(let node): result = coercion.fromNode(node)
            }
            switch result {
            case .success(let value):
                given[entry.name] = value
                rejected.remove(entry.name)
            case .failure(let failure):
                given[entry.name] = nil
                rejected.insert(entry.name)
                problems.append(
                    .invalid(name: entry.name, value: failure.shown, reason: failure.reason, help: failure.help, source: entry.source))
            }
        }
        let (order, cycles) = resolutionOrder(skipping: Set(given.keys).union(rejected))
        problems += cycles
        var values = given
        var missing: [ParameterProblem] = []
        for parameter in order where values[parameter.name.value] == nil && !rejected.contains(parameter.name.value) {
            let name = parameter.name.value
            let fallback = defaultValue(of: parameter, values: values)
            if case .failure(let problem)? = fallback {
                problems.append(problem)
                continue
            }
            let defaultValue: ParameterValue? = if case .success(let v)? = fallback { v } else { nil }
            if var active = prompter {
                let answer = ask(parameter, default: defaultValue, prompter: &active)
                prompter = active
                switch answer {
                case .value(let value): values[name] = value; continue
                case .useDefault: break
                case .endOfInput: prompter = nil
                }
            }
            if let defaultValue {
                values[name] = defaultValue
            } else if parameter.required {
                missing.append(.missing(name: name, title: parameter.title, file: templateFile, range: parameter.name.range))
            }
        }
        let all = missing + problems
        if !all.isEmpty { throw ParameterError(all) }
        return ResolvedParameters(template.parameters.compactMap { p in values[p.name.value].map { (p.name.value, $0) } })
    }

    private enum Answer { case value(ParameterValue), useDefault, endOfInput }

    /// Prompts until the answer is valid, empty (take the default) or input ends.
    private func ask(
        _ parameter: TemplateSpec.Parameter, default defaultValue: ParameterValue?, prompter: inout any ParameterPrompter
    ) -> Answer {
        var problem: String?
        let coercion = ParameterCoercion(parameter: parameter)
        while true {
            guard let answer = prompter.ask(parameter, defaultText: defaultValue?.description, problem: problem) else { return .endOfInput }
            if answer.isEmpty {
                if defaultValue != nil || !parameter.required { return .useDefault }
                problem = "\(parameter.title) is required"
                continue
            }
            switch coercion.fromText(answer, lenientBool: true) {
            case .success(let value): return .value(value)
            case .failure(let failure):
                problem = "\(ParameterProblem.show(failure.shown)) \(failure.reason)" + (failure.help.map { " (\($0))" } ?? "")
            }
        }
    }

    /// The default of `parameter`, rendered over `values` when it is a Mustache template; nil without a default.
    private func defaultValue(
        of parameter: TemplateSpec.Parameter, values: [String: ParameterValue]
    ) -> Result<ParameterValue, ParameterProblem>? {
        guard let node = parameter.defaultValue, !node.isNull else { return nil }
        let source = ValueSource.defaultValue(file: templateFile, range: node.range)
        let coercion = ParameterCoercion(parameter: parameter)
        let result: Result<ParameterValue, ParameterCoercion.Failure>
        if case .string(let text)? = node.scalar?.value {
            var rendered = text
            if TextTemplate.hasTags(text) {
                do {
                    let template = try TextTemplate(text, file: templateFile, origin: node.range.start)
                    var context: [String: Any] = [:]
                    for (name, value) in values { context[name] = value.mustacheValue }
                    rendered = template.render(context)
                } catch {
                    return .failure(.valuesFile(error))
                }
            }
            result = coercion.fromText(rendered, lenientBool: false)
        } else {
            result = coercion.fromNode(node)
        }
        return result.mapError { failure in
            .invalid(
                name: parameter.name.value, value: failure.shown, reason: "(the template's default) " + failure.reason,
                help: failure.help, source: source)
        }
    }

    /// Parameters in an order where every default comes after the parameters it refers to, plus any cycles.
    private func resolutionOrder(skipping settled: Set<String>) -> ([TemplateSpec.Parameter], [ParameterProblem]) {
        let byName = Dictionary(template.parameters.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        var dependencies: [String: [String]] = [:]
        for parameter in template.parameters where !settled.contains(parameter.name.value) {
            guard case .string(let text)? = parameter.defaultValue?.scalar?.value else { continue }
            let names = TextTemplate.referencedNames(text)
            dependencies[parameter.name.value] = template.parameters.map(\.name.value).filter {
                names.contains($0) && !settled.contains($0)
            }
        }
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var order: [TemplateSpec.Parameter] = []
        var problems: [ParameterProblem] = []
        var reported: Set<String> = []
        func visit(_ name: String, path: [String]) {
            if marks[name] == .done { return }
            if marks[name] == .visiting {
                let cycle = Array(path[(path.firstIndex(of: name) ?? 0)...]) + [name]
                if reported.isDisjoint(with: cycle), let first = byName[cycle[0]] {
                    reported.formUnion(cycle)
                    problems.append(.defaultCycle(names: cycle, file: templateFile, range: first.defaultValue?.range ?? first.range))
                }
                return
            }
            marks[name] = .visiting
            for dependency in dependencies[name] ?? [] { visit(dependency, path: path + [name]) }
            marks[name] = .done
            if let parameter = byName[name] { order.append(parameter) }
        }
        for parameter in template.parameters { visit(parameter.name.value, path: []) }
        return (order, problems)
    }
}
