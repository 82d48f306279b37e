import PMOCatalog
import PMOSupport

/// The formats `pmo lint` can print.
package enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit

    /// `result` in this format; `source` gives the text reporter the project files to quote.
    package func render(_ result: LintResult, options: ReportOptions, source: (String) -> SourceFile? = { _ in nil }) -> String {
        switch self {
        case .text: return TextReporter(options: options).render(result, source: source)
        case .json: return JSONReporter(options: options).render(result)
        case .sarif: return SARIFReporter(options: options).render(result)
        case .junit: return JUnitReporter(options: options).render(result)
        }
    }
}

/// What every reporter needs besides the result: how to show paths.
package struct ReportOptions: Sendable {
    /// The project folder as the user should see it (`.` for the working directory).
    package var projectPath: String
    /// The tool version written into SARIF.
    package var toolVersion: String

    /// Creates options.
    package init(projectPath: String = ".", toolVersion: String = "0.1.0") {
        self.projectPath = projectPath
        self.toolVersion = toolVersion
    }

    /// A project-relative file as the user should see it; the project itself for nil.
    package func display(_ file: String?) -> String {
        guard let file else { return projectPath }
        if projectPath == "." || projectPath.isEmpty { return file }
        return projectPath.hasSuffix("/") ? projectPath + file : projectPath + "/" + file
    }
}

/// A rule as reports describe it: SARIF's `reportingDescriptor`, JUnit's test case.
struct RuleDescriptor: Sendable {
    var id: String
    var title: String
    var description: String
    var help: String?
    var severity: RuleSetSpec.Severity

    /// Every rule of the rule sets that ran, then the tool's own rules.
    static func all(_ result: LintResult) -> [RuleDescriptor] {
        result.ruleSets.flatMap { set in
            set.rules.map {
                RuleDescriptor(
                    id: $0.qualifiedID, title: $0.spec.title, description: $0.spec.description, help: $0.spec.help, severity: $0.severity)
            }
        }
            + ToolRule.allCases.map {
                RuleDescriptor(
                    id: ToolRule.ruleSet + "/" + $0.rawValue, title: $0.title, description: $0.description, help: nil, severity: $0.severity
                )
            }
    }
}
