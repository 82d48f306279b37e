import PMOSupport
import PMOYAML

/// Where a parameter value came from, so a problem with it points at the right place.
package enum ValueSource: Sendable, Hashable {
    /// `--set NAME=VALUE` on the command line.
    case commandLine
    /// A `--values FILE` entry at this position.
    case valuesFile(file: String, range: SourceRange)
    /// The template's `default:` at this position in `template.yaml`.
    case defaultValue(file: String, range: SourceRange)
    /// Typed at an interactive prompt.
    case prompt
}

/// One problem with the parameters of a `pmo new` run; all of them are reported together.
package enum ParameterProblem: Error, Sendable, Hashable {
    /// A required parameter has no value and no default (declared at `range` in `file`).
    case missing(name: String, title: String, file: String, range: SourceRange)
    /// A value does not fit its parameter's type, pattern or choices.
    case invalid(name: String, value: String, reason: String, help: String?, source: ValueSource)
    /// A value was given for a parameter the template does not declare.
    case unknown(name: String, suggestion: String?, source: ValueSource)
    /// `--set` was not written `NAME=VALUE`.
    case malformedAssignment(String)
    /// Defaults refer to each other in a circle (`a → b → a`).
    case defaultCycle(names: [String], file: String, range: SourceRange)
    /// The `--values` file itself is unusable (not a mapping, YAML error).
    case valuesFile(Diagnostic)

    /// Missing required parameters are configuration errors (exit 2); everything else is bad input (exit 1).
    package var isMissingValue: Bool {
        if case .missing = self { return true }
        return false
    }

    /// The problem as a diagnostic: template or values-file position when there is one, else `command line`.
    package var diagnostic: Diagnostic {
        switch self {
        case .missing(let name, let title, let file, let range):
            return Diagnostic(
                .error, "missing required parameter '\(name)' (\(title))", file: file, range: range,
                help: "give it with --set \(name)=VALUE or in a --values file")
        case .invalid(let name, let value, let reason, let help, let source):
            return located(source, "parameter '\(name)': \(Self.show(value)) \(reason)", help: help)
        case .unknown(let name, let suggestion, let source):
            let help = suggestion.map { "did you mean `\($0)`?" } ?? "run `pmo show template/NAME` to see the parameters"
            return located(source, "unknown parameter '\(name)'", help: help)
        case .malformedAssignment(let text):
            return Diagnostic(
                .error, "--set \(Self.show(text)) is not NAME=VALUE", file: "command line", range: nil,
                help: "write --set project_name=基幹刷新")
        case .defaultCycle(let names, let file, let range):
            return Diagnostic(
                .error, "parameter defaults refer to each other in a cycle: \(names.joined(separator: " → "))",
                file: file, range: range, help: "give one of them a value with --set, or break the cycle in template.yaml")
        case .valuesFile(let diagnostic):
            return diagnostic
        }
    }

    private func located(_ source: ValueSource, _ message: String, help: String?) -> Diagnostic {
        switch source {
        case .commandLine: return Diagnostic(.error, message, file: "command line", range: nil, help: help)
        case .prompt: return Diagnostic(.error, message, file: "prompt", range: nil, help: help)
        case .valuesFile(let file, let range), .defaultValue(let file, let range):
            return Diagnostic(.error, message, file: file, range: range, help: help)
        }
    }

    /// The value in a message: quoted, cut to a short prefix (``DisplayText/quoted(_:)``).
    static func show(_ value: String) -> String {
        DisplayText.quoted(value)
    }
}

/// Every parameter problem of one run, thrown at once.
package struct ParameterError: Error, Sendable {
    /// The problems in a stable order: missing parameters first, in declaration order, then the rest.
    package var problems: [ParameterProblem]

    /// Creates the error.
    package init(_ problems: [ParameterProblem]) {
        self.problems = problems
    }

    /// The problems as diagnostics.
    package var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }

    /// True when the only problems are missing values (nothing the user typed was wrong).
    package var onlyMissing: Bool { problems.allSatisfy(\.isMissingValue) }
}
