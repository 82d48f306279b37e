extension ScaffoldWording {
    /// The English scaffold (`pmo init --language en`).
    static let english = ScaffoldWording(
        defaultOrganization: "Example Corp.",
        defaultTeamName: "PMO",
        defaultCategories: [
            .init(id: "governance", title: "Governance"), .init(id: "planning", title: "Planning"),
            .init(id: "reporting", title: "Reporting"), .init(id: "quality", title: "Quality"),
        ],
        defaultPhases: [
            .init(id: "initiation", title: "Initiation"), .init(id: "planning", title: "Planning"),
            .init(id: "execution", title: "Execution"), .init(id: "closing", title: "Closing"),
        ],
        defaultRoles: [
            .init(id: "pm", title: "Project manager"), .init(id: "pmo", title: "PMO"),
            .init(id: "sponsor", title: "Sponsor"), .init(id: "member", title: "Team member"),
        ],
        firstVersion: "First version",
        catalogTitle: { "\($0) PMO standards" },
        catalogDescription: { "The project standards of \($0): templates, checklists, rules and knowledge pages, kept by the PMO." },
        siteTitle: { "\($0) PMO knowledge catalog" },
        policyTitle: "Catalog quality policy",
        policyDescription: "Rules that check the standards themselves; pmo validate applies them to every document.",
        descriptionRule: .init(
            title: "The description is not empty",
            description:
                "Lists and search results show the description. Say in ten characters or more when, by whom and what for the document is used.",
            message: "metadata.description is empty or too short",
            help: "Write one or two sentences on when and why the document is used."),
        reviewedRule: .init(
            title: "An active standard has a review date and interval",
            description:
                "Standards drift from practice when left alone. Active documents carry reviewed and reviewEvery, so the site shows how fresh they are.",
            message: "An active document has no reviewed or reviewEvery",
            help: "Add reviewed (YYYY-MM-DD) and reviewEvery (say 180d or 1y) to metadata."),
        examplesRule: .init(
            title: "Every rule has passing and failing examples",
            description: "A rule's examples are its tests and its documentation. Give at least one pass and one fail example.",
            message: "A rule has no examples.pass or examples.fail",
            help: "Add at least one examples.pass and one examples.fail to each rule."),
        pageBodyRule: .init(
            title: "A page has a body",
            description: "A knowledge page has its text inline (body) or in a Markdown file beside it (bodyFile).",
            message: "The page has neither body nor bodyFile",
            help: "Put short text in spec.body, or a .md file beside the YAML in spec.bodyFile."),
        templateTitle: "Project starter",
        templateDescription: "The first standard template: a README and a project charter for every new project.",
        projectNameTitle: "Project name",
        pmNameTitle: "Project manager",
        readmeFile: """
            # {{project_name}}

            This repository was created from the PMO standard "Project starter".

            - Charter: docs/charter.md (managed by the standard; take in new versions with pmo update)
            - Progress: `pmo checklist` shows the checklists, `pmo lint` checks the project against the standard.

            """,
        charterFile: """
            # Project charter: {{project_name}}

            | Item | Value |
            | --- | --- |
            | Project manager | {{pm_name}} |

            ## Purpose

            (What this project is for.)

            ## Scope

            (What is in and what is out.)

            """,
        purposeHeading: "Purpose",
        checklistTitle: "Kickoff readiness",
        checklistDescription: "What a project has in place before its kickoff: documents and agreements.",
        charterItem: "The project charter file exists",
        charterItemHelp: "Use docs/charter.md as pmo new wrote it. This item checks itself.",
        approvalItem: "The sponsor approved the charter",
        approvalEvidence: "A link to the approval (an e-mail or a pull request review)",
        ruleSetTitle: "Project basics",
        ruleSetDescription: "pmo lint checks that a project made from the starter has a charter and that it states its purpose.",
        charterExistsRule: .init(
            title: "The project has a charter",
            description: "The charter is the agreement with the sponsor on the project's purpose and scope.",
            message: "The project charter {{path}} is missing",
            help: "Restore it from the standard with pmo update."),
        charterPurposeRule: .init(
            title: "The charter has a Purpose section",
            description: "The purpose is what every decision is measured against; write it before the scope.",
            message: "{{path}} has no Purpose heading",
            help: "Add a '## Purpose' heading and say what the project is for."),
        pageTitle: "Using this catalog",
        pageDescription: "How to start a project from the PMO standards and check that it keeps to them.",
        pageBody: """
            ## Start a project

            `pmo new project-starter my-project` creates a project with the standard documents and checklists.

            ## Check that it keeps to the standard

            - `pmo checklist` — checklist progress
            - `pmo lint` — the standard's rules (also in CI)
            - `pmo drift` — how far the project is from the newest standard; `pmo update` takes it in
            """,
        campaignTitle: "No lint errors in any project",
        campaignDescription: "Every project created from the starter template keeps to the standard's rules, with no lint errors.",
        campaignGuidance: """
            Run pmo lint in the project and fix what it reports, or record a waiver with a reason and an expiry.

            Each project's CI sends pmo report to pmo serve; its dashboard shows who is done.
            """,
        readme: ScaffoldWording.englishReadme)

    static func englishReadme(_ settings: CatalogSettings) -> String {
        """
        # \(settings.organization) PMO standards

        The project standards kept by \(settings.owner.name): templates, checklists, rules and knowledge pages.
        `pmo` validates them, creates projects from them and publishes them as a knowledge site.

        ```
        catalog/catalog.yaml      organisation, owners, taxonomy (categories, phases, roles), policies, site
        catalog/policies/         rules that check the standards themselves (applied by pmo validate)
        standards/templates/      templates (template.yaml and files/)
        standards/checklists/     checklists
        standards/rules/          rules that check projects (applied by pmo lint)
        standards/pages/          knowledge pages
        ```

        ## Add a document

        1. Copy a similar document; change `metadata.name` (lower-case letters, digits, hyphens), `title`, `description`.
        2. Give it `version: "1.0.0"` and one `changelog` entry for that version.
        3. Run `pmo validate`, then open a pull request. CI runs `pmo validate`; after the merge to main
           it publishes the site with `pmo publish`.

        Editors complete and check documents with the JSON Schema from `pmo schema --out schemas/`.

        ## Release a new version

        When you change a document, raise its version in the same pull request:

        ```sh
        pmo release template/project-starter --bump minor --note "Add a risk section"
        pmo validate
        ```

        `--bump` is major (incompatible), minor (something added) or patch (a fix). Only `metadata.version`
        and one `changelog` line change; comments and layout stay. pmo warns when the document did not change
        since its last release. Projects see the new version with `pmo drift` and take it in with `pmo update`.

        ## Everyday commands

        ```sh
        pmo validate                           # check the whole catalog
        pmo new project-starter ../my-project  # create a project
        pmo publish --out site                 # the knowledge site (site/index.html)
        ```

        CI: GitHub Actions in `.github/workflows/catalog.yml`, GitLab CI in `.gitlab-ci.yml`; both run
        `pmo validate`, then publish the site to Pages with `pmo publish`. Set the variable `PMO_DOWNLOAD_URL`
        to where your company keeps the pmo binary. `pre-commit install` checks the catalog before each commit.

        """
    }
}
