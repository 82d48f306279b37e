import Foundation
import PMOCatalog
import PMOYAML
import Testing

/// Kind-specific checks: template files and parameters, pages, checklists and rule sets.
@Suite("Kind specs")
struct SpecTests {
    private let templateFile = "standards/templates/standard-project/template.yaml"

    private func catalog(editing path: String, _ old: String, _ new: String) throws -> TempCatalog {
        let original = try #require(TempCatalog.minimal[path])
        #expect(original.contains(old), "fixture \(path) has no \(old)")
        let catalog = try TempCatalog()
        try catalog.write(path, original.replacingOccurrences(of: old, with: new))
        return catalog
    }

    @Test func templateSourceThatDoesNotExist() throws {
        let result = try catalog(editing: templateFile, "source: charter.md", "source: charterr.md").load()
        #expect(result.diagnostics.map(\.summary) == ["\(templateFile):17:15: error: template file 'files/charterr.md' does not exist"])
    }

    @Test func templateSourceThatIsASymbolicLink() throws {
        let catalog = try TempCatalog()
        try catalog.remove("standards/templates/standard-project/files/charter.md")
        try catalog.write("elsewhere/charter.md", "# outside\n")
        try catalog.symlink("standards/templates/standard-project/files/charter.md", to: catalog.root + "/elsewhere/charter.md")
        #expect(
            catalog.summaries() == [
                "\(templateFile):17:15: error: template file 'files/charter.md' is a symbolic link; templates may not contain links"
            ])
    }

    @Test func templateSourceThatIsAFolder() throws {
        let catalog = try TempCatalog()
        try catalog.makeDirectory("standards/templates/standard-project/files/docs")
        try catalog.write(templateFile, TempCatalog.templateYAML.replacingOccurrences(of: "source: charter.md", with: "source: docs"))
        #expect(catalog.summaries() == ["\(templateFile):17:15: error: template file 'files/docs' is not a regular file"])
    }

    @Test(arguments: ["../../../catalog/catalog.yaml", "/etc/passwd", "sub/../../x.md"])
    func templateSourceThatEscapesFiles(_ source: String) throws {
        let result = try catalog(editing: templateFile, "source: charter.md", "source: \(source)").load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(templateFile):17:15: error: source '\(source)' must be a relative path inside files/"])
    }

    @Test(arguments: ["../outside.md", "/etc/motd", "docs/../../x.md"])
    func templateTargetThatEscapesTheProject(_ target: String) throws {
        let result = try catalog(editing: templateFile, "target: \"docs/charter.md\"", "target: \"\(target)\"").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(templateFile):18:15: error: target '\(target)' must be a relative path inside the project"
            ])
    }

    @Test func twoFilesWithTheSameTarget() throws {
        let result = try catalog(
            editing: templateFile, "  checklists:", "    - {source: charter.md, target: docs/charter.md}\n  checklists:"
        ).load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(templateFile):19:36: error: two files render to 'docs/charter.md' (first at 18:15)"])
    }

    @Test func enumParameterNeedsChoices() throws {
        let result = try catalog(editing: templateFile, ", choices: [waterfall, agile]", "").load()
        #expect(result.diagnostics.map(\.summary) == ["\(templateFile):15:14: error: enum parameter 'method' needs 'choices'"])
    }

    @Test func parameterTypeMustBeKnown() throws {
        let result = try catalog(editing: templateFile, "type: enum", "type: enumeration").load()
        let diagnostic = result.diagnostic(containing: "'type' must be one of")
        #expect(
            diagnostic?.summary
                == "\(templateFile):15:41: error: 'type' must be one of string, int, bool, enum, date, list, not 'enumeration'")
    }

    @Test func parameterNameMustBeAnIdentifier() throws {
        let result = try catalog(editing: templateFile, "name: project_name", "name: project-name").load()
        #expect(result.diagnostics.map(\.summary) == ["\(templateFile):14:14: error: parameter name 'project-name' is not an identifier"])
    }

    @Test func duplicateParameter() throws {
        let result = try catalog(editing: templateFile, "name: method", "name: project_name").load()
        #expect(result.diagnostics.map(\.summary) == ["\(templateFile):15:14: error: duplicate parameter 'project_name' (first at 14:14)"])
    }

    @Test func parameterPatternMustBeARegularExpression() throws {
        let result = try catalog(editing: templateFile, "required: true}", "required: true, pattern: '^[a-'}").load()
        #expect(result.diagnostics.map(\.summary) == ["\(templateFile):14:69: error: pattern '^[a-' is not a valid regular expression"])
    }

    @Test func filePolicyMustBeManagedOrSeeded() throws {
        let result = try catalog(editing: templateFile, "target: \"docs/charter.md\"", "target: \"docs/charter.md\"\n      policy: owned")
            .load()
        #expect(result.diagnostics.map(\.summary) == ["\(templateFile):19:15: error: 'policy' must be one of managed, seeded, not 'owned'"])
    }

    @Test func templateSpecDecodes() throws {
        let result = try TempCatalog().load()
        let template = try #require(result.catalog.document(DocumentKey(kind: .template, name: "standard-project"))?.template)
        #expect(template.parameters.map(\.name.value) == ["project_name", "method"])
        #expect(template.parameters.map(\.type) == [.string, .enum])
        #expect(template.parameters[1].choices == ["waterfall", "agile"])
        #expect(template.files.map(\.policy) == [.managed])
        #expect(template.filesDirectory.hasSuffix("/standards/templates/standard-project/files"))
    }

    @Test func yamlUnderTemplateFilesIsNotADocument() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/templates/standard-project/files/config.yaml", "not: a document\n")
        let result = try catalog.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.fileCount == 6)
    }

    // MARK: Pages

    @Test func pageWithAMissingBodyFile() throws {
        let catalog = try TempCatalog()
        try catalog.remove("standards/pages/pmo-charter.md")
        #expect(catalog.summaries() == ["standards/pages/pmo-charter.yaml:13:13: error: bodyFile 'pmo-charter.md' does not exist"])
    }

    @Test func pageWhoseBodyFileIsAFolder() throws {
        let catalog = try TempCatalog()
        try catalog.remove("standards/pages/pmo-charter.md")
        try FileManager.default.createDirectory(
            atPath: catalog.root + "/standards/pages/pmo-charter.md", withIntermediateDirectories: false)
        #expect(catalog.summaries() == ["standards/pages/pmo-charter.yaml:13:13: error: bodyFile 'pmo-charter.md' is a folder, not a file"])
    }

    @Test func pageWithBothBodyAndBodyFile() throws {
        let result = try catalog(editing: "standards/pages/pmo-charter.yaml", "  bodyFile:", "  body: x\n  bodyFile:").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/pages/pmo-charter.yaml:14:13: error: give either 'body' or 'bodyFile', not both"
            ])
    }

    @Test func pageWithNoBody() throws {
        let result = try catalog(editing: "standards/pages/pmo-charter.yaml", "  bodyFile: pmo-charter.md\n", "").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/pages/pmo-charter.yaml:13:3: error: a page needs 'body' (Markdown) or 'bodyFile' (a Markdown file beside the YAML)"
            ])
    }

    @Test func pageBodyFileMayNotLeaveTheFolder() throws {
        let result = try catalog(
            editing: "standards/pages/pmo-charter.yaml", "bodyFile: pmo-charter.md", "bodyFile: ../../catalog/catalog.yaml"
        ).load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/pages/pmo-charter.yaml:13:13: error: bodyFile '../../catalog/catalog.yaml' must be a path beside the page"
            ])
    }

    // MARK: Checklists and rule sets

    @Test func duplicateChecklistItem() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/checklists/kickoff.yaml", TempCatalog.checklistYAML + "    - {id: KO-01, text: 二つ目}\n")
        #expect(catalog.summaries() == ["standards/checklists/kickoff.yaml:20:12: error: duplicate item id 'KO-01' (first at 14:11)"])
    }

    @Test func ruleNeedsAssertOrCheck() throws {
        let result = try catalog(
            editing: "standards/rules/project-standard.yaml",
            "      check: {type: file-exists, path: docs/charter.md}\n", ""
        ).load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/rules/project-standard.yaml:15:11: error: rule 'charter-exists' needs 'assert' (an expression) or 'check' (a built-in check)"
            ])
    }

    @Test func checkTypeMustBeKnown() throws {
        let result = try catalog(editing: "standards/rules/project-standard.yaml", "type: file-exists", "type: file-exist").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/rules/project-standard.yaml:18:21: error: 'type' must be one of \(RuleSetSpec.checkTypes.joined(separator: ", ")), not 'file-exist'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `file-exists`?")
    }

    @Test func ruleSetTargetIsRequired() throws {
        let result = try catalog(editing: "standards/rules/project-standard.yaml", "  target: project\n", "").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/rules/project-standard.yaml:13:3: error: missing required field 'target' in spec"
            ])
    }
}
