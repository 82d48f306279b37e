import PMOCatalog
import PMOYAML
import Testing

/// Checks across documents: `kind/name` references, owners, categories, phases, roles, verify rules.
@Suite("References and taxonomy")
struct ReferenceTests {
    private let templateFile = "standards/templates/standard-project/template.yaml"
    private let checklistFile = "standards/checklists/kickoff.yaml"
    private let pageFile = "standards/pages/pmo-charter.yaml"

    /// The minimal catalog with `old` replaced by `new` in one of its files.
    private func catalog(editing path: String, _ old: String, _ new: String) throws -> TempCatalog {
        let original = try #require(TempCatalog.minimal[path])
        #expect(original.contains(old), "fixture \(path) has no \(old)")
        let catalog = try TempCatalog()
        try catalog.write(path, original.replacingOccurrences(of: old, with: new))
        return catalog
    }

    @Test func danglingRelatedReferenceSuggestsTheClosest() throws {
        let result = try catalog(editing: pageFile, "checklist/kickoff]", "checklist/kickof]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(pageFile):14:40: error: reference 'checklist/kickof' does not resolve: there is no Checklist named 'kickof'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `checklist/kickoff`?")
    }

    @Test func danglingReferenceWithNothingCloseHasNoHelp() throws {
        let result = try catalog(editing: pageFile, "checklist/kickoff]", "checklist/security-review]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(pageFile):14:40: error: reference 'checklist/security-review' does not resolve: there is no Checklist named 'security-review'"
            ])
        #expect(result.diagnostics.first?.help == nil)
    }

    @Test func danglingTemplateChecklistReference() throws {
        let result = try catalog(editing: templateFile, "[checklist/kickoff]", "[checklist/kick-off]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(templateFile):19:16: error: reference 'checklist/kick-off' does not resolve: there is no Checklist named 'kick-off'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `checklist/kickoff`?")
    }

    @Test func danglingTemplateRulesReference() throws {
        let result = try catalog(editing: templateFile, "[ruleset/project-standard]", "[ruleset/project-standards]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(templateFile):20:11: error: reference 'ruleset/project-standards' does not resolve: there is no RuleSet named 'project-standards'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `ruleset/project-standard`?")
    }

    @Test func danglingCatalogPolicyReference() throws {
        let result = try catalog(editing: "catalog/catalog.yaml", "[ruleset/catalog-quality]", "[ruleset/catalog-qualty]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "catalog/catalog.yaml:23:14: error: reference 'ruleset/catalog-qualty' does not resolve: there is no RuleSet named 'catalog-qualty'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `ruleset/catalog-quality`?")
    }

    @Test func referenceWithoutAKindIsAnError() throws {
        let result = try catalog(editing: pageFile, "checklist/kickoff]", "kickoff]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(pageFile):14:40: error: 'kickoff' is not a reference; write KIND/NAME, e.g. checklist/kickoff"
            ])
    }

    @Test func referenceWithAnUnknownKindSuggestsTheClosest() throws {
        let result = try catalog(editing: pageFile, "checklist/kickoff]", "checklists/kickoff]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(pageFile):14:40: error: unknown kind 'checklists' in reference 'checklists/kickoff'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `checklist`?")
    }

    @Test func catalogPolicyMustTargetTheCatalog() throws {
        let result = try catalog(editing: "catalog/catalog.yaml", "[ruleset/catalog-quality]", "[ruleset/project-standard]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "catalog/catalog.yaml:23:14: error: policy 'ruleset/project-standard' has target: project; catalog policies need target: catalog"
            ])
    }

    @Test func templateRulesMustTargetProjects() throws {
        let result = try catalog(editing: templateFile, "[ruleset/project-standard]", "[ruleset/catalog-quality]").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(templateFile):20:11: error: rule set 'ruleset/catalog-quality' has target: catalog; a template's rules need target: project"
            ])
    }

    @Test func replacementThatIsItselfDeprecatedIsAWarning() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/pages/a.yaml", pageDocument(name: "a", metadataExtra: "  status: deprecated\n  replacedBy: page/b\n"))
        try catalog.write(
            "standards/pages/b.yaml", pageDocument(name: "b", metadataExtra: "  status: deprecated\n  replacedBy: page/pmo-charter\n"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["standards/pages/a.yaml:10:15: warning: replacement 'page/b' is itself deprecated"])
        #expect(result.diagnostics.first?.help == "point at its replacement, page/pmo-charter")
        #expect(result.errorCount == 0 && result.warningCount == 1)
    }

    @Test func ownerMustBeDeclared() throws {
        let result = try catalog(editing: pageFile, "owner: pmo-office", "owner: pmo-ofice").load()
        #expect(result.diagnostics.map(\.summary) == ["\(pageFile):7:10: error: owner 'pmo-ofice' is not declared in catalog/catalog.yaml"])
        #expect(result.diagnostics.first?.help == "did you mean `pmo-office`?")
    }

    @Test func categoryMustBeDeclared() throws {
        let result = try catalog(editing: pageFile, "category: governance", "category: security").load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(pageFile):8:13: error: category 'security' is not declared in the catalog's taxonomy"])
        #expect(result.diagnostics.first?.help == "expected one of: governance, reporting")
    }

    @Test func catalogDocumentNeedsNoCategory() throws {
        let catalog = try TempCatalog()
        let result = try catalog.load()
        #expect(result.catalog.manifest?.metadata.category == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func checklistPhaseMustBeDeclared() throws {
        let result = try catalog(editing: checklistFile, "phase: initiation", "phase: initation").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(checklistFile):16:14: error: phase 'initation' is not declared in the catalog's taxonomy"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `initiation`?")
    }

    @Test func checklistRoleMustBeDeclared() throws {
        let result = try catalog(editing: checklistFile, "role: pm", "role: sponsor").load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(checklistFile):17:13: error: role 'sponsor' is not declared in the catalog's taxonomy"]
        )
        #expect(result.diagnostics.first?.help == "expected one of: pm")
    }

    @Test func verifyRuleNamingAMissingRuleSet() throws {
        let result = try catalog(editing: checklistFile, "rule: project-standard/charter-exists", "rule: project-std/charter-exists").load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(checklistFile):19:15: error: verify.rule names rule set 'project-std', which does not exist"
            ])
    }

    @Test func verifyRuleNamingAMissingRule() throws {
        let result = try catalog(editing: checklistFile, "rule: project-standard/charter-exists", "rule: project-standard/charter-exist")
            .load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(checklistFile):19:15: error: rule set 'project-standard' has no rule 'charter-exist'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `charter-exists`?")
    }

    @Test func verifyRuleMustNameARuleSetAndARule() throws {
        let result = try catalog(editing: checklistFile, "rule: project-standard/charter-exists", "rule: charter-exists").load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(checklistFile):19:15: error: verify.rule 'charter-exists' must be RULESET/RULE-ID"])
    }

    @Test func backlinksListTheReferrers() throws {
        let result = try TempCatalog().load()
        #expect(
            result.catalog.referrers(of: DocumentKey(kind: .checklist, name: "kickoff")).map(\.description)
                == ["page/pmo-charter", "template/standard-project"])
        #expect(result.catalog.rule(ruleSet: "project-standard", ruleID: "charter-exists")?.severity == .error)
    }
}
