import Foundation
import PMOCatalog
import PMOProject
import PMOTemplates
import PMOTestSupport
import Testing

@testable import PMODrift

/// `UpdatePlanner` and `UpdateWriter` on small projects with hand-made renders of two versions.
struct UpdatePlannerTests {
    static let v1 = Semver("1.0.0")!
    static let v2 = Semver("2.0.0")!

    static func rendered(_ version: Semver, _ files: [String: String], seeded: Set<String> = []) -> RenderedTemplate {
        RenderedTemplate(
            version: version,
            files: files.keys.sorted().map {
                RenderedTemplate.File(path: $0, policy: seeded.contains($0) ? .seeded : .managed, content: Array(files[$0]!.utf8))
            })
    }

    /// A project made from `base`, with the lock recording it, then `edits` applied (nil deletes).
    static func project(_ folder: TemporaryFolder, base: RenderedTemplate, edits: [String: String?] = [:]) throws -> LockedTemplate {
        try folder.write(".pmo/lock.yaml", "the old lock\n")
        for file in base.files { try folder.write(file.path, String(decoding: file.content, as: UTF8.self)) }
        for (path, text) in edits {
            if let text { try folder.write(path, text) } else { try FileManager.default.removeItem(atPath: folder.path + "/" + path) }
        }
        return LockedTemplate(
            name: "standard-project", version: base.version, commit: "abc", parameters: ResolvedParameters([]),
            files: base.files.map { LockedFile(path: $0.path, policy: $0.policy, sha256: $0.sha256) })
    }

    static func plan(
        _ folder: TemporaryFolder, _ locked: LockedTemplate, base: RenderedTemplate?, theirs: RenderedTemplate
    ) throws -> UpdatePlan {
        try UpdatePlanner(
            projectRoot: folder.path, locked: locked, base: base, theirs: theirs,
            parameters: ResolvedParameters([]), commit: "def"
        ).plan()
    }

    static func action(_ plan: UpdatePlan, _ path: String) -> FileUpdate.Action? {
        plan.files.first { $0.path == path }?.action
    }

    let old = rendered(
        v1,
        [
            "docs/report.md": "# 進捗報告書\n\n## 実績\n\n## 予定\n",
            "docs/charter.md": "# 憲章\n\n目的:\n",
            "docs/plan.md": "# 計画書\n",
            "docs/wbs.csv": "id,task\n",
            "docs/old.md": "# 廃止\n",
            "docs/old-edited.md": "# 廃止2\n",
            "README.md": "# README\n",
        ], seeded: ["README.md"])
    let new = rendered(
        v2,
        [
            "docs/report.md": "# 進捗報告書\n\n## 実績\n\n## 予定\n\n## 課題\n",
            "docs/charter.md": "# 憲章\n\n目的（必須）:\n",
            "docs/plan.md": "# 計画書\n\n## 体制\n",
            "docs/wbs.csv": "id,task\n",
            "docs/new.md": "# 新しい文書\n",
            "README.md": "# README v2\n",
        ], seeded: ["README.md"])

    @Test func classifiesEveryKindOfFile() throws {
        let folder = try TemporaryFolder()
        let locked = try Self.project(
            folder, base: old,
            edits: [
                "docs/report.md": "# 進捗報告書\n\n## 実績\n- チームの追記\n\n## 予定\n",  // merges cleanly
                "docs/charter.md": "# 憲章\n\n目的: 在庫の見える化\n",  // conflicts
                "docs/plan.md": nil,  // deleted by the team
                "docs/old-edited.md": "# 廃止2\nチームのメモ\n",  // dropped but modified
                "README.md": "# うちのREADME\n",  // seeded
            ])
        let plan = try Self.plan(folder, locked, base: old, theirs: new)
        #expect(Self.action(plan, "docs/report.md") == .cleanUpdate)
        #expect(Self.action(plan, "docs/charter.md") == .conflict)
        #expect(Self.action(plan, "docs/plan.md") == .kept)
        #expect(Self.action(plan, "docs/wbs.csv") == .unchanged)
        #expect(Self.action(plan, "docs/new.md") == .add)
        #expect(Self.action(plan, "docs/old.md") == .remove)
        #expect(Self.action(plan, "docs/old-edited.md") == .kept)
        #expect(Self.action(plan, "README.md") == nil, "seeded files are the team's and not part of the update")
        let report = try #require(plan.files.first { $0.path == "docs/report.md" }?.content)
        #expect(String(decoding: report, as: UTF8.self) == "# 進捗報告書\n\n## 実績\n- チームの追記\n\n## 予定\n\n## 課題\n")
        #expect(plan.newLock.version == Self.v2)
        #expect(plan.newLock.files.contains { $0.path == "docs/plan.md" }, "a deleted file stays managed so drift keeps reporting it")
        #expect(!plan.newLock.files.contains { $0.path == "docs/old-edited.md" })
        #expect(plan.newLock.files.first { $0.path == "README.md" }?.sha256 == old.file(at: "README.md")!.sha256)
    }

    @Test func applyingWritesMergedFilesAndConflictMarkers() throws {
        let folder = try TemporaryFolder()
        let locked = try Self.project(
            folder, base: old,
            edits: [
                "docs/report.md": "# 進捗報告書\n\n## 実績\n- チームの追記\n\n## 予定\n",
                "docs/charter.md": "# 憲章\n\n目的: 在庫の見える化\n",
                "docs/plan.md": nil,
            ])
        let plan = try Self.plan(folder, locked, base: old, theirs: new)
        try UpdateWriter(projectRoot: folder.path).apply([plan], lock: Array("the new lock\n".utf8))
        #expect(folder.read(".pmo/lock.yaml") == "the new lock\n", "the lock is written with the files")
        #expect(!folder.exists(".pmo/update-journal"), "the journal is gone once the update is complete")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/.pmo") == ["lock.yaml"], "no staging folder is left")
        #expect(folder.read("docs/charter.md") == "# 憲章\n\n<<<<<<< project\n目的: 在庫の見える化\n=======\n目的（必須）:\n>>>>>>> standard 2.0.0\n")
        #expect(folder.read("docs/new.md") == "# 新しい文書\n")
        #expect(!folder.exists("docs/old.md"))
        #expect(!folder.exists("docs/plan.md"), "a file the team deleted stays deleted")
        #expect(folder.read("README.md") == "# README\n")
        #expect(LeftoverConflicts.find(in: folder.path, templates: [plan.newLock]).map(\.line) == [3, 7])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/docs").filter { $0.hasPrefix(".pmo-update") }
        #expect(leftovers.isEmpty)
    }

    @Test func withoutABaseUnmodifiedFilesAreReplacedAndModifiedOnesConflictWhole() throws {
        let folder = try TemporaryFolder()
        let locked = try Self.project(folder, base: old, edits: ["docs/report.md": "# 進捗報告書\n\n## 実績\n- チームの追記\n\n## 予定\n"])
        let plan = try Self.plan(folder, locked, base: nil, theirs: new)
        #expect(Self.action(plan, "docs/charter.md") == .cleanUpdate)
        #expect(Self.action(plan, "docs/report.md") == .conflict)
        let text = String(decoding: try #require(plan.files.first { $0.path == "docs/report.md" }?.content), as: UTF8.self)
        #expect(text.hasPrefix("<<<<<<< project\n# 進捗報告書\n"))
        #expect(text.contains("- チームの追記"), "the team's edit is never silently overwritten")
        #expect(text.hasSuffix("## 課題\n>>>>>>> standard 2.0.0\n"))
    }

    @Test func aNewFileWhoseParentIsARegularFileStopsTheUpdateBeforeAnythingIsWritten() throws {
        // Stands in for a read-only project: tests run as root, so permissions would not stop the write.
        let folder = try TemporaryFolder()
        let locked = try Self.project(folder, base: old)
        try folder.write("docs/sub", "a regular file where the template wants a folder\n")
        var theirs = new
        theirs.files.append(.init(path: "docs/sub/new.md", policy: .managed, content: Array("x\n".utf8)))
        let plan = try Self.plan(folder, locked, base: old, theirs: theirs)
        #expect(throws: UpdateError.self) { try UpdateWriter(projectRoot: folder.path).apply([plan], lock: Array("the new lock\n".utf8)) }
        #expect(folder.read("docs/charter.md") == "# 憲章\n\n目的:\n", "nothing was replaced")
        #expect(folder.read(".pmo/lock.yaml") == "the old lock\n", "the lock was not replaced")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/.pmo") == ["lock.yaml"], "the staging folder is removed")
        #expect(folder.exists("docs/old.md"), "nothing was removed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/docs").filter { $0.hasPrefix(".pmo-update") }
        #expect(leftovers.isEmpty, "staged files are cleaned up")
    }

    @Test func aManagedPathThatIsNowAFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        let locked = try Self.project(folder, base: old, edits: ["docs/charter.md": nil])
        try FileManager.default.createDirectory(atPath: folder.path + "/docs/charter.md", withIntermediateDirectories: true)
        #expect(throws: UpdateError.notAFile(path: "docs/charter.md")) { try Self.plan(folder, locked, base: old, theirs: new) }
    }

    @Test func crlfProjectFileStaysCRLFAfterAMerge() throws {
        let folder = try TemporaryFolder()
        let locked = try Self.project(folder, base: old, edits: ["docs/report.md": "# 進捗報告書\r\n\r\n## 実績\r\n- 追記\r\n\r\n## 予定\r\n"])
        let plan = try Self.plan(folder, locked, base: old, theirs: new)
        let text = String(decoding: try #require(plan.files.first { $0.path == "docs/report.md" }?.content), as: UTF8.self)
        #expect(text == "# 進捗報告書\r\n\r\n## 実績\r\n- 追記\r\n\r\n## 予定\r\n\r\n## 課題\r\n")
    }
}
