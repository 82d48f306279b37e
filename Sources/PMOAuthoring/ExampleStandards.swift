import PMOTemplates
import PMOYAML

/// The catalog `pmo init` writes: `catalog/catalog.yaml`, a catalog policy and one small valid example of
/// every kind — a template with two files, a checklist with an item that checks itself, a rule set with
/// examples, a page and a campaign — all owned by the PMO team and filed under the first category.
struct ExampleStandards: Sendable {
    var settings: CatalogSettings
    var words: ScaffoldWording

    init(settings: CatalogSettings) {
        self.settings = settings
        self.words = ScaffoldWording.for(settings.language)
    }

    /// Every file, paths relative to the catalog repository.
    var files: [PlannedFile] {
        [
            file("catalog/catalog.yaml", catalogDocument),
            file("catalog/policies/catalog-quality.yaml", policy),
            file("standards/templates/project-starter/template.yaml", template),
            file("standards/templates/project-starter/files/README.md", words.readmeFile),
            file("standards/templates/project-starter/files/charter.md", words.charterFile),
            file("standards/checklists/kickoff.yaml", checklist),
            file("standards/rules/project-basics.yaml", ruleSet),
            file("standards/pages/using-this-catalog.yaml", page),
            file("standards/campaigns/no-lint-errors.yaml", campaign),
        ]
    }

    private func file(_ path: String, _ text: String) -> PlannedFile {
        PlannedFile(path: path, bytes: Array(text.utf8))
    }

    /// A scalar as YAML text, quoted when it must be.
    func q(_ text: String) -> String {
        YAMLWriter.scalarText(.string(text))
    }

    /// `metadata:` of an example document, first version, reviewed today.
    func metadataBlock(name: String, title: String, description: String, category: Bool = true, tags: [String]) -> String {
        """
        metadata:
          name: \(name)
          title: \(q(title))
          description: \(q(description))
          owner: \(settings.owner.id)
        \(category ? "  category: \(settings.categories[0].id)\n" : "")  tags: [\(tags.joined(separator: ", "))]
          version: "1.0.0"
          status: active
          reviewed: \(settings.date)
          reviewEvery: 180d
          changelog:
            - version: "1.0.0"
              date: \(settings.date)
              changes: \(q(words.firstVersion))
        """
    }

    private func terms(_ terms: [CatalogSettings.Term]) -> String {
        terms.map { "      - id: \($0.id)\n        title: \(q($0.title))" }.joined(separator: "\n")
    }

    private var catalogMetadata: String {
        metadataBlock(
            name: settings.catalogName, title: words.catalogTitle(settings.organization),
            description: words.catalogDescription(settings.organization), category: false, tags: ["catalog"])
    }

    var catalogDocument: String {
        """
        # The catalog manifest: who owns the standards and how they are filed. See the README.
        apiVersion: pmo/v1
        kind: Catalog
        \(catalogMetadata)
        spec:
          organization: \(q(settings.organization))
          language: \(settings.language.rawValue)
          owners:
            - id: \(settings.owner.id)
              name: \(q(settings.owner.name))
              contact: \(q(settings.owner.contact))
          taxonomy:
            categories:
        \(terms(settings.categories))
            phases:
        \(terms(settings.phases))
            roles:
        \(terms(settings.roles))
          policies: [ruleset/catalog-quality]
          site:
            title: \(q(words.siteTitle(settings.organization)))

        """
    }

    var template: String {
        """
        apiVersion: pmo/v1
        kind: Template
        \(metadataBlock(name: "project-starter", title: words.templateTitle, description: words.templateDescription, tags: ["project", "starter"]))
        spec:
          parameters:
            - name: project_name
              title: \(q(words.projectNameTitle))
              type: string
              required: true
            - name: pm_name
              title: \(q(words.pmNameTitle))
              type: string
              default: ""
          files:
            - source: README.md
              target: README.md
              policy: seeded      # the team's from the first day; never reported as drift
            - source: charter.md
              target: docs/charter.md
              policy: managed     # the standard's; pmo update merges new versions in
          checklists: [checklist/kickoff]
          rules: [ruleset/project-basics]

        """
    }

    var checklist: String {
        let phase = settings.phases.first?.id ?? "initiation"
        let role = settings.projectManagerRole
        let sponsor = settings.roles.first { $0.id == "sponsor" }?.id ?? role
        return """
            apiVersion: pmo/v1
            kind: Checklist
            \(metadataBlock(name: "kickoff", title: words.checklistTitle, description: words.checklistDescription, tags: ["kickoff"]))
            spec:
              items:
                - id: KO-01
                  text: \(q(words.charterItem))
                  phase: \(phase)
                  role: \(role)
                  help: \(q(words.charterItemHelp))
                  verify:
                    assert: "exists('docs/charter.md')"
                - id: KO-02
                  text: \(q(words.approvalItem))
                  phase: \(phase)
                  role: \(sponsor)
                  evidence: \(q(words.approvalEvidence))

            """
    }

    var campaign: String {
        """
        apiVersion: pmo/v1
        kind: Campaign
        \(metadataBlock(name: "no-lint-errors", title: words.campaignTitle, description: words.campaignDescription, tags: ["campaign"]))
        spec:
          # CEL over each project's report (pmo report); pmo serve shows who is done.
          target: lint.errors == 0
          deadline: \(settings.date.adding(days: 90))
          appliesTo:
            templates: [template/project-starter]
          guidance: |
        \(words.campaignGuidance.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"))

        """
    }
}
