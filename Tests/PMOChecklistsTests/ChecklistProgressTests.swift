import Foundation
import PMOCatalog
import PMOChecklists
import PMOProject
import Testing

@Suite struct ChecklistProgressTests {
    @Test func progressCountsVerifiedAndManualItemsPerPhase() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        var book = try fixture.checklists()
        try book.check("KO-03", by: "山田", evidence: nil, catalog: catalog, now: Date(timeIntervalSince1970: 1_775_000_000))
        let report = try #require(try book.reports(catalog: catalog, only: nil).first)
        #expect(report.items.map(\.status.name) == ["passed", "open", "done", "open"])
        #expect(report.done == 2 && report.total == 4)
        #expect(report.phases(in: catalog).map { "\($0.title) \($0.done)/\($0.total)" } == ["立ち上げ 2/3", "終結 0/1"])
    }

    @Test func verifiedItemsFollowTheProject() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        try FileManager.default.removeItem(atPath: fixture.projectRoot + "/docs/charter.md")
        let report = try #require(try fixture.checklists().reports(catalog: catalog, only: nil).first)
        #expect(report.items[0].status == .failed("exists('docs/charter.md')"))
    }

    @Test func renamedItemsKeepTheirAttestationAndRemovedOnesAreShownRetired() throws {
        let fixture = try ChecklistFixture()
        let before = try fixture.catalog()
        var book = try fixture.checklists()
        try book.check("KO-02", by: "山田", evidence: "PR #1", catalog: before)
        try book.check("KO-03", by: "佐藤", evidence: nil, catalog: before)
        // Version 2: KO-03 is renamed KO-05, KO-02 is gone.
        try fixture.writeChecklist(
            ChecklistFixture.checklist
                .replacingOccurrences(of: "\"1.0.0\"", with: "\"2.0.0\"")
                .replacingOccurrences(
                    of: "    - {id: KO-02, text: 憲章が承認されている, phase: initiation, role: pm, evidence: 承認記録のリンク}\n", with: ""
                )
                .replacingOccurrences(of: "{id: KO-03, text: 会議体を決めた,", with: "{id: KO-05, formerly: [KO-03], text: 会議体を決めた,"))
        let report = try #require(try fixture.checklists().reports(catalog: try fixture.catalog(), only: nil).first)
        #expect(
            report.items.map { "\($0.id) \($0.status.name)\($0.isRetired ? " retired" : "")" } == [
                "KO-01 passed", "KO-05 done", "CL-01 open", "KO-02 done retired",
            ])
        #expect(report.done == 2 && report.total == 3)
        #expect(report.catalogVersion == "2.0.0")
    }

    @Test func oneChecklistIsChosenByNameAndAnUnknownNameGetsASuggestion() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        let book = try fixture.checklists()
        #expect(try book.reports(catalog: catalog, only: "kickoff").map(\.name) == ["kickoff"])
        #expect(throws: ChecklistError.unknownChecklist("kickof", suggestion: "kickoff")) {
            try book.reports(catalog: catalog, only: "kickof")
        }
    }

    @Test func textShowsProgressAndWithItemsEveryItem() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        let reports = try fixture.checklists().reports(catalog: catalog, only: nil)
        let short = ChecklistText.report(reports, catalog: catalog, listItems: false)
        let long = ChecklistText.report(reports, catalog: catalog, listItems: true)
        #expect(short == ChecklistText.progress(reports, catalog: catalog))
        #expect(long == short + "\n\n" + ChecklistText.items(reports))
        #expect(long.contains("KO-02") && !short.contains("KO-02"))
    }
}

@Suite struct ChecklistDefinitionTests {
    @Test func aFormerIdThatIsAnotherItemsIdIsAnError() throws {
        let fixture = try ChecklistFixture()
        try fixture.writeChecklist(
            ChecklistFixture.checklist
                .replacingOccurrences(of: "{id: KO-03, text: 会議体を決めた,", with: "{id: KO-03, formerly: [KO-02], text: 会議体を決めた,"))
        #expect {
            try fixture.catalog()
        } throws: { error in
            (error as? ChecklistFixture.FixtureError)?.diagnostics
                .contains { $0.hasSuffix("'KO-02' in formerly of item 'KO-03' is the id of an item of this version") } == true
        }
    }
}
