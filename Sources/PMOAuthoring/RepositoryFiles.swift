import PMOTemplates

/// The files around the catalog that make it a repository the PMO team can work in: CI for GitHub Actions
/// and GitLab CI (`pmo validate`, then `pmo publish` to Pages), a pre-commit hook, `.gitignore` and the README.
struct RepositoryFiles: Sendable {
    var settings: CatalogSettings

    /// Every file, paths relative to the repository.
    var files: [PlannedFile] {
        [
            file(".github/workflows/catalog.yml", githubActions),
            file(".gitlab-ci.yml", gitlabCI),
            file(".pre-commit-config.yaml", preCommit),
            file(".gitignore", gitignore),
            file("README.md", ScaffoldWording.for(settings.language).readme(settings)),
        ]
    }

    private func file(_ path: String, _ text: String) -> PlannedFile {
        PlannedFile(path: path, bytes: Array(text.utf8))
    }

    var githubActions: String {
        """
        # Validate the catalog on every push and pull request; publish the site to GitHub Pages from main.
        # Set the repository variable PMO_DOWNLOAD_URL to where your company keeps the pmo binary
        # (Settings → Secrets and variables → Actions → Variables), and Pages' source to "GitHub Actions".
        name: catalog
        on:
          push:
            branches: [main]
          pull_request:
        permissions:
          contents: read
          pages: write
          id-token: write
        jobs:
          validate:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0    # pmo reads the catalog's history (release checks, update bases)
              - name: Install pmo
                env:
                  PMO_DOWNLOAD_URL: ${{ vars.PMO_DOWNLOAD_URL }}
                run: |
                  curl -fsSL "$PMO_DOWNLOAD_URL" -o "$RUNNER_TEMP/pmo"
                  chmod +x "$RUNNER_TEMP/pmo"
                  echo "$RUNNER_TEMP" >> "$GITHUB_PATH"
              - run: pmo validate --catalog .
              - run: pmo publish --catalog . --out site
              - uses: actions/upload-pages-artifact@v3
                if: github.event_name == 'push'
                with:
                  path: site
          pages:
            needs: validate
            if: github.event_name == 'push'
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }

    var gitlabCI: String {
        """
        # Validate the catalog in every pipeline; publish the site to GitLab Pages from the default branch.
        # Set the CI/CD variable PMO_DOWNLOAD_URL to where your company keeps the pmo binary.
        stages: [validate, publish]

        variables:
          GIT_DEPTH: "0"    # pmo reads the catalog's history (release checks, update bases)

        .pmo:
          image: ubuntu:24.04
          before_script:
            - apt-get update -qq && apt-get install -y -qq curl git libyaml-0-2 >/dev/null
            - curl -fsSL "$PMO_DOWNLOAD_URL" -o /usr/local/bin/pmo && chmod +x /usr/local/bin/pmo

        validate:
          extends: .pmo
          stage: validate
          script:
            - pmo validate --catalog .

        pages:
          extends: .pmo
          stage: publish
          script:
            - pmo publish --catalog . --out public
          artifacts:
            paths: [public]
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
    }

    var preCommit: String {
        """
        # pre-commit install — then every commit that touches the catalog runs pmo validate first.
        repos:
          - repo: local
            hooks:
              - id: pmo-validate
                name: pmo validate
                entry: pmo validate --catalog .
                language: system
                pass_filenames: false
                files: ^(catalog|standards)/

        """
    }

    var gitignore: String {
        """
        # pmo publish --out site (GitHub) and --out public (GitLab); pmo schema --out schemas
        /site/
        /public/
        /schemas/
        .DS_Store

        """
    }
}
