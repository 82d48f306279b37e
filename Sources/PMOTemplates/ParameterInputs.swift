import Foundation
import PMOSupport
import PMOYAML

/// The parameter values a user gave, before they are checked: `--values FILE` entries, then `--set` assignments.
///
/// Later entries win, so `--set` overrides the values file.
package struct ParameterInputs: Sendable {
    /// A value as given: text (command line, prompt) or a YAML node (values file).
    package enum Raw: Sendable, Hashable {
        case text(String)
        case node(Node)
    }

    /// One given value.
    package struct Entry: Sendable, Hashable {
        package var name: String
        package var raw: Raw
        package var source: ValueSource
    }

    /// The values in the order given.
    package private(set) var entries: [Entry] = []
    /// Problems found while reading them (malformed `--set`, an unusable values file).
    package private(set) var problems: [ParameterProblem] = []

    /// No values.
    package init() {}

    /// The values of `--values FILE` (if any) followed by `--set NAME=VALUE` assignments.
    package init(assignments: [String], valuesFile: String? = nil, displayPath: String? = nil, limits: YAMLLimits = .default) {
        if let valuesFile { addValuesFile(atPath: valuesFile, displayPath: displayPath ?? valuesFile, limits: limits) }
        for assignment in assignments { addAssignment(assignment) }
    }

    /// Adds `NAME=VALUE` as given on the command line.
    package mutating func addAssignment(_ text: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            problems.append(.malformedAssignment(text))
            return
        }
        let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        entries.append(Entry(name: name, raw: .text(String(text[text.index(after: equals)...])), source: .commandLine))
    }

    /// Adds one value (from code or tests).
    package mutating func add(_ name: String, _ raw: Raw, source: ValueSource) {
        entries.append(Entry(name: name, raw: raw, source: source))
    }

    /// Adds every `name: value` of a YAML mapping file, keeping each value's position.
    package mutating func addValuesFile(atPath path: String, displayPath: String, limits: YAMLLimits = .default) {
        do {
            addValues(try YAMLLoader(limits: limits).loadFileReporting(atPath: path, displayPath: displayPath), file: displayPath)
        } catch {
            problems += error.diagnostics.map(ParameterProblem.valuesFile)
        }
    }

    /// Adds the values of YAML text (for tests).
    package mutating func addValues(yaml text: String, file: String) {
        do {
            addValues(try YAMLLoader().loadReporting(SourceFile(path: file, text: text)), file: file)
        } catch {
            problems += error.diagnostics.map(ParameterProblem.valuesFile)
        }
    }

    private mutating func addValues(_ stream: YAMLStream, file: String) {
        guard stream.documents.count <= 1 else {
            problems.append(
                .valuesFile(
                    Diagnostic(
                        .error, "the values file holds \(stream.documents.count) documents; give one mapping",
                        file: file, range: stream.documents[1].range)))
            return
        }
        guard let root = stream.documents.first, !root.isNull else { return }
        guard let entries = root.mapping else {
            problems.append(
                .valuesFile(
                    Diagnostic(
                        .error, "the values file must be a mapping of parameter names to values, not \(root.kindDescription)",
                        file: file, range: root.range, help: "write e.g. project_name: 基幹刷新")))
            return
        }
        for entry in entries {
            guard let name = entry.key.string else {
                problems.append(
                    .valuesFile(
                        Diagnostic(
                            .error, "parameter names are strings, not \(entry.key.kindDescription)", file: file, range: entry.key.range)))
                continue
            }
            self.entries.append(Entry(name: name, raw: .node(entry.value), source: .valuesFile(file: file, range: entry.value.range)))
        }
    }
}
