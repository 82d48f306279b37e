/// The small catalog several test targets start from: its manifest (two phases, one owner, one
/// category, one role) and the `kickoff` checklist (one item that checks itself, one that asks for
/// evidence, two manual ones).
public enum FixtureCatalogText {
    /// `catalog/catalog.yaml`.
    public static let manifest = """
        apiVersion: pmo/v1
        kind: Catalog
        metadata:
          name: test-pmo
          title: テストカタログ
          description: テスト用
          owner: pmo-office
          version: "1.0.0"
          changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]
        spec:
          organization: テスト株式会社
          owners: [{id: pmo-office, name: 全社PMO}]
          taxonomy:
            categories: [{id: planning, title: 計画}]
            phases: [{id: initiation, title: 立ち上げ}, {id: closing, title: 終結}]
            roles: [{id: pm, title: PM}]

        """

    /// `standards/checklists/kickoff.yaml`, version 1.0.0.
    public static let kickoffChecklist = """
        apiVersion: pmo/v1
        kind: Checklist
        metadata:
          name: kickoff
          title: キックオフ
          description: テスト用
          owner: pmo-office
          category: planning
          version: "1.0.0"
          changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]
        spec:
          items:
            - {id: KO-01, text: 憲章がある, phase: initiation, role: pm, verify: {assert: "exists('docs/charter.md')"}}
            - {id: KO-02, text: 憲章が承認されている, phase: initiation, role: pm, evidence: 承認記録のリンク}
            - {id: KO-03, text: 会議体を決めた, phase: initiation, role: pm}
            - {id: CL-01, text: 振り返りをした, phase: closing, role: pm}

        """
}
