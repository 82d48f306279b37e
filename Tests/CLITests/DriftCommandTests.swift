import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo drift` and `pmo update` on a small catalog with two versions of a template.
@Suite("Drift and update commands")
struct DriftCommandTests {
    static let meta = "owner: pmo, category: planning"

    /// A catalog with templates `mini` (two managed files, one seeded) and `addon`, at version 1.0.0.
    static func writeCatalog(_ folder: TemporaryFolder, at name: String = "cat") throws -> String {
        try folder.write(
            "\(name)/catalog/catalog.yaml",
            """
            apiVersion: pmo/v1
            kind: Catalog
            metadata: {name: mini-pmo, title: 小さいカタログ, description: テスト, owner: pmo, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec:
              organization: テスト
              owners: [{id: pmo, name: PMO}]
              taxonomy: {categories: [{id: planning, title: 計画}]}

            """)
        try folder.write("\(name)/standards/templates/mini/template.yaml", miniTemplate(version: "1.0.0", changelog: ""))
        try folder.write("\(name)/standards/templates/mini/files/report.md", "# 進捗報告書：{{project_name}}\n\n## 今週の実績\n\n## 来週の予定\n")
        try folder.write("\(name)/standards/templates/mini/files/charter.md", "# 憲章\n\n目的：TBD\n\n担当：{{project_name}}\n")
        try folder.write("\(name)/standards/templates/mini/files/README.md", "# {{project_name}}\n")
        try folder.write(
            "\(name)/standards/templates/addon/template.yaml",
            """
            apiVersion: pmo/v1
            kind: Template
            metadata: {name: addon, title: 追加, description: テスト, \(meta), version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec:
              parameters:
                - {name: project_name, title: プロジェクト名, type: string, required: true}
              files:
                - {source: addon.md, target: docs/addon.md}

            """)
        try folder.write("\(name)/standards/templates/addon/files/addon.md", "# 追加文書\n\n版：1\n")
        return folder.path + "/" + name
    }

    static func miniTemplate(version: String, changelog: String, extraFile: String = "") -> String {
        """
        apiVersion: pmo/v1
        kind: Template
        metadata:
          name: mini
          title: 小さい
          description: テスト
          \(meta.replacingOccurrences(of: ", ", with: "\n  "))
          version: "\(version)"
          changelog:
            - {version: "1.0.0", date: 2026-01-01, changes: 初版}
        \(changelog)
        spec:
          parameters:
            - {name: project_name, title: プロジェクト名, type: string, required: true}
          files:
            - {source: report.md, target: docs/report.md}
            - {source: charter.md, target: docs/charter.md}
            - {source: README.md, target: README.md, policy: seeded}
        \(extraFile)
        """
    }

    /// Moves `mini` to 1.1.0: a new section in the report, a changed charter line, one new file.
    static func bump(_ catalog: String) throws {
        try Data(
            miniTemplate(
                version: "1.1.0", changelog: "    - {version: \"1.1.0\", date: 2026-02-01, changes: 課題欄を追加}",
                extraFile: "    - {source: risks.md, target: docs/risks.md}"
            ).utf8
        )
        .write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/template.yaml"))
        try Data("# 進捗報告書：{{project_name}}\n\n## 今週の実績\n\n## 来週の予定\n\n## 課題\n".utf8)
            .write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/files/report.md"))
        try Data("# 憲章\n\n目的（必須）：TBD\n\n担当：{{project_name}}\n".utf8)
            .write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/files/charter.md"))
        try Data("# リスク\n".utf8).write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/files/risks.md"))
    }

    static func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "-c", "user.email=pmo@example.co.jp", "-c", "user.name=PMO"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    static func commitAll(_ catalog: String, _ message: String) throws {
        try git(["add", "-A"], in: catalog)
        try git(["commit", "-q", "-m", message], in: catalog)
    }

    /// A catalog (in git when `git`), a project `proj` made from mini 1.0.0, then the catalog moved to 1.1.0.
    static func scenario(git useGit: Bool = true) throws -> (folder: TemporaryFolder, catalog: String, project: String) {
        let folder = try TemporaryFolder()
        let catalog = try writeCatalog(folder)
        if useGit {
            try git(["init", "-q"], in: catalog)
            try commitAll(catalog, "v1")
        }
        let made = try PMORunner.run(
            ["new", "mini", "proj", "--catalog", catalog, "--no-input", "--set", "project_name=在庫"], in: folder.path)
        #expect(made.status == 0, "\(made)")
        try bump(catalog)
        if useGit { try commitAll(catalog, "v1.1") }
        return (folder, catalog, folder.path + "/proj")
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func driftShowsModifiedDeletedAndTheChangelogInBetween() throws {
        let (folder, catalog, project) = try Self.scenario()
        try folder.write("proj/docs/charter.md", "# 憲章\n\n目的：在庫を減らす\n\n担当：在庫\n")
        try FileManager.default.removeItem(atPath: project + "/docs/report.md")
        try folder.write("proj/README.md", "# 私たちの README\n")
        let result = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                proj
                  mini 1.0.0 → 1.1.0 (1 version behind)
                    1.0.0 → 1.1.0: 課題欄を追加
                    deleted   docs/report.md
                    modified  docs/charter.md
                    new file           docs/risks.md (pmo update creates it)
                    0 of 2 managed files unchanged

                """)
        for (condition, status) in [("modified", 1), ("deleted", 1), ("behind", 1), ("lint", 0)] as [(String, Int32)] {
            let gated = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint", "--fail-on", condition], in: folder.path)
            #expect(gated.status == status, "--fail-on \(condition): \(gated)")
        }
        let json = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--format", "json", "--no-lint"], in: folder.path)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let template = ((object?["projects"] as? [[String: Any]])?.first?["templates"] as? [[String: Any]])?.first
        #expect(template?["current"] as? String == "1.1.0")
        #expect(template?["versionsBehind"] as? Int == 1)
        #expect(template?["addedFiles"] as? [String] == ["docs/risks.md"])
    }

    @Test func driftSaysWhenTheNewVersionsFilesAreNotKnown() throws {
        let (folder, catalog, _) = try Self.scenario(git: false)
        // The catalog's version needs a parameter the project never gave and that has no default.
        let template = try #require(Self.read(catalog + "/standards/templates/mini/template.yaml"))
            .replacingOccurrences(of: "version: \"1.1.0\"", with: "version: \"1.2.0\"")
            .replacingOccurrences(
                of: "  parameters:\n", with: "  parameters:\n    - {name: owner_name, title: 担当者, type: string, required: true}\n")
        try folder.write("cat/standards/templates/mini/template.yaml", template)
        let result = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.contains("new files          not known: the new version does not render with the recorded values ("), "\(result)")
        #expect(result.stdout.contains("owner_name"), "\(result)")
    }

    @Test func unknownFailOnConditionIsAUsageError() throws {
        let (folder, catalog, _) = try Self.scenario(git: false)
        let result = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--fail-on", "modifed"], in: folder.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown condition 'modifed'"))
    }

    @Test func corruptLockIsAnErrorAtItsPosition() throws {
        let (folder, catalog, project) = try Self.scenario(git: false)
        var lock = try #require(Self.read(project + "/.pmo/lock.yaml"))
        lock = lock.replacingOccurrences(of: "policy: managed", with: "policy: manged")
        try folder.write("proj/.pmo/lock.yaml", lock)
        let line = try #require(lock.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("manged") }) + 1
        for command in [["drift"], ["update"]] {
            let result = try PMORunner.run(command + ["proj", "--catalog", catalog], in: folder.path)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("proj/.pmo/lock.yaml:\(line):"), "\(result)")
            #expect(result.stderr.contains("manged"))
        }
    }

    @Test func lockNamingATemplateTheCatalogNoLongerHasIsAnError() throws {
        let (folder, catalog, project) = try Self.scenario(git: false)
        let lock = try #require(Self.read(project + "/.pmo/lock.yaml")).replacingOccurrences(of: "name: mini", with: "name: retired")
        try folder.write("proj/.pmo/lock.yaml", lock)
        let drift = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(drift.status == 1)
        #expect(drift.stdout.contains("retired 1.0.0 (not in the catalog)"))
        #expect(drift.stderr.contains("the catalog has no template 'retired'"))
        let update = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(update.status == 1)
        #expect(update.stderr.contains("the catalog has no template 'retired' (it has: addon, mini)"), "\(update)")
    }

    @Test func updateToAVersionThatDoesNotExistListsTheAvailableOnes() throws {
        let (folder, catalog, _) = try Self.scenario()
        let result = try PMORunner.run(["update", "proj", "--catalog", catalog, "--to", "1.7.0"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("template 'mini' has no version 1.7.0; available versions: 1.0.0, 1.1.0"), "\(result)")
    }

    @Test func updateMergesTheTeamsEditAndTheStandardsChangeAndWritesConflicts() throws {
        let (folder, catalog, project) = try Self.scenario()
        try folder.write("proj/docs/report.md", "# 進捗報告書：在庫\n\n## 今週の実績\n- 棚卸し完了\n\n## 来週の予定\n")
        try folder.write("proj/docs/charter.md", "# 憲章\n\n目的：在庫を減らす\n\n担当：在庫\n")
        let dry = try PMORunner.run(["update", "proj", "--catalog", catalog, "--dry-run"], in: folder.path)
        #expect(dry.status == 1, "conflicts expected: \(dry)")
        #expect(dry.stdout.contains("clean update docs/report.md"))
        #expect(dry.stdout.contains("conflict     docs/charter.md (lines 3-7)"))
        #expect(dry.stdout.contains("add          docs/risks.md"))
        #expect(Self.read(project + "/docs/risks.md") == nil, "a dry run writes nothing")

        let result = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(Self.read(project + "/docs/report.md") == "# 進捗報告書：在庫\n\n## 今週の実績\n- 棚卸し完了\n\n## 来週の予定\n\n## 課題\n")
        #expect(
            Self.read(project + "/docs/charter.md")
                == "# 憲章\n\n<<<<<<< project\n目的：在庫を減らす\n=======\n目的（必須）：TBD\n>>>>>>> standard 1.1.0\n\n担当：在庫\n")
        #expect(Self.read(project + "/docs/risks.md") == "# リスク\n")
        #expect(Self.read(project + "/.pmo/lock.yaml")?.contains("version: 1.1.0") == true)

        let again = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("docs/charter.md:3"), "leftover markers are listed: \(again)")
        #expect(again.stderr.contains("docs/charter.md:7"))
    }

    @Test func withoutGitHistoryModifiedFilesGetWholeFileConflictsAndUnmodifiedOnesAreReplaced() throws {
        let (folder, catalog, project) = try Self.scenario(git: false)
        try folder.write("proj/docs/report.md", "# 進捗報告書：在庫\n\n## 今週の実績\n- 棚卸し完了\n\n## 来週の予定\n")
        let result = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("the catalog is not a git repository"))
        #expect(Self.read(project + "/docs/charter.md") == "# 憲章\n\n目的（必須）：TBD\n\n担当：在庫\n")
        let report = try #require(Self.read(project + "/docs/report.md"))
        #expect(report.hasPrefix("<<<<<<< project\n# 進捗報告書：在庫\n"))
        #expect(report.contains("- 棚卸し完了"), "the team's edit is kept")
        #expect(report.hasSuffix("## 課題\n>>>>>>> standard 1.1.0\n"))
    }

    @Test func updateLeavesProjectAndLockUntouchedWhenAFileCannotBeWritten() throws {
        // Stands in for a read-only file: the tests run as root, so chmod would not stop a write; a new file
        // whose parent path is a regular file cannot be created by anyone.
        let (folder, catalog, project) = try Self.scenario()
        var template = try #require(Self.read(catalog + "/standards/templates/mini/template.yaml"))
        template = template.replacingOccurrences(of: "target: docs/risks.md", with: "target: docs/extra/risks.md")
        try Data(template.utf8).write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/template.yaml"))
        try Self.commitAll(catalog, "risks in a folder")
        try folder.write("proj/docs/extra", "the team's file where the new version wants a folder\n")
        let lockBefore = Self.read(project + "/.pmo/lock.yaml")
        let result = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("docs/extra/risks.md: cannot be written"), "\(result)")
        #expect(Self.read(project + "/.pmo/lock.yaml") == lockBefore, "the lock is not rewritten")
        #expect(Self.read(project + "/docs/report.md") == "# 進捗報告書：在庫\n\n## 今週の実績\n\n## 来週の予定\n", "no file was replaced")
    }

    @Test func eachTemplateOfAProjectUpdatesOnItsOwn() throws {
        let (folder, catalog, project) = try Self.scenario()
        let added = try PMORunner.run(["new", "addon", "proj", "--add", "--catalog", catalog, "--no-input"], in: folder.path)
        #expect(added.status == 0, "\(added)")
        // Move addon to 1.1.0 as well.
        var addon = try #require(Self.read(catalog + "/standards/templates/addon/template.yaml"))
        addon = addon.replacingOccurrences(
            of: "version: \"1.0.0\", changelog: [",
            with: "version: \"1.1.0\", changelog: [{version: \"1.1.0\", date: 2026-03-01, changes: 版を改訂}, ")
        try Data(addon.utf8).write(to: URL(fileURLWithPath: catalog + "/standards/templates/addon/template.yaml"))
        try Data("# 追加文書\n\n版：2\n".utf8).write(to: URL(fileURLWithPath: catalog + "/standards/templates/addon/files/addon.md"))
        try Self.commitAll(catalog, "addon 1.1")

        let drift = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(drift.stdout.contains("mini 1.0.0 → 1.1.0"))
        #expect(drift.stdout.contains("addon 1.0.0 → 1.1.0"))

        let onlyAddon = try PMORunner.run(["update", "proj", "--catalog", catalog, "--template", "addon"], in: folder.path)
        #expect(onlyAddon.status == 0, "\(onlyAddon)")
        #expect(Self.read(project + "/docs/addon.md") == "# 追加文書\n\n版：2\n")
        #expect(Self.read(project + "/docs/report.md") == "# 進捗報告書：在庫\n\n## 今週の実績\n\n## 来週の予定\n", "mini is left alone")
        let after = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(after.stdout.contains("addon 1.1.0 (current)"), "\(after)")
        #expect(after.stdout.contains("mini 1.0.0 → 1.1.0"))

        let mini = try PMORunner.run(["update", "proj", "--catalog", catalog, "--template", "mini"], in: folder.path)
        #expect(mini.status == 0, "\(mini)")
        #expect(Self.read(project + "/docs/report.md")?.hasSuffix("## 課題\n") == true)
    }

    @Test func fleetListsEveryProjectAndTotalsByVersion() throws {
        let (folder, catalog, _) = try Self.scenario(git: false)
        try FileManager.default.createDirectory(atPath: folder.path + "/fleet", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder.path + "/proj", toPath: folder.path + "/fleet/a")
        try FileManager.default.createDirectory(atPath: folder.path + "/fleet/team", withIntermediateDirectories: true)
        let made = try PMORunner.run(
            ["new", "mini", "fleet/team/b", "--catalog", catalog, "--no-input", "--set", "project_name=販売"], in: folder.path)
        #expect(made.status == 0, "\(made)")
        try folder.write("fleet/node_modules/x/.pmo/lock.yaml", "not: scanned\n")
        try folder.write("fleet/a/docs/charter.md", "edited\n")
        let result = try PMORunner.run(["drift", "--fleet", "fleet", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                PROJECT  TEMPLATE    BEHIND  MODIFIED  DELETED  LINT ERRORS  CHECKLISTS
                a        mini@1.0.0  1       1         0        -            -
                team/b   mini@1.1.0  0       0         0        -            -

                TEMPLATE  VERSION          PROJECTS
                mini      1.1.0 (current)  1
                mini      1.0.0            1
                2 projects

                """)
        let json = try PMORunner.run(["drift", "--fleet", "fleet", "--catalog", catalog, "--format", "json", "--no-lint"], in: folder.path)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["projects"] as? [Any])?.count == 2)
        #expect((object?["totals"] as? [Any])?.count == 2)
    }
}
