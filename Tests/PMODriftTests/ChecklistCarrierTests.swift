import Foundation
import PMOCatalog
import PMOProject
import PMOTemplates
import PMOTestSupport
import PMOYAML
import Testing

@testable import PMODrift

/// How a template's checklists follow it to a new version: added, retired, restored, left to another template.
struct ChecklistCarrierTests {
    static func checklist(_ name: String) -> String {
        """
        apiVersion: pmo/v1
        kind: Checklist
        metadata: {name: \(name), title: \(name), description: テスト用のチェックリスト, owner: pmo, category: planning, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
        spec:
          items:
            - {id: \(name.uppercased())-01, text: 自動, verify: {assert: "exists('docs/x.md')"}}
            - {id: \(name.uppercased())-02, text: 手動}

        """
    }

    static func catalog(_ folder: TemporaryFolder) throws -> Catalog {
        try folder.write(
            "cat/catalog/catalog.yaml",
            """
            apiVersion: pmo/v1
            kind: Catalog
            metadata: {name: t, title: t, description: テスト, owner: pmo, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec: {organization: テスト, owners: [{id: pmo, name: PMO}], taxonomy: {categories: [{id: planning, title: 計画}]}}

            """)
        for name in ["a", "b", "c", "s"] { try folder.write("cat/standards/checklists/\(name).yaml", checklist(name)) }
        return try CatalogLoader(workingDirectory: folder.path).load(root: folder.path + "/cat").catalog
    }

    static func carrier(_ folder: TemporaryFolder, recorded: [String], listed: [String], others: Set<String>) throws -> ChecklistCarrier {
        ChecklistCarrier(
            projectRoot: folder.path + "/proj", catalog: try catalog(folder), template: "standard-project", version: Semver("2.0.0")!,
            recorded: recorded, listed: listed.map { Reference(kind: .checklist, name: $0, range: .fileStart) },
            otherTemplates: others, yamlLimits: .default)
    }

    @Test func addsRetiresRestoresAndLeavesAnotherTemplatesChecklistAlone() throws {
        let folder = try TemporaryFolder()
        let done = ChecklistState.Item(id: "A-02", status: .done, by: "山田", at: "2026-03-01T00:00:00Z")
        try folder.write("proj/.pmo/checklists/a.yaml", ChecklistState(name: "a", version: "1.0.0", items: [done]).yaml())
        try folder.write("proj/.pmo/checklists/s.yaml", ChecklistState(name: "s", version: "1.0.0", items: []).yaml())
        try folder.write(
            "proj/.pmo/checklists/c.yaml", ChecklistState(name: "c", version: "1.0.0", items: [], retired: "standard-project 1.5.0").yaml())
        let (updates, names) = try Self.carrier(folder, recorded: ["a", "s"], listed: ["b", "c"], others: ["s"]).plan()
        #expect(updates.map { "\($0.action.rawValue) \($0.name)" } == ["retire a", "add b", "restore c"])
        #expect(names == ["b", "c"])
        let retired = try ChecklistState.parse(String(decoding: updates[0].content, as: UTF8.self), path: "a.yaml")
        #expect(retired.retired == "standard-project 2.0.0" && retired.items == [done])
        let added = try ChecklistState.parse(String(decoding: updates[1].content, as: UTF8.self), path: "b.yaml")
        #expect(added.items.map(\.status) == [.open, .open] && updates[1].note == "2 items open, 1 checking itself")
        #expect(try ChecklistState.parse(String(decoding: updates[2].content, as: UTF8.self), path: "c.yaml").retired == nil)
    }

    @Test func aChecklistTheCatalogLacksStopsTheUpdate() throws {
        let folder = try TemporaryFolder()
        try folder.write("proj/.pmo/lock.yaml", "x\n")
        #expect(
            throws: UpdateError.badChecklist(
                name: "zzz", reason: "standard-project 2.0.0 lists checklist/zzz, which the catalog does not have")
        ) {
            _ = try Self.carrier(folder, recorded: [], listed: ["zzz"], others: []).plan()
        }
    }

    @Test func aCorruptStateFileIsNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("proj/.pmo/checklists/a.yaml", "checklist: a\nitems: [oops\n")
        let carrier = try Self.carrier(folder, recorded: ["a"], listed: [], others: [])
        do {
            _ = try carrier.plan()
            Issue.record("a corrupt state file must stop the update")
        } catch {
            guard case .badChecklist(let name, let reason) = error else { Issue.record("\(error)"); return }
            #expect(name == "a" && reason.contains(".pmo/checklists/a.yaml:3:1: error:"), "\(reason)")
        }
    }
}
