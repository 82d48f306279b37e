import Foundation
import PMOCatalog
import PMORules
import PMOSupport

/// What the dashboard takes from the catalog (`pmo serve --catalog DIR`, loaded once at start): each template's
/// version, status and changelog, and each campaign with its compiled target.
package struct DashboardCatalog: Sendable {
    /// A template as the adoption page shows it.
    package struct Template: Sendable {
        package var name: String
        package var title: String
        package var version: Semver
        package var deprecated: Bool
        /// `template/NAME` of the replacement, for a deprecated template.
        package var replacedBy: String?
        package var changelog: [Metadata.Change]
    }

    /// A `kind: Campaign` document.
    package struct Campaign: Sendable {
        package var name: String
        package var title: String
        package var description: String
        package var owner: String?
        package var deadline: CalendarDate
        /// The target's source text.
        package var targetText: String
        package var guidance: String?
        package var scope: CampaignSpec.Scope
        /// The first changelog date, when the campaign began (the burn-up starts there).
        package var started: CalendarDate?
        package var target: CampaignTarget
        /// SHA-256 of the target's text and the scope: stored verdicts are kept under it, so that changing either
        /// judges every report afresh.
        package var targetDigest: String
        /// Where the document is (`standards/campaigns/NAME.yaml`).
        package var file: String
    }

    /// Templates by name.
    package var templates: [String: Template]
    /// Campaigns in name order.
    package var campaigns: [Campaign]
    /// The catalog's problems, one line each (`file:line:col: error: …`); shown at start, not fatal.
    package var problems: [String]

    /// No catalog: the pages that need one say so.
    package init() {
        templates = [:]
        campaigns = []
        problems = []
    }

    /// Loads the catalog rooted at `root` (the folder holding `catalog/catalog.yaml`).
    package init(loadingFrom root: String) throws(CatalogError) {
        let result = try CatalogLoader().load(root: root)
        self.init(result.catalog, diagnostics: result.diagnostics.filter { $0.severity == .error }.map(\.summary))
    }

    /// The dashboard's view of a loaded catalog.
    package init(_ catalog: Catalog, diagnostics: [String] = []) {
        var templates: [String: Template] = [:]
        for document in catalog.documents(of: .template) {
            let metadata = document.metadata
            templates[metadata.name.value] = Template(
                name: metadata.name.value, title: metadata.title, version: metadata.version, deprecated: metadata.status == .deprecated,
                replacedBy: metadata.replacedBy.map { "\($0)" }, changelog: metadata.changelog)
        }
        var campaigns: [Campaign] = []
        var problems = diagnostics
        for document in catalog.documents(of: .campaign) {
            guard let spec = document.campaign, let target = CampaignTarget(document) else { continue }
            problems += target.diagnostics.map(\.summary)
            let metadata = document.metadata
            campaigns.append(
                Campaign(
                    name: metadata.name.value, title: metadata.title, description: metadata.description, owner: metadata.owner?.value,
                    deadline: spec.deadline, targetText: spec.target.value, guidance: spec.guidance, scope: spec.appliesTo,
                    started: metadata.changelog.compactMap(\.date).min(), target: target,
                    targetDigest: Self.digest(target: spec.target.value, scope: spec.appliesTo), file: document.file))
        }
        self.templates = templates
        self.campaigns = campaigns.sorted { $0.name < $1.name }
        self.problems = problems
    }

    /// The digest of a target and its scope, each part on its own line, lists sorted.
    static func digest(target: String, scope: CampaignSpec.Scope) -> String {
        let templates = scope.templates.map(\.name).sorted().joined(separator: ",")
        let owners = scope.owners.map(\.value).sorted().joined(separator: ",")
        return FileDigest.sha256(Array("campaign-target/v1\n\(target)\ntemplates:\(templates)\nowners:\(owners)".utf8))
    }

    /// The campaign named `name`.
    package func campaign(named name: String) -> Campaign? {
        campaigns.first { $0.name == name }
    }
}
