import Foundation
import PMOCatalog
import PMOYAML
import Testing

/// `kind: Campaign`: a target over project reports, a deadline and a scope.
@Suite("Campaign documents")
struct CampaignSpecTests {
    private let file = "standards/campaigns/move.yaml"

    private func campaign(_ spec: String) -> String {
        "apiVersion: pmo/v1\nkind: Campaign\n" + TempCatalog.metadata(name: "move") + "spec:\n" + spec
    }

    @Test func decodesTargetDeadlineAndScope() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            file,
            campaign(
                """
                  target: lint.errors == 0
                  deadline: 2027-03-31
                  appliesTo:
                    templates: [template/standard-project]
                    owners: [pmo-office]
                  guidance: 直してください。

                """))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == [])
        let spec = try #require(result.catalog.document(DocumentKey(kind: .campaign, name: "move"))?.campaign)
        #expect(spec.target.value == "lint.errors == 0")
        #expect(spec.deadline == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(spec.appliesTo.templates.map(\.description) == ["template/standard-project"])
        #expect(spec.appliesTo.contains(template: "standard-project", owner: "pmo-office"))
        #expect(!spec.appliesTo.contains(template: "other", owner: "pmo-office"))
        #expect(!spec.appliesTo.contains(template: "standard-project", owner: "hr"))
        #expect(spec.guidance == "直してください。")
    }

    @Test func withoutAScopeEveryProjectIsInIt() {
        #expect(CampaignSpec.Scope().contains(template: nil, owner: nil))
    }

    @Test func missingTargetAndDeadlineAreErrorsAtTheSpec() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, campaign("  guidance: x\n"))
        #expect(
            catalog.summaries() == [
                "\(file):13:3: error: missing required field 'deadline' in spec",
                "\(file):13:3: error: missing required field 'target' in spec",
            ])
    }

    @Test func badDeadlineUnknownFieldAndWrongKindInScope() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            file,
            campaign(
                """
                  target: "true"
                  deadline: 2027-02-30
                  appliesTo: {templates: [page/pmo-charter], teams: [x]}
                  goal: x

                """))
        let summaries = catalog.summaries()
        #expect(
            summaries == [
                "\(file):14:13: error: '2027-02-30' is not a real date (YYYY-MM-DD)",
                "\(file):15:27: error: appliesTo.templates names 'page/pmo-charter', which is not a template",
                "\(file):15:46: error: unknown field 'teams' in appliesTo",
                "\(file):16:3: error: unknown field 'goal' in spec",
            ])
    }

    @Test func unresolvedTemplateAndUndeclaredOwnerAreErrors() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            file,
            campaign(
                """
                  target: "true"
                  deadline: 2027-03-31
                  appliesTo: {templates: [template/standard-projekt], owners: [nobody]}

                """))
        let summaries = catalog.summaries()
        #expect(
            summaries == [
                "\(file):15:27: error: reference 'template/standard-projekt' does not resolve: there is no Template named 'standard-projekt'",
                "\(file):15:64: error: owner 'nobody' is not declared in catalog/catalog.yaml",
            ])
    }

    @Test func emptyTargetIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, campaign("  target: \" \"\n  deadline: 2027-03-31\n"))
        #expect(catalog.summaries() == ["\(file):13:11: error: 'target' must not be empty"])
    }

    @Test(arguments: [
        ("1.0.0", "1.0.1"), ("1.9.0", "1.10.0"), ("2.0.0-rc.1", "2.0.0"), ("2.0.0-alpha", "2.0.0-alpha.1"),
        ("2.0.0-alpha.1", "2.0.0-alpha.beta"), ("2.0.0-alpha.beta", "2.0.0-beta"), ("2.0.0-beta.2", "2.0.0-beta.11"),
        ("2.0.0-rc.1", "2.0.0-rc-1"), ("9.99.999", "10.0.0"),
    ])
    func orderKeysSortByPrecedence(lower: String, higher: String) throws {
        let a = try #require(Semver(lower))
        let b = try #require(Semver(higher))
        #expect(a < b)
        #expect(Array(a.orderKey.utf8).lexicographicallyPrecedes(Array(b.orderKey.utf8)))
    }

    @Test func buildMetadataDoesNotChangeTheKey() throws {
        #expect(try #require(Semver("1.2.3+build.5")).orderKey == (try #require(Semver("1.2.3"))).orderKey)
    }
}
