import Foundation
import PMOCatalog
import PMOSupport

/// SARIF 2.1.0 for code-scanning dashboards: one run, the rules that ran as `tool.driver.rules`,
/// one result per finding with region and `partialFingerprints`; waived and baselined findings
/// are results with `suppressions`.
package struct SARIFReporter: Sendable {
    package var options: ReportOptions

    /// Creates a reporter.
    package init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "pmo"
        var version: String
        var informationUri = "https://github.com/pmo-standards/pmo"
        var rules: [Rule]
    }
    struct Text: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: ArtifactLocation; var region: Region? }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int }
    struct Suppression: Encodable { var kind: String; var justification: String }

    static func level(_ severity: RuleSetSpec.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// The SARIF log as pretty-printed JSON.
    package func render(_ result: LintResult) -> String {
        let descriptors = RuleDescriptor.all(result)
        var index: [String: Int] = [:]
        for (position, descriptor) in descriptors.enumerated() where index[descriptor.id] == nil { index[descriptor.id] = position }
        let rules = descriptors.map { descriptor in
            Rule(
                id: descriptor.id, name: descriptor.id.replacingOccurrences(of: "/", with: "."),
                shortDescription: Text(text: descriptor.title),
                fullDescription: Text(text: descriptor.description.isEmpty ? descriptor.title : descriptor.description),
                help: Text(text: descriptor.help ?? descriptor.title),
                defaultConfiguration: Configuration(level: Self.level(descriptor.severity)))
        }
        func sarif(_ finding: Finding, suppression: Suppression?) -> Result {
            var locations: [Location]?
            if let file = finding.file {
                let uri = options.display(file).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file
                locations = [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: uri),
                            region: finding.range.map { Region(startLine: max($0.start.line, 1), startColumn: max($0.start.column, 1)) }))
                ]
            }
            return Result(
                ruleId: finding.qualifiedRuleID, ruleIndex: index[finding.qualifiedRuleID], level: Self.level(finding.severity),
                message: Text(text: finding.message), locations: locations,
                partialFingerprints: ["pmoFingerprint/v1": finding.fingerprint], suppressions: suppression.map { [$0] })
        }
        let results =
            result.findings.map { sarif($0, suppression: nil) }
            + result.waived.map {
                sarif(
                    $0.finding,
                    suppression: Suppression(
                        kind: "external",
                        justification: "\($0.waiver.reason) (owner: \($0.waiver.owner), expires \($0.waiver.expires))"))
            }
            + result.baselined.map { sarif($0, suppression: Suppression(kind: "external", justification: "accepted in the baseline")) }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: options.toolVersion, rules: rules)), results: results)])
        return ((try? JSONText.encode(log)) ?? "") + "\n"
    }
}
