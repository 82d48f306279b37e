import Foundation
import PMOTestSupport
import Testing

/// The whole adoption path through the CLI: init → validate → new → release a template version that adds a
/// file and a checklist → drift shows it → update brings both and keeps a local edit; then a version that
/// drops a checklist, which the update retires with its progress.
@Suite("Adoption path")
struct AdoptionPathTests {
    typealias A = AdoptionTests

    @Test func fromInitToTheFirstReleaseAndItsUpdateInAProject() throws {
        let (folder, catalog) = try A.initializedCatalog()
        let template = catalog + "/standards/templates/project-starter"
        let root = folder.path

        #expect(try PMORunner.run(["validate", "--catalog", catalog], in: root).status == 0)
        let made = try PMORunner.run(
            [
                "new", "project-starter", "proj", "--catalog", catalog, "--no-input",
                "--set", "project_name=ホライズン", "--set", "pm_name=山田花子",
            ], in: root)
        #expect(made.status == 0, "\(made)")
        let project = root + "/proj"
        try A.replace("（このプロジェクトで何を実現するかを書きます）", with: "請求業務の手作業を半減する。", in: project + "/docs/charter.md")

        // The PMO's first release: a risk register file and a risk review checklist, and a new charter section.
        try A.write(template + "/files/risks.md", "# リスク登録簿：{{project_name}}\n\n| ID | リスク | 対応 |\n| --- | --- | --- |\n")
        try A.write(template + "/files/charter.md", A.read(template + "/files/charter.md") + "## リスク\n\n主なリスクは docs/risks.md に記録します。\n")
        try A.replace(
            "  checklists: [checklist/kickoff]",
            with: "    - source: risks.md\n      target: docs/risks.md\n  checklists: [checklist/kickoff, checklist/risk-review]",
            in: template + "/template.yaml")
        try A.write(catalog + "/standards/checklists/risk-review.yaml", Self.riskReview)
        let released = try PMORunner.run(
            [
                "release", "template/project-starter", "--bump", "minor", "--note", "リスク登録簿とリスクレビューを追加",
                "--date", "2026-12-01", "--catalog", catalog,
            ], in: root)
        #expect(released.status == 0, "\(released)")
        #expect(released.stdout.contains("template/project-starter 1.0.0 → 1.1.0 (2026-12-01)"), "\(released)")
        #expect(!released.stderr.contains("warning"), "\(released)")
        let validated = try PMORunner.run(["validate", "--catalog", catalog], in: root)
        #expect(validated.status == 0, "\(validated)")
        try A.git(["add", "-A"], in: catalog)
        try A.git(["commit", "-q", "-m", "project-starter 1.1.0"], in: catalog)

        let drift = try PMORunner.run(["drift", "proj", "--catalog", catalog], in: root)
        #expect(drift.status == 0, "\(drift)")
        #expect(drift.stdout.contains("project-starter 1.0.0 → 1.1.0 (1 version behind)"), "\(drift)")
        #expect(drift.stdout.contains("1.0.0 → 1.1.0: リスク登録簿とリスクレビューを追加"), "\(drift)")
        #expect(drift.stdout.contains("new checklist      checklist/risk-review"), "\(drift)")
        let driftJSON = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--format", "json"], in: root)
        #expect(Self.checklistChanges(driftJSON.stdout, "added") == ["risk-review"], "\(driftJSON)")

        let dryRun = try PMORunner.run(["update", "proj", "--catalog", catalog, "--dry-run"], in: root)
        #expect(dryRun.status == 0, "\(dryRun)")
        #expect(dryRun.stdout.contains("add          docs/risks.md"), "\(dryRun)")
        #expect(dryRun.stdout.contains("add          checklist/risk-review — 2 items open, 1 checking itself"), "\(dryRun)")
        #expect(!FileManager.default.fileExists(atPath: project + "/docs/risks.md"))

        let updated = try PMORunner.run(["update", "proj", "--catalog", catalog], in: root)
        #expect(updated.status == 0, "\(updated)")
        #expect(updated.stdout.contains("clean update docs/charter.md"), "\(updated)")
        #expect(updated.stdout.contains("checklist/risk-review RR-01 (checks itself): passed"), "\(updated)")
        let charter = A.read(project + "/docs/charter.md")
        #expect(charter.contains("請求業務の手作業を半減する。"), "the team's edit is kept: \(charter)")
        #expect(charter.contains("主なリスクは docs/risks.md に記録します。"), "the standard's new section is in: \(charter)")
        #expect(A.read(project + "/docs/risks.md").contains("# リスク登録簿：ホライズン"))
        #expect(A.read(project + "/.pmo/checklists/risk-review.yaml").contains("RR-01"))
        #expect(A.read(project + "/.pmo/lock.yaml").contains("- risk-review"))
        let checklists = try PMORunner.run(["checklist", "proj", "--catalog", catalog, "--format", "json"], in: root)
        #expect(checklists.stdout.contains("\"name\" : \"risk-review\""), "\(checklists)")
        let items = try PMORunner.run(["checklist", "show", "proj", "--catalog", catalog, "--checklist", "risk-review"], in: root)
        #expect(
            items.stdout.contains("RR-01") && items.stdout.contains("auto: passed"), "the self-verifying item sees the new file: \(items)")
        let current = try PMORunner.run(["drift", "proj", "--catalog", catalog], in: root)
        #expect(current.stdout.contains("project-starter 1.1.0 (current)"), "\(current)")
        #expect(!current.stdout.contains("checklist/"), "\(current)")

        // A later major version drops the kickoff checklist: the project keeps it, retired, with its progress.
        let ticked = try PMORunner.run(
            [
                "checklist", "check", "KO-02", "--by", "山田花子", "--evidence", "PR #1", "--project", "proj",
                "--catalog", catalog,
            ], in: root)
        #expect(ticked.status == 0, "\(ticked)")
        try A.replace("[checklist/kickoff, checklist/risk-review]", with: "[checklist/risk-review]", in: template + "/template.yaml")
        let major = try PMORunner.run(
            [
                "release", "template/project-starter", "--bump", "major", "--note", "キックオフ準備を全社チェックリストへ移管",
                "--catalog", catalog,
            ], in: root)
        #expect(major.status == 0, "\(major)")
        #expect(try PMORunner.run(["validate", "--catalog", catalog], in: root).status == 0)
        try A.git(["commit", "-q", "-am", "project-starter 2.0.0"], in: catalog)
        let dropped = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--format", "json"], in: root)
        #expect(Self.checklistChanges(dropped.stdout, "dropped") == ["kickoff"], "\(dropped)")
        let retired = try PMORunner.run(["update", "proj", "--catalog", catalog], in: root)
        #expect(retired.status == 0, "\(retired)")
        #expect(
            retired.stdout.contains(
                "retire       checklist/kickoff — dropped by project-starter 2.0.0; kept with its progress (1 item done)"), "\(retired)")
        let state = A.read(project + "/.pmo/checklists/kickoff.yaml")
        #expect(state.contains("retired: project-starter 2.0.0") && state.contains("by: 山田花子"), "\(state)")
        let shown = try PMORunner.run(["checklist", "proj", "--catalog", catalog], in: root)
        #expect(shown.stdout.contains("(retired by project-starter 2.0.0)"), "\(shown)")
        #expect(!A.read(project + "/.pmo/lock.yaml").contains("- kickoff"))
        let frozen = try PMORunner.run(["checklist", "uncheck", "KO-02", "--project", "proj", "--catalog", catalog], in: root)
        #expect(frozen.status == 1 && frozen.stderr.contains("checklist/kickoff was retired by project-starter 2.0.0"), "\(frozen)")

        // Listed again by a later version: the retired checklist is current again, its progress intact.
        try A.replace("[checklist/risk-review]", with: "[checklist/risk-review, checklist/kickoff]", in: template + "/template.yaml")
        #expect(
            try PMORunner.run(
                ["release", "template/project-starter", "--bump", "minor", "--note", "キックオフ準備を戻す", "--catalog", catalog], in: root
            ).status == 0)
        try A.git(["commit", "-q", "-am", "project-starter 2.1.0"], in: catalog)
        let relisted = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--format", "json"], in: root)
        #expect(Self.checklistChanges(relisted.stdout, "added") == ["kickoff"], "\(relisted)")
        let restored = try PMORunner.run(["update", "proj", "--catalog", catalog], in: root)
        #expect(restored.stdout.contains("restore      checklist/kickoff — listed again; its progress is kept"), "\(restored)")
        let again = A.read(project + "/.pmo/checklists/kickoff.yaml")
        #expect(!again.contains("retired:") && again.contains("by: 山田花子"), "\(again)")
        #expect(A.read(project + "/.pmo/lock.yaml").contains("- kickoff"))
    }

    @Test func addingATemplateThatListsARetiredChecklistRestoresItWithItsProgress() throws {
        let (folder, catalog, project) = try Self.projectAndKickoffPack()
        let root = folder.path
        let ticked = try PMORunner.run(
            ["checklist", "check", "KO-02", "--by", "山田花子", "--evidence", "PR #1", "--project", "proj", "--catalog", catalog], in: root)
        #expect(ticked.status == 0, "\(ticked)")
        // What `pmo update` leaves when a version drops the checklist: out of the lock, the state kept and marked.
        try A.replace("      - kickoff\n", with: "", in: project + "/.pmo/lock.yaml")
        try A.write(
            project + "/.pmo/checklists/kickoff.yaml",
            A.read(project + "/.pmo/checklists/kickoff.yaml") + "retired: project-starter 2.0.0\n")
        #expect(
            try PMORunner.run(["checklist", "proj", "--catalog", catalog], in: root).stdout.contains("(retired by project-starter 2.0.0)"))
        #expect(try PMORunner.run(["validate", "--catalog", catalog], in: root).status == 0)

        let dryRun = try PMORunner.run(["new", "kickoff-pack", "proj", "--add", "--catalog", catalog, "--no-input", "--dry-run"], in: root)
        #expect(dryRun.status == 0 && dryRun.stdout.contains("kickoff.yaml  (checklist, restored)"), "\(dryRun)")
        let added = try PMORunner.run(["new", "kickoff-pack", "proj", "--add", "--catalog", catalog, "--no-input"], in: root)
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout.contains("restored checklist/kickoff"), "\(added)")
        let state = A.read(project + "/.pmo/checklists/kickoff.yaml")
        #expect(!state.contains("retired:") && state.contains("by: 山田花子") && state.contains("PR #1"), "\(state)")
        #expect(A.read(project + "/.pmo/lock.yaml").contains("      - kickoff"))
        let shown = try PMORunner.run(["checklist", "proj", "--catalog", catalog], in: root)
        #expect(shown.status == 0 && !shown.stdout.contains("retired"), "\(shown)")
        let unchecked = try PMORunner.run(["checklist", "uncheck", "KO-02", "--project", "proj", "--catalog", catalog], in: root)
        #expect(unchecked.status == 0, "the restored checklist can be changed again: \(unchecked)")
    }

    @Test func addingATemplateOverAnUnreadableChecklistStateFailsAndWritesNothing() throws {
        let (folder, catalog, project) = try Self.projectAndKickoffPack()
        let root = folder.path
        try A.replace("      - kickoff\n", with: "", in: project + "/.pmo/lock.yaml")
        try A.write(project + "/.pmo/checklists/kickoff.yaml", "checklist: kickoff\nversion: [\n")
        let lockBefore = A.read(project + "/.pmo/lock.yaml")
        let added = try PMORunner.run(["new", "kickoff-pack", "proj", "--add", "--catalog", catalog, "--no-input"], in: root)
        #expect(added.status == 1, "\(added)")
        #expect(added.stderr.contains("proj/.pmo/checklists/kickoff.yaml:3:1: error:"), "\(added)")
        #expect(A.read(project + "/.pmo/lock.yaml") == lockBefore)
        #expect(!FileManager.default.fileExists(atPath: project + "/docs/kickoff.md"))
    }

    /// A catalog from `pmo init`, a project `proj` from its project-starter (which lists the kickoff checklist), and
    /// the add-on `kickoff-pack`, which lists it too.
    static func projectAndKickoffPack() throws -> (folder: TemporaryFolder, catalog: String, project: String) {
        let (folder, catalog) = try A.initializedCatalog()
        let made = try PMORunner.run(
            ["new", "project-starter", "proj", "--catalog", catalog, "--no-input", "--set", "project_name=ホライズン", "--set", "pm_name=山田花子"],
            in: folder.path)
        #expect(made.status == 0, "\(made)")
        try A.write(catalog + "/standards/templates/kickoff-pack/template.yaml", kickoffPack)
        try A.write(catalog + "/standards/templates/kickoff-pack/files/kickoff.md", "# キックオフ：{{project_name}}\n")
        return (folder, catalog, folder.path + "/proj")
    }

    /// An add-on template that lists the kickoff checklist.
    static let kickoffPack = """
        apiVersion: pmo/v1
        kind: Template
        metadata:
          name: kickoff-pack
          title: キックオフ一式
          description: キックオフの資料とチェックリストを追加するアドオンです。
          owner: pmo-office
          category: governance
          reviewed: 2026-12-01
          reviewEvery: 1y
          version: "1.0.0"
          changelog: [{version: "1.0.0", date: 2026-12-01, changes: 初版}]
        spec:
          parameters:
            - {name: project_name, title: プロジェクト名, type: string, required: true}
          files:
            - {source: kickoff.md, target: docs/kickoff.md}
          checklists: [checklist/kickoff]

        """

    /// `projects[0].templates[0].checklists[key]` of `pmo drift --format json`.
    static func checklistChanges(_ json: String, _ key: String) -> [String]? {
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let project = (object?["projects"] as? [[String: Any]])?.first
        let template = (project?["templates"] as? [[String: Any]])?.first
        return (template?["checklists"] as? [String: Any])?[key] as? [String]
    }

    static let riskReview = """
        apiVersion: pmo/v1
        kind: Checklist
        metadata:
          name: risk-review
          title: リスクレビュー
          description: 計画段階でリスクを洗い出し、対応と担当を決めたかを確認するチェックリストです。
          owner: pmo-office
          category: governance
          tags: [risk]
          version: "1.0.0"
          status: active
          reviewed: 2026-12-01
          reviewEvery: 180d
          changelog:
            - version: "1.0.0"
              date: 2026-12-01
              changes: 初版
        spec:
          items:
            - id: RR-01
              text: リスク登録簿がある
              phase: planning
              role: pm
              verify:
                assert: "exists('docs/risks.md')"
            - id: RR-02
              text: 主なリスクに対応と担当が決まっている
              phase: planning
              role: pm

        """
}
