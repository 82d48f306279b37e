import Foundation
import PMOCatalog
import PMOExpression
import PMOProject
import PMOSupport
import PMOYAML

/// Renders a template's files for resolved parameters: `when:` decides, Mustache fills contents and paths.
///
/// Nothing is written here; the result goes to ``ProjectWriter``. Every problem of every file is
/// collected, so one run reports them all.
public struct TemplateRenderer: Sendable {
    /// The template.
    package let template: TemplateSpec
    /// `template.yaml` as shown to the user.
    package let templateFile: String

    /// Creates a renderer for `template`, declared in `templateFile` (a display path).
    package init(template: TemplateSpec, templateFile: String) {
        self.template = template
        self.templateFile = templateFile
    }

    /// Creates a renderer for a Template document.
    public init?(document: Document) {
        guard let template = document.template else { return nil }
        self.init(template: template, templateFile: document.file)
    }

    /// The files the template produces for `parameters`, in declaration order.
    public func render(_ parameters: ResolvedParameters) throws(RenderError) -> [RenderedFile] {
        let context = parameters.mustacheContext
        var files: [RenderedFile] = []
        var diagnostics = includedTargets(parameters) { (file, path) throws(Diagnostic) in
            files.append(try renderContent(file, path: path, context: context))
        }
        diagnostics += folderConflicts(files)
        if !diagnostics.isEmpty { throw RenderError(diagnostics) }
        return files
    }

    /// The paths the template writes for `parameters`, in declaration order, without reading or rendering the
    /// files' contents (`pmo drift` names the files a new version adds with it).
    package func targetPaths(_ parameters: ResolvedParameters) throws(RenderError) -> [String] {
        var paths: [String] = []
        let diagnostics = includedTargets(parameters) { (_, path) throws(Diagnostic) in paths.append(path) }
        if !diagnostics.isEmpty { throw RenderError(diagnostics) }
        return paths
    }

    /// Calls `visit` with each file `when:` includes and its rendered target path (each path once); the problems.
    private func includedTargets(
        _ parameters: ResolvedParameters, _ visit: (TemplateSpec.File, String) throws(Diagnostic) -> Void
    ) -> [Diagnostic] {
        let context = parameters.mustacheContext
        let activation = parameters.activation(declared: template.parameters.map(\.name.value))
        var diagnostics: [Diagnostic] = []
        var targets: [String: String] = [:]
        for file in template.files {
            do throws(Diagnostic) {
                guard try isIncluded(file, activation: activation) else { continue }
                let path = try renderTarget(file, context: context)
                if let first = targets[path] {
                    throw Diagnostic(
                        .error,
                        "\(DisplayText.quoted(file.target.value)) renders to \(DisplayText.quoted(path)), which \(DisplayText.quoted(first)) already renders to",
                        file: templateFile, range: file.target.range)
                }
                targets[path] = file.target.value
                try visit(file, path)
            } catch {
                diagnostics.append(error)
            }
        }
        return diagnostics
    }

    /// The display path of a source file under `files/`.
    package func sourceDisplayPath(_ source: String) -> String {
        let folder = (templateFile as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + "files/" + source
    }

    private func isIncluded(_ file: TemplateSpec.File, activation: Activation) throws(Diagnostic) -> Bool {
        guard let when = file.when else { return true }
        let expression: PMOExpression.Expression
        do throws(ExpressionParseError) {
            expression = try PMOExpression.Expression.parse(when.value)
        } catch {
            throw Diagnostic(
                .error, "when: cannot parse \(DisplayText.quoted(when.value)): \(error.message) (column \(error.column))",
                file: templateFile, range: when.range)
        }
        switch expression.evaluate(in: activation) {
        case .bool(let included): return included
        case .error(let error):
            throw Diagnostic(
                .error, "when: \(DisplayText.quoted(when.value)) failed: \(error.message)", file: templateFile, range: when.range,
                help: "the expression sees the parameters by name: \(template.parameters.map(\.name.value).joined(separator: ", "))")
        case let other:
            throw Diagnostic(
                .error, "when: \(DisplayText.quoted(when.value)) must be true or false, not \(other.type) \(other)", file: templateFile,
                range: when.range)
        }
    }

    private func renderTarget(_ file: TemplateSpec.File, context: [String: Any]) throws(Diagnostic) -> String {
        var path = file.target.value
        if TextTemplate.hasTags(path) {
            path = try TextTemplate(path, file: templateFile, origin: file.target.range.start).render(context)
        }
        if let problem = RenderedPath.problem(path) {
            // A part such as '{{folder}}' that renders to nothing is the cause, whatever the whole path then looks like.
            if let empty = emptyPart(of: file.target.value, context: context) {
                let names = TextTemplate.referencedNames(empty).sorted()
                throw Diagnostic(
                    .error, "target '\(file.target.value)' renders to '\(path)': its part '\(empty)' is empty",
                    file: templateFile, range: file.target.range,
                    help: "give " + names.map { "'\($0)'" }.joined(separator: ", ") + " a value that is not empty")
            }
            let names = TextTemplate.referencedNames(file.target.value).sorted()
            let help = names.isEmpty ? nil : "check the value of " + names.map { "'\($0)'" }.joined(separator: ", ")
            throw Diagnostic(
                .error, "target \(DisplayText.quoted(file.target.value)) renders to \(DisplayText.quoted(path)), which \(problem)",
                file: templateFile, range: file.target.range, help: help)
        }
        return path
    }

    /// The first `/`-separated part of a target template that has tags and renders, on its own, to nothing.
    /// Parts that do not render on their own (a section spanning a `/`) are passed over.
    private func emptyPart(of target: String, context: [String: Any]) -> String? {
        for part in target.split(separator: "/", omittingEmptySubsequences: false).map(String.init) where TextTemplate.hasTags(part) {
            guard let text = (try? TextTemplate(part, file: templateFile))?.render(context) else { continue }
            if text.isEmpty && !TextTemplate.referencedNames(part).isEmpty { return part }
        }
        return nil
    }

    private func renderContent(_ file: TemplateSpec.File, path: String, context: [String: Any]) throws(Diagnostic) -> RenderedFile {
        let bytes: [UInt8]
        let executable: Bool
        switch template.readSource(file.source.value) {
        case .success(let contents): (bytes, executable) = (contents.bytes, (contents.mode & 0o111) != 0)
        case .failure(let problem):
            throw Diagnostic(.error, problem.message(source: file.source.value), file: templateFile, range: file.source.range)
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            return RenderedFile(
                path: path, bytes: bytes, policy: file.policy, executable: executable, source: file.source.value, isBinary: true)
        }
        var rendered = text
        if TextTemplate.hasTags(text) {
            let lowered = path.lowercased()
            let html = lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
            rendered = try TextTemplate(text, html: html, file: sourceDisplayPath(file.source.value)).render(context)
        }
        return RenderedFile(path: path, bytes: Array(rendered.utf8), policy: file.policy, executable: executable, source: file.source.value)
    }

    /// A file whose path is also a folder of another file (`docs` and `docs/a.md`).
    private func folderConflicts(_ files: [RenderedFile]) -> [Diagnostic] {
        let paths = Set(files.map(\.path))
        var diagnostics: [Diagnostic] = []
        for file in files {
            var prefix = ""
            for part in file.path.split(separator: "/").dropLast() {
                prefix += (prefix.isEmpty ? "" : "/") + part
                if paths.contains(prefix) {
                    let declared = template.files.first { $0.source.value == file.source }
                    diagnostics.append(
                        Diagnostic(
                            .error, "'\(file.path)' needs '\(prefix)' to be a folder, but another file renders to it",
                            file: templateFile, range: declared?.target.range))
                }
            }
        }
        return diagnostics
    }
}
