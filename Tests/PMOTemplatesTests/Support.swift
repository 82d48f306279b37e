import Foundation
import PMOCatalog
import PMOTemplates
import PMOTestSupport
import PMOYAML
import Testing

/// A small catalog in a temporary folder: the manifest, a checklist, and the templates a test gives.
final class FixtureCatalog {
    let folder: TemporaryFolder
    var root: String { folder.path }

    static let manifest = FixtureCatalogText.manifest

    static let checklist = FixtureCatalogText.kickoffChecklist

    /// A catalog holding the manifest, `checklist/kickoff` and the given `standards/…` files.
    init(_ files: [String: String]) throws {
        folder = try TemporaryFolder()
        try folder.write("catalog/catalog.yaml", Self.manifest)
        try folder.write("standards/checklists/kickoff.yaml", Self.checklist)
        for (path, text) in files { try folder.write(path, text) }
    }

    func load() throws -> CatalogLoadResult {
        try CatalogLoader(workingDirectory: root).load(root: root)
    }

    /// The template document `name`.
    func template(_ name: String) throws -> Document {
        try #require(try load().catalog.document(DocumentKey(kind: .template, name: name)))
    }

    /// A template document envelope around `spec` (YAML indented by two spaces under `spec:`).
    static func templateYAML(_ name: String, spec: String) -> String {
        """
        apiVersion: pmo/v1
        kind: Template
        metadata:
          name: \(name)
          title: テスト
          description: テスト用
          owner: pmo-office
          category: planning
          version: "1.2.0"
          changelog: [{version: "1.2.0", date: 2026-01-01, changes: 初版}]
        spec:
        \(spec)
        """
    }
}

/// The sample template: every parameter type, a dependent default, `when:`, binary, CRLF, executable and HTML files.
enum Sample {
    static let spec = """
          parameters:
            - {name: project_name, title: プロジェクト名, type: string, required: true, pattern: '^[^/\\\\]+$'}
            - {name: project_code, title: プロジェクトコード, help: 英大文字とハイフンと3桁, type: string, required: true, pattern: '^[A-Z]{2,5}-[0-9]{3}$'}
            - {name: pm_name, title: PMの氏名, type: string, required: true}
            - {name: repo_name, title: リポジトリ名, type: string, default: "{{project_code}}-docs"}
            - {name: team_size, title: 人数, type: int, default: 5}
            - {name: methodology, title: 開発手法, type: enum, choices: [waterfall, agile], default: agile}
            - {name: outsourcing, title: 外部委託, type: bool, default: false}
            - {name: start_date, title: 開始日, type: date, required: true}
            - {name: members, title: メンバー, type: list}
          files:
            - {source: charter.md, target: docs/charter.md}
            - {source: readme.md, target: "{{repo_name}}/README.md", policy: seeded}
            - {source: outsourcing.md, target: docs/outsourcing.md, when: outsourcing}
            - {source: logo.png, target: assets/logo.png}
            - {source: windows.txt, target: docs/windows.txt}
            - {source: setup.sh, target: scripts/setup.sh}
            - {source: page.html, target: site/index.html}
          checklists: [checklist/kickoff]
        """

    static let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x7B, 0x7B, 0xFF, 0xFE, 0x7D, 0x7D]

    /// The catalog with `template/sample`.
    static func catalog() throws -> FixtureCatalog {
        let catalog = try FixtureCatalog([
            "standards/templates/sample/template.yaml": FixtureCatalog.templateYAML("sample", spec: spec),
            "standards/templates/sample/files/charter.md":
                "# 憲章：{{project_name}}\nPM：{{pm_name}} <{{project_code}}>\n{{#members}}- {{.}}\n{{/members}}{{#outsourcing}}委託あり{{/outsourcing}}\n",
            "standards/templates/sample/files/readme.md": "{{repo_name}} / {{methodology}} / {{team_size}}名 / {{start_date}}\n",
            "standards/templates/sample/files/outsourcing.md": "# 外部委託\n",
            "standards/templates/sample/files/windows.txt": "1行目 {{project_name}}\r\n2行目\r\n",
            "standards/templates/sample/files/setup.sh": "#!/bin/sh\necho {{project_code}}\n",
            "standards/templates/sample/files/page.html": "<h1>{{project_name}}</h1><p>{{{project_name}}}</p>\n",
        ])
        try catalog.folder.write("standards/templates/sample/files/logo.png", bytes: pngBytes)
        chmod(catalog.root + "/standards/templates/sample/files/setup.sh", 0o755)
        return catalog
    }

    /// Inputs from `--set` style assignments.
    static func inputs(_ assignments: [String]) -> ParameterInputs {
        ParameterInputs(assignments: assignments)
    }

    static let valid = ["project_name=基幹刷新", "project_code=KKS-001", "pm_name=山田", "start_date=2026-04-01"]
}
