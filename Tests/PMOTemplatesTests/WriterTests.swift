import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOTestSupport
import PMOYAML
import Testing

@Suite struct WriterTests {
    private func plan(
        _ assignments: [String] = Sample.valid, catalog: FixtureCatalog, template: String = "sample",
        existing: Lock? = nil
    ) throws -> (ProjectGenerator, GenerationPlan) {
        let document = try catalog.template(template)
        let spec = try #require(document.template)
        let values = try ParameterResolver(template: spec, templateFile: document.file).resolve(ParameterInputs(assignments: assignments))
        let generator = ProjectGenerator(
            catalog: try catalog.load().catalog, catalogCommit: .some("0123456789abcdef0123456789abcdef01234567"))
        return (generator, try generator.plan(template: document, parameters: values, existing: existing))
    }

    @Test func writesTheProjectTheLockAndTheChecklists() throws {
        let catalog = try Sample.catalog()
        let out = try TemporaryFolder()
        let (generator, plan) = try plan(catalog: catalog)
        try generator.write(plan, to: out.path + "/proj")
        #expect(out.read("proj/docs/charter.md")?.hasPrefix("# 憲章：基幹刷新") == true)
        #expect(FileManager.default.isExecutableFile(atPath: out.path + "/proj/scripts/setup.sh"))
        let lock = try LockLoader().load(projectRoot: out.path + "/proj")
        #expect(lock == plan.lock)
        #expect(lock.catalog == Lock.CatalogInfo(name: "test-pmo", version: "1.0.0", commit: "0123456789abcdef0123456789abcdef01234567"))
        let entry = try #require(lock.templates.first)
        #expect(entry.name == "sample" && entry.version == "1.2.0" && entry.checklists == ["kickoff"])
        let charter = try #require(entry.files.first { $0.path == "docs/charter.md" })
        #expect(charter.sha256 == FileDigest.sha256(Array(try #require(out.read("proj/docs/charter.md")).utf8)))
        #expect(entry.files.first { $0.path == "KKS-001-docs/README.md" }?.policy == .seeded)
        let state = try ChecklistState.load(atPath: out.path + "/proj/.pmo/checklists/kickoff.yaml", displayPath: "kickoff.yaml")
        #expect(state.items.map(\.id) == ["KO-01", "KO-02", "KO-03", "CL-01"])
        #expect(state.items.allSatisfy { $0.status == .open })
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["proj"])
    }

    @Test func dryRunTreeListsEveryFileWithItsPolicy() throws {
        let catalog = try Sample.catalog()
        let (_, plan) = try plan(catalog: catalog)
        let tree = plan.tree()
        #expect(tree.contains("  charter.md  (managed)"))
        #expect(tree.contains("KKS-001-docs/\n  README.md  (seeded)"))
        #expect(tree.contains("logo.png  (managed, binary)"))
        #expect(tree.contains("setup.sh  (managed, executable)"))
        #expect(tree.contains("lock.yaml  (lock)"))
    }

    @Test func nonEmptyDestinationIsRefusedAndLeftAlone() throws {
        let catalog = try Sample.catalog()
        let out = try TemporaryFolder()
        try out.write("proj/notes.txt", "mine")
        let (generator, plan) = try plan(catalog: catalog)
        #expect(throws: WriteError.destinationNotEmpty(out.path + "/proj")) { try generator.write(plan, to: out.path + "/proj") }
        #expect(out.read("proj/notes.txt") == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path + "/proj") == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["proj"])
    }

    @Test func emptyDestinationFolderIsReplaced() throws {
        let catalog = try Sample.catalog()
        let out = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: out.path + "/proj", withIntermediateDirectories: false)
        let (generator, plan) = try plan(catalog: catalog)
        try generator.write(plan, to: out.path + "/proj")
        #expect(out.exists("proj/.pmo/lock.yaml"))
    }

    @Test func destinationUnderARegularFileIsRefused() throws {
        let catalog = try Sample.catalog()
        let out = try TemporaryFolder()
        try out.write("file", "x")
        let (generator, plan) = try plan(catalog: catalog)
        #expect(throws: WriteError.parentMissing(out.path + "/file")) { try generator.write(plan, to: out.path + "/file/proj") }
    }

    /// Root ignores permission bits, so the unwritable parent is sysfs, where even root cannot create folders.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel")))
    func unwritableParentIsRefusedWithoutLeftovers() throws {
        let catalog = try Sample.catalog()
        let (generator, plan) = try plan(catalog: catalog)
        do {
            try generator.write(plan, to: "/sys/pmo-test-project")
            Issue.record("expected the write to fail")
        } catch {
            guard case .parentNotWritable(let parent, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(parent == "/sys")
        }
        #expect(!FileManager.default.fileExists(atPath: "/sys/pmo-test-project"))
    }

    @Test func addOnIsRecordedAsASecondTemplateAndRefusesExistingFiles() throws {
        let addon = """
              parameters:
                - {name: project_name, title: プロジェクト名, type: string, required: true}
                - {name: vendor, title: 委託先, type: string, required: true}
              files:
                - {source: contract.md, target: "docs/outsourcing/{{vendor}}.md"}
                - {source: charter.md, target: docs/charter.md}
            """
        let catalog = try Sample.catalog()
        try catalog.folder.write("standards/templates/addon/template.yaml", FixtureCatalog.templateYAML("addon", spec: addon))
        try catalog.folder.write("standards/templates/addon/files/contract.md", "{{project_name}} × {{vendor}}\n")
        try catalog.folder.write("standards/templates/addon/files/charter.md", "overwrite!\n")
        let out = try TemporaryFolder()
        let (generator, base) = try plan(catalog: catalog)
        try generator.write(base, to: out.path + "/proj")
        let lock = try LockLoader().load(projectRoot: out.path + "/proj")
        let (_, add) = try plan(["project_name=基幹刷新", "vendor=サンプル開発"], catalog: catalog, template: "addon", existing: lock)
        #expect(throws: WriteError.filesExist(["docs/charter.md"])) { try generator.add(add, to: out.path + "/proj") }
        #expect(!out.exists("proj/docs/outsourcing"))
        #expect(out.read("proj/docs/charter.md")?.hasPrefix("# 憲章") == true)

        try FileManager.default.removeItem(atPath: catalog.root + "/standards/templates/addon/files/charter.md")
        try catalog.folder.write(
            "standards/templates/addon/template.yaml",
            FixtureCatalog.templateYAML(
                "addon", spec: addon.replacingOccurrences(of: "\n    - {source: charter.md, target: docs/charter.md}", with: "")))
        let (_, good) = try plan(["project_name=基幹刷新", "vendor=サンプル開発"], catalog: catalog, template: "addon", existing: lock)
        try generator.add(good, to: out.path + "/proj")
        #expect(out.read("proj/docs/outsourcing/サンプル開発.md") == "基幹刷新 × サンプル開発\n")
        let after = try LockLoader().load(projectRoot: out.path + "/proj")
        #expect(after.templates.map(\.name) == ["sample", "addon"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path + "/proj/.pmo").sorted() == ["checklists", "lock.yaml"])
    }

    @Test func addOnRefusesToWriteThroughASymlink() throws {
        let addon = """
              files:
                - {source: x.md, target: docs/linked/x.md}
            """
        let catalog = try Sample.catalog()
        try catalog.folder.write("standards/templates/addon/template.yaml", FixtureCatalog.templateYAML("addon", spec: addon))
        try catalog.folder.write("standards/templates/addon/files/x.md", "x\n")
        let out = try TemporaryFolder()
        let outside = try TemporaryFolder()
        let (generator, base) = try plan(catalog: catalog)
        try generator.write(base, to: out.path + "/proj")
        try FileManager.default.createSymbolicLink(atPath: out.path + "/proj/docs/linked", withDestinationPath: outside.path)
        let (_, add) = try plan([], catalog: catalog, template: "addon", existing: try LockLoader().load(projectRoot: out.path + "/proj"))
        #expect(throws: WriteError.throughSymlink("docs/linked")) { try generator.add(add, to: out.path + "/proj") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}
