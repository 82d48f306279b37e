/// Every sentence of the scaffold `pmo init` writes, in one language; the document structure is shared
/// (``ExampleStandards``, ``RepositoryFiles``) so both languages give the same, valid catalog.
struct ScaffoldWording: Sendable {
    /// A rule's human text.
    struct RuleText: Sendable {
        var title: String
        var description: String
        var message: String
        var help: String
    }

    var defaultOrganization: String
    var defaultTeamName: String
    var defaultCategories: [CatalogSettings.Term]
    var defaultPhases: [CatalogSettings.Term]
    var defaultRoles: [CatalogSettings.Term]
    var firstVersion: String

    var catalogTitle: @Sendable (String) -> String
    var catalogDescription: @Sendable (String) -> String
    var siteTitle: @Sendable (String) -> String

    var policyTitle: String
    var policyDescription: String
    var descriptionRule: RuleText
    var reviewedRule: RuleText
    var examplesRule: RuleText
    var pageBodyRule: RuleText

    var templateTitle: String
    var templateDescription: String
    var projectNameTitle: String
    var pmNameTitle: String
    var readmeFile: String
    var charterFile: String
    /// The heading the charter has and the rule set looks for (`目的`, `Purpose`).
    var purposeHeading: String

    var checklistTitle: String
    var checklistDescription: String
    var charterItem: String
    var charterItemHelp: String
    var approvalItem: String
    var approvalEvidence: String

    var ruleSetTitle: String
    var ruleSetDescription: String
    var charterExistsRule: RuleText
    var charterPurposeRule: RuleText

    var pageTitle: String
    var pageDescription: String
    var pageBody: String

    var campaignTitle: String
    var campaignDescription: String
    var campaignGuidance: String

    /// The README of the catalog repository, for the PMO team.
    var readme: @Sendable (CatalogSettings) -> String

    /// The wording of `language`.
    static func `for`(_ language: CatalogSettings.Language) -> ScaffoldWording {
        switch language {
        case .ja: return .japanese
        case .en: return .english
        }
    }
}
