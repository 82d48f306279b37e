extension ExampleStandards {
    /// `id`, severity, the rule's text and what follows it (when/assert/check and examples), as YAML under `rules:`.
    private func rule(_ id: String, _ severity: String, _ text: ScaffoldWording.RuleText, body: String) -> String {
        return """
                - id: \(id)
                  severity: \(severity)
                  title: \(q(text.title))
                  description: \(q(text.description))
                  message: \(q(text.message))
                  help: \(q(text.help))
            \(body)
            """
    }

    /// The catalog policy: a few rules of the shipped catalog-quality policy, applied by `pmo validate`.
    var policy: String {
        let rules = [
            rule(
                "description-not-empty", "error", words.descriptionRule,
                body: """
                          assert: "has(doc.metadata.description) && size(doc.metadata.description) >= 10"
                          examples:
                            pass:
                              - doc: {kind: Page, metadata: {name: glossary, description: "Terms and their meaning in our projects."}, spec: {body: x}}
                            fail:
                              - doc: {kind: Page, metadata: {name: glossary, description: "x"}, spec: {body: x}}
                              - doc: {kind: Page, metadata: {name: glossary}, spec: {body: x}}
                    """),
            rule(
                "active-has-reviewed", "error", words.reviewedRule,
                body: """
                          when: "doc.kind != 'Catalog' && (!has(doc.metadata.status) || doc.metadata.status == 'active')"
                          assert: "has(doc.metadata.reviewed) && has(doc.metadata.reviewEvery)"
                          examples:
                            pass:
                              - doc: {kind: Page, metadata: {name: glossary, status: active, reviewed: "2026-03-01", reviewEvery: 1y}, spec: {body: x}}
                              - doc: {kind: Page, metadata: {name: old-guide, status: deprecated}, spec: {body: x}}
                            fail:
                              - doc: {kind: Page, metadata: {name: glossary, status: active}, spec: {body: x}}
                    """),
            rule(
                "rule-has-examples", "error", words.examplesRule,
                body: """
                          when: "doc.kind == 'RuleSet'"
                          assert: "doc.spec.rules.all(r, has(r.examples) && has(r.examples.pass) && has(r.examples.fail) && size(r.examples.pass) > 0 && size(r.examples.fail) > 0)"
                          examples:
                            pass:
                              - doc: {kind: RuleSet, metadata: {name: r}, spec: {target: project, rules: [{id: a, examples: {pass: [{files: {}}], fail: [{files: {}}]}}]}}
                            fail:
                              - doc: {kind: RuleSet, metadata: {name: r}, spec: {target: project, rules: [{id: a}]}}
                    """),
            rule(
                "page-has-body", "error", words.pageBodyRule,
                body: """
                          when: "doc.kind == 'Page'"
                          assert: "has(doc.spec.body) || has(doc.spec.bodyFile)"
                          examples:
                            pass:
                              - doc: {kind: Page, metadata: {name: note}, spec: {body: "## Heading"}}
                            fail:
                              - doc: {kind: Page, metadata: {name: note}, spec: {related: [template/project-starter]}}
                    """),
        ]
        return """
            apiVersion: pmo/v1
            kind: RuleSet
            \(metadataBlock(name: "catalog-quality", title: words.policyTitle, description: words.policyDescription, tags: ["policy", "catalog"]))
            spec:
              target: catalog
              rules:
            \(rules.joined(separator: "\n"))

            """
    }

    /// The project rule set the example template brings: its rules run in `pmo lint` and their examples in `pmo validate`.
    var ruleSet: String {
        let heading = words.purposeHeading
        let rules = [
            rule(
                "charter-exists", "error", words.charterExistsRule,
                body: """
                          check: {type: file-exists, path: docs/charter.md}
                          examples:
                            pass:
                              - files: {"docs/charter.md": "# Charter\\n"}
                            fail:
                              - files: {"README.md": "# Project\\n"}
                    """),
            rule(
                "charter-has-purpose", "warning", words.charterPurposeRule,
                body: """
                          check: {type: markdown-heading, path: docs/charter.md, heading: \(q(heading))}
                          examples:
                            pass:
                              - files: {"docs/charter.md": "# Charter\\n\\n## \(heading)\\n\\nText.\\n"}
                            fail:
                              - files: {"docs/charter.md": "# Charter\\n\\n## Scope\\n"}
                    """),
        ]
        return """
            apiVersion: pmo/v1
            kind: RuleSet
            \(metadataBlock(name: "project-basics", title: words.ruleSetTitle, description: words.ruleSetDescription, tags: ["lint", "project"]))
            spec:
              target: project
              rules:
            \(rules.joined(separator: "\n"))

            """
    }

    /// A knowledge page with its Markdown inline.
    var page: String {
        let body = words.pageBody.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
        return """
            apiVersion: pmo/v1
            kind: Page
            \(metadataBlock(name: "using-this-catalog", title: words.pageTitle, description: words.pageDescription, tags: ["guide"]))
            spec:
              body: |
            \(body)
              related: [template/project-starter, checklist/kickoff]

            """
    }
}
