import Foundation
import PMOCatalog
import PMOExpression
import PMOSupport
import PMOYAML

extension RuleEngine {
    /// The marker in a fail example's file content that shows where the finding must point.
    package static let marker: Unicode.Scalar = "↓"

    /// Runs the `examples: {pass, fail}` of every rule of a rule set document as tests.
    ///
    /// Project examples are `{files: {PATH: CONTENT}, project?: {...}}`, run in memory; catalog
    /// examples are `{doc: {...}}`. A pass example must produce no finding from its rule, a fail
    /// example at least one, at each `↓` marker when its files have any. Every example that does
    /// not behave as written is an error at the example's position in the rule set file.
    package func runExamples(ruleSet document: Document) -> [Diagnostic] {
        guard let ruleSet = CompiledRuleSet(document, limits: limits.expression) else { return [] }
        return runExamples(ruleSet: ruleSet)
    }

    /// Runs the examples of an already compiled rule set (see ``runExamples(ruleSet:)-(Document)``).
    package func runExamples(ruleSet: CompiledRuleSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let file = ruleSet.document.file
        func error(_ message: String, _ range: SourceRange, help: String? = nil) {
            diagnostics.append(Diagnostic(.error, message, file: file, range: range, help: help))
        }
        for rule in ruleSet.rules {
            guard let examples = rule.spec.examples, !examples.isNull else { continue }
            guard let entries = examples.mapping else {
                error("examples of rule '\(rule.id)' must be a mapping with 'pass' and 'fail' lists", examples.range)
                continue
            }
            for entry in entries {
                let key = entry.key.string ?? ""
                guard key == "pass" || key == "fail" else {
                    error("unknown field '\(key)' in examples of rule '\(rule.id)'", entry.key.range, help: "use pass and fail")
                    continue
                }
                guard let items = entry.value.sequence else {
                    if !entry.value.isNull { error("examples.\(key) of rule '\(rule.id)' must be a list", entry.value.range) }
                    continue
                }
                for (index, item) in items.enumerated() {
                    let label = "\(key) example \(index + 1) of rule '\(rule.id)'"
                    switch run(item, rule: rule, target: ruleSet.target, label: label) {
                    case .failure(let problems):
                        diagnostics += problems.items.map { Diagnostic(.error, $0.message, file: file, range: $0.range) }
                    case .success(let (findings, markers)):
                        if let problem = judge(findings, markers: markers, shouldFail: key == "fail", label: label) {
                            error(problem, item.range)
                        }
                    }
                }
            }
        }
        return diagnostics
    }

    private struct ExampleProblem {
        var message: String
        var range: SourceRange
    }

    private struct ExampleProblems: Error {
        var items: [ExampleProblem]
    }

    private struct Marker: Hashable {
        var path: String
        var line: Int
        var column: Int
    }

    /// Builds the example's project or document and evaluates the rule on it.
    private func run(
        _ item: Node, rule: CompiledRule, target: RuleSetSpec.Target, label: String
    ) -> Result<([Finding], [Marker]), ExampleProblems> {
        guard let entries = item.mapping else {
            return .failure(
                ExampleProblems(items: [
                    ExampleProblem(message: "\(label) must be a mapping, not \(item.kindDescription)", range: item.range)
                ]))
        }
        let allowed = target == .project ? ["files", "project"] : ["doc"]
        var problems: [ExampleProblem] = []
        for entry in entries where !allowed.contains(entry.key.string ?? "") {
            problems.append(ExampleProblem(message: "unknown field '\(entry.key.scalar?.text ?? "")' in \(label)", range: entry.key.range))
        }
        if target == .catalog {
            guard let doc = item["doc"], doc.mapping != nil else {
                problems.append(ExampleProblem(message: "\(label) needs 'doc', a document as a mapping", range: item.range))
                return .failure(ExampleProblems(items: problems))
            }
            if !problems.isEmpty { return .failure(ExampleProblems(items: problems)) }
            let activation = Activation(["doc": YAMLValue.value(of: doc), "catalog": ["documents": .list([YAMLValue.value(of: doc)])]])
            return .success((evaluate(rule, document: activation, file: "<example>", range: nil), []))
        }
        var files: [String: String] = [:]
        var markers: [Marker] = []
        if let filesNode = item["files"], !filesNode.isNull {
            if let fileEntries = filesNode.mapping {
                for fileEntry in fileEntries {
                    guard let path = fileEntry.key.string, let content = fileEntry.value.string else {
                        problems.append(
                            ExampleProblem(message: "files in \(label) map a path to its content as a string", range: fileEntry.value.range)
                        )
                        continue
                    }
                    if (try? ProjectPath(path)) == nil {
                        problems.append(
                            ExampleProblem(
                                message: "example path '\(path)' must be relative and inside the project", range: fileEntry.key.range))
                    }
                    let (clean, found) = Self.removeMarkers(content)
                    files[path] = clean
                    markers += found.map { Marker(path: path, line: $0.line, column: $0.column) }
                }
            } else {
                problems.append(ExampleProblem(message: "'files' in \(label) must be a mapping of path to content", range: filesNode.range))
            }
        }
        var project: Value?
        if let projectNode = item["project"] {
            guard projectNode.mapping != nil else {
                problems.append(
                    ExampleProblem(message: "'project' in \(label) must be a mapping like the lock file", range: projectNode.range))
                return .failure(ExampleProblems(items: problems))
            }
            project = YAMLValue.value(of: projectNode)
        } else if files[ProjectContext.lockPath] == nil {
            project = .map(ValueMap())
        }
        if !problems.isEmpty { return .failure(ExampleProblems(items: problems)) }
        let context = ProjectContext(fileSystem: InMemoryFileSystem(files), project: project, limits: limits)
        return .success((evaluate(rule: rule, in: context), markers))
    }

    /// What is wrong with the example's outcome, or nil when it behaved as written.
    private func judge(_ findings: [Finding], markers: [Marker], shouldFail: Bool, label: String) -> String? {
        func describe(_ finding: Finding) -> String {
            let location =
                finding.range.map { "\(finding.file ?? ""):\($0.start.line):\($0.start.column)" } ?? (finding.file ?? "the project")
            return "\(location): \(finding.message)"
        }
        if !shouldFail {
            guard let first = findings.first else { return nil }
            return "\(label) should pass but produced a finding (\(describe(first)))"
        }
        if let failure = findings.first(where: { $0.kind == .evaluationError }) {
            return "\(label) could not be evaluated (\(failure.message))"
        }
        guard !findings.isEmpty else { return "\(label) should fail but produced no finding" }
        for marker in markers {
            let hit = findings.contains { finding in
                finding.file == marker.path && finding.range?.start.line == marker.line && finding.range?.start.column == marker.column
            }
            if !hit {
                return
                    "\(label) has no finding at the ↓ marker \(marker.path):\(marker.line):\(marker.column) (found \(findings.map(describe).joined(separator: "; ")))"
            }
        }
        return nil
    }

    /// The text without `↓` markers, and the line and column (in Unicode scalars) each marker stood at.
    static func removeMarkers(_ text: String) -> (String, [(line: Int, column: Int)]) {
        guard text.unicodeScalars.contains(marker) else { return (text, []) }
        var clean = String.UnicodeScalarView()
        var positions: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == marker { positions.append((line, column)); continue }
            clean.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (String(clean), positions)
    }
}
