import Foundation
import PMOSupport
import PMOYAML

/// The spec of a `Template`: parameters, the files it renders, and what a new project gets.
package struct TemplateSpec: Sendable, Hashable {
    /// The type of a parameter value.
    package enum ParameterType: String, Sendable, Hashable, CaseIterable {
        case string, int, bool, `enum`, date, list
    }

    /// Who owns a generated file after `pmo new`.
    package enum Policy: String, Sendable, Hashable, CaseIterable {
        /// The standard owns the file: drift is reported and `pmo update` merges.
        case managed
        /// Written once; the team owns it afterwards and it never drifts.
        case seeded
    }

    /// One template parameter.
    package struct Parameter: Sendable, Hashable {
        package var name: Located<String>
        package var title: String
        package var help: String?
        package var type: ParameterType
        package var required: Bool
        /// The default as written (may be a Mustache template over other parameters).
        package var defaultValue: Node?
        package var pattern: Located<String>?
        package var choices: [String]
        package var range: SourceRange
    }

    /// One file the template renders.
    package struct File: Sendable, Hashable {
        /// Path under the template's `files/` folder.
        package var source: Located<String>
        /// Target path in the project, itself a Mustache template.
        package var target: Located<String>
        package var policy: Policy
        /// Expression over the parameters; the file is rendered only when it is true.
        package var when: Located<String>?
        package var range: SourceRange
    }

    package var parameters: [Parameter]
    package var files: [File]
    package var checklists: [Reference]
    package var rules: [Reference]
    /// Absolute path of the template folder (the one holding `template.yaml` and `files/`).
    package var directory: String
    /// The catalog folder: no template file is read through a link that leads out of it.
    package var catalogRoot: String

    /// The folder holding the template's files.
    package var filesDirectory: String { directory + "/files" }

    /// The fields `spec` may have.
    package static let fields = ["parameters", "files", "checklists", "rules"]
    /// The fields of one parameter.
    package static let parameterFields = ["name", "title", "help", "type", "required", "default", "pattern", "choices"]
    /// The fields of one file entry.
    package static let fileFields = ["source", "target", "policy", "when"]

    static func decode(_ node: Node, directory: String, catalogRoot: String, sink: DiagnosticSink) -> TemplateSpec {
        let reader = FieldReader(node, sink: sink, context: "spec")
        reader.rejectUnknown(allowed: fields)
        var seen: [String: SourceRange] = [:]
        let parameters: [Parameter] = reader.list("parameters") { item in
            guard let parameter = decodeParameter(item, sink: sink) else { return nil }
            if let first = seen[parameter.name.value] {
                sink.error("duplicate parameter '\(parameter.name.value)' (first at \(first.start))", at: parameter.name.range)
                return nil
            }
            seen[parameter.name.value] = parameter.name.range
            return parameter
        }
        let files: [File] = reader.list("files", required: true) {
            decodeFile($0, directory: directory, catalogRoot: catalogRoot, sink: sink)
        }
        var targets: [String: SourceRange] = [:]
        for file in files {
            if let first = targets[file.target.value] {
                sink.error("two files render to '\(file.target.value)' (first at \(first.start))", at: file.target.range)
            }
            targets[file.target.value] = file.target.range
        }
        return TemplateSpec(
            parameters: parameters, files: files, checklists: reader.references("checklists"),
            rules: reader.references("rules"), directory: directory, catalogRoot: catalogRoot)
    }

    private static func decodeParameter(_ node: Node, sink: DiagnosticSink) -> Parameter? {
        let reader = FieldReader(node, sink: sink, context: "parameter")
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: parameterFields)
        guard let name = reader.string("name", required: true) else { return nil }
        if !isIdentifier(name.value) {
            sink.error(
                "parameter name '\(name.value)' is not an identifier", at: name.range,
                help: "use lower-case letters, digits and '_', starting with a letter or '_' (it is used in Mustache and expressions)")
        }
        let title = reader.string("title", required: true)?.value ?? name.value
        let type = reader.choice("type", ParameterType.allCases.map(\.rawValue)).flatMap { ParameterType(rawValue: $0.value) } ?? .string
        let choices = reader.strings("choices").map(\.value)
        if type == .enum && choices.isEmpty {
            sink.error("enum parameter '\(name.value)' needs 'choices'", at: name.range)
        }
        let pattern = reader.string("pattern")
        // Swift Regex (its parser accepts the ICU and PCRE syntax), not NSRegularExpression: ICU's
        // regex engine and data cost `pmo validate` a megabyte of memory for this one check.
        if let pattern, (try? Regex(pattern.value)) == nil {
            sink.error("pattern '\(pattern.value)' is not a valid regular expression", at: pattern.range)
        }
        return Parameter(
            name: name, title: title, help: reader.string("help")?.value, type: type,
            required: reader.bool("required")?.value ?? false, defaultValue: reader.value("default"),
            pattern: pattern, choices: choices, range: node.range)
    }

    private static func decodeFile(_ node: Node, directory: String, catalogRoot: String, sink: DiagnosticSink) -> File? {
        let reader = FieldReader(node, sink: sink, context: "file")
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: fileFields)
        guard let source = reader.string("source", required: true), let target = reader.string("target", required: true) else { return nil }
        let policy = reader.choice("policy", Policy.allCases.map(\.rawValue)).flatMap { Policy(rawValue: $0.value) } ?? .managed
        if source.value.hasPrefix("/") || source.value.split(separator: "/").contains("..") {
            sink.error("source '\(source.value)' must be a relative path inside files/", at: source.range)
        } else {
            if let problem = sourceProblem(source.value, directory: directory, catalogRoot: catalogRoot) {
                sink.error(problem.message(source: source.value), at: source.range)
            }
        }
        if target.value.hasPrefix("/") || target.value.split(separator: "/").contains("..") {
            sink.error("target '\(target.value)' must be a relative path inside the project", at: target.range)
        }
        return File(source: source, target: target, policy: policy, when: reader.string("when"), range: node.range)
    }

    /// `[a-z_][a-z0-9_]*`
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "_") || (first >= 0x61 && first <= 0x7A) else { return false }
        return text.utf8.allSatisfy { $0 == UInt8(ascii: "_") || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }
}
