import Foundation
import PMOCatalog
import PMOExpression
import PMORules
import PMOTestSupport
import PMOYAML
import Testing

/// Campaign targets: compiled at validate time with positions, evaluated over a report's fields.
@Suite("Campaign targets")
struct CampaignTargetTests {
    private func campaignDocument(target: String) throws -> Document {
        let text = """
            apiVersion: pmo/v1
            kind: Campaign
            metadata:
              name: move
              title: 移行
              description: 移行します。
              owner: pmo-office
              category: governance
              version: "1.0.0"
              changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]
            spec:
              target: \(target)
              deadline: 2027-03-31

            """
        return try withTemporaryFolder { root in
            write(["catalog/catalog.yaml": catalogManifest, "standards/campaigns/move.yaml": text], under: root)
            let result = try CatalogLoader(workingDirectory: root).load(root: root)
            return try #require(result.catalog.document(DocumentKey(kind: .campaign, name: "move")))
        }
    }

    private let report: [String: Value] = [
        "templates": Value([Value(["name": Value("standard-project"), "version": Value("2.10.0")])]),
        "lint": Value(["errors": Value(0), "findings": Value([Value(["rule": Value("project-standard/plan-exists")])])]),
    ]

    @Test func metAndOpenOnAReport() throws {
        let versionTarget = try #require(
            CampaignTarget(
                try campaignDocument(
                    target: #"templates.exists(t, t.name == "standard-project" && semver(t.version) >= semver("2.9.0"))"#)))
        #expect(versionTarget.diagnostics.isEmpty)
        #expect(versionTarget.evaluate(report: report) == .met)
        let findingTarget = try #require(
            CampaignTarget(
                try campaignDocument(
                    target: #"lint.findings.all(f, f.rule != "project-standard/plan-exists")"#)))
        #expect(findingTarget.evaluate(report: report) == .open)
    }

    @Test func aMissingFieldOrANonBoolFailsWithAReason() throws {
        let missing = try #require(CampaignTarget(try campaignDocument(target: "checklists.size() > 0")))
        guard case .failed(let reason) = missing.evaluate(report: report) else {
            Issue.record("expected a failure")
            return
        }
        #expect(reason.contains("checklists"))
        let number = try #require(CampaignTarget(try campaignDocument(target: "lint.errors")))
        #expect(number.evaluate(report: report) == .failed("the target gave int instead of a bool"))
        let badVersion = try #require(CampaignTarget(try campaignDocument(target: #"semver("two") > semver("1.0.0")"#)))
        guard case .failed(let why) = badVersion.evaluate(report: report) else {
            Issue.record("expected a failure")
            return
        }
        #expect(why.contains("'two' is not a semantic version"))
    }

    @Test func aSyntaxErrorPointsIntoTheYAML() throws {
        let target = try #require(CampaignTarget(try campaignDocument(target: "lint.errors == ")))
        #expect(target.expression == nil)
        #expect(target.diagnostics.map(\.summary).first?.hasPrefix("standards/campaigns/move.yaml:12:") == true)
        #expect(target.diagnostics.first?.message.contains("syntax error in 'target' of campaign 'move'") == true)
    }
}
