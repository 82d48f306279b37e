import Foundation
import PMOCatalog
import PMOChecklists
import PMOProject
import Testing

@Suite struct ChecklistAttestationTests {
    @Test func checkingAnItemRecordsWhoAndWhenAndUncheckingReopensIt() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        var book = try fixture.checklists()
        let done = try book.check(
            "KO-02", by: "山田", evidence: "https://example.test/pr/1", catalog: catalog, now: Date(timeIntervalSince1970: 1_775_000_000))
        #expect(done.checklist == "kickoff" && done.item == "KO-02" && done.record.status == .done)
        #expect(ChecklistText.change(done) == "✓ KO-02 (checklist/kickoff) done by 山田 — https://example.test/pr/1")
        let saved = try ChecklistState.load(atPath: fixture.projectRoot + "/.pmo/checklists/kickoff.yaml", displayPath: "kickoff.yaml")
        let expected = ChecklistState.Item(
            id: "KO-02", status: .done, by: "山田", at: "2026-03-31T23:33:20Z", evidence: "https://example.test/pr/1")
        #expect(saved.items[1] == expected)

        let open = try book.uncheck("KO-02", catalog: catalog)
        #expect(ChecklistText.change(open) == "○ KO-02 (checklist/kickoff) is open again")
        let reopened = try ChecklistState.load(atPath: fixture.projectRoot + "/.pmo/checklists/kickoff.yaml", displayPath: "kickoff.yaml")
        #expect(reopened.items[1] == ChecklistState.Item(id: "KO-02"))
    }

    @Test func tickingAVerifyItemByHandIsRefused() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        var book = try fixture.checklists()
        #expect(throws: ChecklistError.verifiedItem("KO-01", checklist: "checklist/kickoff")) {
            try book.check("KO-01", by: "山田", evidence: nil, catalog: catalog)
        }
        #expect(throws: ChecklistError.verifiedItem("KO-01", checklist: "checklist/kickoff")) {
            try book.uncheck("KO-01", catalog: catalog)
        }
    }

    @Test func unknownItemIdGetsASuggestion() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        var book = try fixture.checklists()
        #expect(throws: ChecklistError.unknownItem("KO-3", suggestion: "KO-03")) {
            try book.check("KO-3", by: "山田", evidence: nil, catalog: catalog)
        }
        #expect(throws: ChecklistError.unknownChecklist("kickof", suggestion: "kickoff")) {
            try book.check("KO-03", by: "山田", evidence: nil, checklist: "kickof", catalog: catalog)
        }
    }

    @Test func evidenceIsRequiredWhenTheItemAsksForIt() throws {
        let fixture = try ChecklistFixture()
        let catalog = try fixture.catalog()
        var book = try fixture.checklists()
        #expect(throws: ChecklistError.evidenceRequired("KO-02", what: "承認記録のリンク")) {
            try book.check("KO-02", by: "山田", evidence: " ", catalog: catalog)
        }
    }
}
