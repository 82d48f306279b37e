import PMOYAML

/// One catalog document: the envelope, its kind-specific spec, and where it came from.
public struct Document: Sendable {
    /// The kind-specific part.
    package enum Spec: Sendable, Hashable {
        case catalog(CatalogSpec)
        case template(TemplateSpec)
        case checklist(ChecklistSpec)
        case ruleSet(RuleSetSpec)
        case page(PageSpec)
        case campaign(CampaignSpec)
    }

    package var kind: DocumentKind
    package var metadata: Metadata
    package var spec: Spec
    /// The file as shown to the user (relative to the working directory where possible).
    package var file: String
    /// The absolute path of the file.
    package var path: String
    /// The whole YAML document, for rules that look at `doc`.
    package var root: Node

    /// The fields of the envelope every document has.
    package static let fields = ["apiVersion", "kind", "metadata", "spec"]
    /// The one supported `apiVersion`.
    package static let apiVersion = "pmo/v1"

    /// `kind/name`.
    package var key: DocumentKey { DocumentKey(kind: kind, name: metadata.name.value) }

    /// The catalog spec, when this is the Catalog document.
    package var catalogSpec: CatalogSpec? { if case .catalog(let s) = spec { return s }; return nil }
    /// The template spec, when this is a Template.
    package var template: TemplateSpec? { if case .template(let s) = spec { return s }; return nil }
    /// The checklist spec, when this is a Checklist.
    package var checklist: ChecklistSpec? { if case .checklist(let s) = spec { return s }; return nil }
    /// The rule-set spec, when this is a RuleSet.
    package var ruleSet: RuleSetSpec? { if case .ruleSet(let s) = spec { return s }; return nil }
    /// The page spec, when this is a Page.
    package var page: PageSpec? { if case .page(let s) = spec { return s }; return nil }
    /// The campaign spec, when this is a Campaign.
    package var campaign: CampaignSpec? { if case .campaign(let s) = spec { return s }; return nil }

    /// Every reference this document makes, with its position.
    package var references: [Reference] {
        var refs: [Reference] = metadata.replacedBy.map { [$0] } ?? []
        switch spec {
        case .catalog(let s): refs += s.policies
        case .template(let s): refs += s.checklists + s.rules
        case .page(let s): refs += s.related
        case .campaign(let s): refs += s.appliesTo.templates
        case .checklist, .ruleSet: break
        }
        return refs
    }
}
