import Foundation
import PMOCatalog
import PMOSupport
import PMOTestSupport
import PMOYAML
import Testing

/// A catalog written into a fresh temporary folder, removed when the value is released.
///
/// It starts from ``TempCatalog/minimal`` (one valid document of every kind); tests overwrite
/// or add files to create exactly the problem they check. Paths in diagnostics are relative to
/// the catalog root because the loader's working directory is the root.
final class TempCatalog {
    private let folder: TemporaryFolder
    var root: String { folder.path }

    init(files: [String: String] = TempCatalog.minimal) throws {
        folder = try TemporaryFolder(prefix: "pmo-catalog-tests")
        for (path, text) in files { try write(path, text) }
    }

    /// Writes `text` to `path` (relative to the root), creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes raw bytes to `path` (relative to the root), creating folders.
    func write(_ path: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Removes `path` (relative to the root).
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    /// Creates a symbolic link at `path` pointing to `destination` (as written).
    func symlink(_ path: String, to destination: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Creates a folder at `path`.
    func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true)
    }

    /// Loads the catalog with the root as the working directory.
    func load() throws -> CatalogLoadResult {
        try CatalogLoader(workingDirectory: root).load(root: root)
    }

    /// The loader's diagnostics as `file:line:col: severity: message` lines (not throwing, so
    /// that `#expect` shows both sides when they differ).
    func summaries() -> [String] {
        do {
            return try load().diagnostics.map(\.summary)
        } catch {
            return ["load failed: \(error)"]
        }
    }

    // MARK: - The minimal valid catalog

    /// The metadata block of a document, with a version and a matching changelog.
    static func metadata(
        name: String, title: String = "タイトル", category: String? = "governance",
        version: String = "\"1.0.0\"", extra: String = ""
    ) -> String {
        """
        metadata:
          name: \(name)
          title: \(title)
          description: 説明です。
          owner: pmo-office
        \(category.map { "  category: \($0)\n" } ?? "")\(extra)  version: \(version)
          changelog:
            - {version: "1.0.0", date: 2026-01-15, changes: 初版}

        """
    }

    static let catalogYAML = """
        apiVersion: pmo/v1
        kind: Catalog
        \(metadata(name: "test-pmo", title: "テストカタログ", category: nil))spec:
          organization: 株式会社テスト
          owners:
            - {id: pmo-office, name: 全社PMO}
          taxonomy:
            categories:
              - {id: governance, title: ガバナンス}
              - {id: reporting, title: 報告}
            phases:
              - {id: initiation, title: 立ち上げ}
            roles:
              - {id: pm, title: PM}
          policies: [ruleset/catalog-quality]

        """

    static let policyYAML = """
        apiVersion: pmo/v1
        kind: RuleSet
        \(metadata(name: "catalog-quality"))spec:
          target: catalog
          rules:
            - id: has-tags
              severity: warning
              title: タグがある
              assert: "size(doc.metadata.tags) > 0"

        """

    static let ruleSetYAML = """
        apiVersion: pmo/v1
        kind: RuleSet
        \(metadata(name: "project-standard"))spec:
          target: project
          rules:
            - id: charter-exists
              severity: error
              title: 憲章がある
              check: {type: file-exists, path: docs/charter.md}

        """

    static let checklistYAML = """
        apiVersion: pmo/v1
        kind: Checklist
        \(metadata(name: "kickoff"))spec:
          items:
            - id: KO-01
              text: 憲章が承認されている
              phase: initiation
              role: pm
              verify:
                rule: project-standard/charter-exists

        """

    static let templateYAML = """
        apiVersion: pmo/v1
        kind: Template
        \(metadata(name: "standard-project"))spec:
          parameters:
            - {name: project_name, title: プロジェクト名, required: true}
            - {name: method, title: 開発手法, type: enum, choices: [waterfall, agile]}
          files:
            - source: charter.md
              target: "docs/charter.md"
          checklists: [checklist/kickoff]
          rules: [ruleset/project-standard]

        """

    static let pageYAML = """
        apiVersion: pmo/v1
        kind: Page
        \(metadata(name: "pmo-charter"))spec:
          bodyFile: pmo-charter.md
          related: [template/standard-project, checklist/kickoff]

        """

    /// One valid document of every kind.
    static let minimal: [String: String] = [
        "catalog/catalog.yaml": catalogYAML,
        "catalog/policies/catalog-quality.yaml": policyYAML,
        "standards/rules/project-standard.yaml": ruleSetYAML,
        "standards/checklists/kickoff.yaml": checklistYAML,
        "standards/templates/standard-project/template.yaml": templateYAML,
        "standards/templates/standard-project/files/charter.md": "# {{project_name}} 憲章\n",
        "standards/pages/pmo-charter.yaml": pageYAML,
        "standards/pages/pmo-charter.md": "## PMO憲章\n本文\n",
    ]
}

/// A page document with `body` as its spec, for tests that only need one more document.
func pageDocument(name: String, metadataExtra: String = "", spec: String = "  body: 本文\n") -> String {
    "apiVersion: pmo/v1\nkind: Page\n" + TempCatalog.metadata(name: name, extra: metadataExtra) + "spec:\n" + spec
}

extension CatalogLoadResult {
    /// The one diagnostic whose message contains `text`; records an issue when there is not exactly one.
    func diagnostic(containing text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        let matches = diagnostics.filter { $0.message.contains(text) }
        #expect(
            matches.count == 1, "expected one diagnostic containing \"\(text)\", got: \(diagnostics.map(\.summary))",
            sourceLocation: sourceLocation)
        return matches.first
    }
}
