/// The kinds of catalog documents.
package enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    case catalog = "Catalog"
    case template = "Template"
    case checklist = "Checklist"
    case ruleSet = "RuleSet"
    case page = "Page"
    case campaign = "Campaign"

    /// The lower-case name used in references (`template/standard-project`).
    package var referenceName: String { rawValue.lowercased() }

    /// The kind named in a reference (`template`, `ruleset`, …), if any.
    package init?(referenceName: String) {
        guard let kind = Self.allCases.first(where: { $0.referenceName == referenceName }) else { return nil }
        self = kind
    }
}
