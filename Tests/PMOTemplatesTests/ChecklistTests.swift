import Foundation
import PMOCatalog
import PMOChecklists
import PMOProject
import PMOTemplates
import PMOTestSupport
import PMOYAML
import Testing

@Suite struct ChecklistTests {
    /// A generated sample project and its catalog.
    private func project() throws -> (TemporaryFolder, String, Catalog) {
        let catalog = try Sample.catalog()
        let loaded = try catalog.load().catalog
        let document = try catalog.template("sample")
        let spec = try #require(document.template)
        let values = try ParameterResolver(template: spec, templateFile: document.file).resolve(ParameterInputs(assignments: Sample.valid))
        let generator = ProjectGenerator(catalog: loaded, catalogCommit: .some(nil))
        let out = try TemporaryFolder()
        try generator.write(try generator.plan(template: document, parameters: values), to: out.path + "/proj")
        return (out, out.path + "/proj", loaded)
    }

    @Test func progressCountsVerifiedAndManualItemsPerPhase() throws {
        let (_keep, root, catalog) = try project()
        _ = _keep
        var book = try ProjectChecklists(projectRoot: root)
        try book.check("KO-03", by: "山田", evidence: nil, catalog: catalog, now: Date(timeIntervalSince1970: 1_775_000_000))
        let report = try #require(book.reports(catalog: catalog, verifier: ChecklistVerifier(projectRoot: root, catalog: catalog)).first)
        #expect(report.items.map(\.status.name) == ["passed", "open", "done", "open"])
        #expect(report.done == 2 && report.total == 4)
        #expect(report.phases(in: catalog).map { "\($0.title) \($0.done)/\($0.total)" } == ["立ち上げ 2/3", "終結 0/1"])
        let saved = try ChecklistState.load(atPath: root + "/.pmo/checklists/kickoff.yaml", displayPath: "kickoff.yaml")
        #expect(saved.items[2] == ChecklistState.Item(id: "KO-03", status: .done, by: "山田", at: "2026-03-31T23:33:20Z"))
    }

    @Test func renamedItemsKeepTheirAttestationAndRemovedOnesAreShownRetired() throws {
        let fixture = try Sample.catalog()
        let document = try fixture.template("sample")
        let values = try ParameterResolver(template: try #require(document.template), templateFile: document.file)
            .resolve(ParameterInputs(assignments: Sample.valid))
        let generator = ProjectGenerator(catalog: try fixture.load().catalog, catalogCommit: .some(nil))
        let out = try TemporaryFolder()
        let root = out.path + "/proj"
        try generator.write(try generator.plan(template: document, parameters: values), to: root)
        var book = try ProjectChecklists(projectRoot: root)
        let before = try fixture.load().catalog
        try book.check("KO-02", by: "山田", evidence: "PR #1", catalog: before)
        try book.check("KO-03", by: "佐藤", evidence: nil, catalog: before)
        // Version 2: KO-03 is renamed KO-05, KO-02 is gone.
        try fixture.folder.write(
            "standards/checklists/kickoff.yaml",
            FixtureCatalog.checklist
                .replacingOccurrences(of: "\"1.0.0\"", with: "\"2.0.0\"")
                .replacingOccurrences(
                    of: "    - {id: KO-02, text: 憲章が承認されている, phase: initiation, role: pm, evidence: 承認記録のリンク}\n", with: ""
                )
                .replacingOccurrences(of: "{id: KO-03, text: 会議体を決めた,", with: "{id: KO-05, formerly: [KO-03], text: 会議体を決めた,"))
        let loaded = try fixture.load()
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics)")
        let report = try #require(
            try ProjectChecklists(projectRoot: root)
                .reports(catalog: loaded.catalog, verifier: ChecklistVerifier(projectRoot: root, catalog: loaded.catalog)).first)
        #expect(
            report.items.map { "\($0.id) \($0.status.name)\($0.isRetired ? " retired" : "")" } == [
                "KO-01 passed", "KO-05 done", "CL-01 open", "KO-02 done retired",
            ])
        #expect(report.done == 2 && report.total == 3)
    }

    @Test func aFormerIdThatIsAnotherItemsIdIsAnError() throws {
        let fixture = try Sample.catalog()
        try fixture.folder.write(
            "standards/checklists/kickoff.yaml",
            FixtureCatalog.checklist
                .replacingOccurrences(of: "{id: KO-03, text: 会議体を決めた,", with: "{id: KO-03, formerly: [KO-02], text: 会議体を決めた,"))
        let loaded = try fixture.load()
        #expect(
            loaded.diagnostics.contains { $0.message == "'KO-02' in formerly of item 'KO-03' is the id of an item of this version" },
            "\(loaded.diagnostics)")
    }

    @Test func verifiedItemsFollowTheProject() throws {
        let (_keep, root, catalog) = try project()
        _ = _keep
        try FileManager.default.removeItem(atPath: root + "/docs/charter.md")
        let book = try ProjectChecklists(projectRoot: root)
        let report = try #require(book.reports(catalog: catalog, verifier: ChecklistVerifier(projectRoot: root, catalog: catalog)).first)
        #expect(report.items[0].status == .failed("exists('docs/charter.md')"))
    }

    @Test func tickingAVerifyItemByHandIsRefused() throws {
        let (_keep, root, catalog) = try project()
        _ = _keep
        var book = try ProjectChecklists(projectRoot: root)
        #expect(throws: ChecklistError.verifiedItem("KO-01", checklist: "checklist/kickoff")) {
            try book.check("KO-01", by: "山田", evidence: nil, catalog: catalog)
        }
    }

    @Test func unknownItemIdGetsASuggestion() throws {
        let (_keep, root, catalog) = try project()
        _ = _keep
        var book = try ProjectChecklists(projectRoot: root)
        #expect(throws: ChecklistError.unknownItem("KO-3", suggestion: "KO-03")) {
            try book.check("KO-3", by: "山田", evidence: nil, catalog: catalog)
        }
        #expect(throws: ChecklistError.unknownChecklist("kickof", suggestion: "kickoff")) {
            try book.check("KO-03", by: "山田", evidence: nil, checklist: "kickof", catalog: catalog)
        }
    }

    @Test func evidenceIsRequiredWhenTheItemAsksForIt() throws {
        let (_keep, root, catalog) = try project()
        _ = _keep
        var book = try ProjectChecklists(projectRoot: root)
        #expect(throws: ChecklistError.evidenceRequired("KO-02", what: "承認記録のリンク")) {
            try book.check("KO-02", by: "山田", evidence: " ", catalog: catalog)
        }
        try book.check("KO-02", by: "山田", evidence: "https://example.test/pr/1", catalog: catalog)
        try book.uncheck("KO-02", catalog: catalog)
        let saved = try ChecklistState.load(atPath: root + "/.pmo/checklists/kickoff.yaml", displayPath: "kickoff.yaml")
        #expect(saved.items[1] == ChecklistState.Item(id: "KO-02"))
    }

    @Test func brokenChecklistFileIsReportedAtItsPosition() throws {
        let (_keep, root, _) = try project()
        _ = _keep
        try Data("checklist: kickoff\nversion: 1.0.0\nitems:\n  KO-01: {status: finished}\n".utf8).write(
            to: URL(fileURLWithPath: root + "/.pmo/checklists/kickoff.yaml"))
        do {
            _ = try ProjectChecklists(projectRoot: root, displayRoot: "proj")
            Issue.record("expected an error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.summary == "proj/.pmo/checklists/kickoff.yaml:4:19: error: status 'finished' is not open or done")
        }
    }
}
