import Foundation
import PMOTestSupport
import Testing

/// `pmo release`: the version line and one changelog entry change, nothing else; bad input is refused.
@Suite("Release command")
struct ReleaseCommandTests {
    typealias A = AdoptionTests

    @Test func onlyTheVersionLineAndTheNewChangelogEntryChange() throws {
        let (folder, catalog) = try A.initializedCatalog()
        let path = catalog + "/standards/checklists/kickoff.yaml"
        try A.replace("  tags: [kickoff]", with: "  tags: [kickoff]   # shown on the site\n# a comment that must survive", in: path)
        try A.replace(
            "    - id: KO-02", with: "    - id: KO-03\n      text: 体制図がある\n      phase: initiation\n      role: pm\n    - id: KO-02",
            in: path)
        let before = A.read(path)
        let released = try PMORunner.run(
            [
                "release", "checklist/kickoff", "--bump", "patch", "--note", "体制図の確認を追加: 新任PM向け",
                "--date", "2026-12-24", "--catalog", catalog,
            ], in: folder.path)
        #expect(released.status == 0, "\(released)")
        let after = A.read(path)
        let oldLines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(newLines.count == oldLines.count + 3, "\(after)")
        let changed = newLines.filter { !oldLines.contains($0) }
        #expect(
            changed == [
                "  version: \"1.0.1\"", "    - version: \"1.0.1\"", "      date: 2026-12-24", "      changes: \"体制図の確認を追加: 新任PM向け\"",
            ], "\(changed)")
        #expect(after.contains("# a comment that must survive") && after.contains("# shown on the site"))
        #expect(try PMORunner.run(["validate", "--catalog", catalog], in: folder.path).status == 0)
    }

    @Test func flowEntriesGetAFlowEntryAndAFlowSequenceIsRefusedOutsideGit() throws {
        let folder = try TemporaryFolder()
        let catalog = try DriftCommandTests.writeCatalog(folder)
        let released = try PMORunner.run(
            [
                "release", "template/mini", "--bump", "minor", "--note", "様式を刷新, 課題欄", "--date", "2026-03-01",
                "--catalog", catalog,
            ], in: folder.path)
        #expect(released.status == 0, "\(released)")
        #expect(released.stderr.contains("warning: the catalog is not in a git repository"), "a warning, not a failure: \(released)")
        let text = A.read(catalog + "/standards/templates/mini/template.yaml")
        #expect(text.contains("  version: \"1.1.0\"\n"), "\(text)")
        #expect(
            text.contains(
                "    - {version: \"1.0.0\", date: 2026-01-01, changes: 初版}\n    - {version: \"1.1.0\", date: 2026-03-01, changes: \"様式を刷新, 課題欄\"}\n"
            ), "\(text)")
        #expect(try PMORunner.run(["validate", "--catalog", catalog], in: folder.path).status == 0)

        let addon = catalog + "/standards/templates/addon/template.yaml"
        let before = A.read(addon)
        let refused = try PMORunner.run(
            ["release", "template/addon", "--bump", "patch", "--note", "x", "--catalog", catalog], in: folder.path)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("the changelog is a flow sequence"), "\(refused)")
        #expect(A.read(addon) == before)
    }

    @Test func aBlockChangelogWrittenNewestFirstGetsTheEntryOnTop() throws {
        let (folder, catalog) = try A.initializedCatalog()
        let path = catalog + "/standards/pages/using-this-catalog.yaml"
        try A.replace(
            "      changes: 初版\nspec:",
            with: "      changes: 初版\n    - version: \"0.9.0\"\n      date: 2026-01-02\n      changes: 草案\nspec:", in: path)
        let released = try PMORunner.run(
            [
                "release", "page/using-this-catalog", "--bump", "minor", "--note", "CIの節を追加", "--date", "2026-12-24",
                "--catalog", catalog,
            ], in: folder.path)
        #expect(released.status == 0, "\(released)")
        #expect(
            A.read(path).contains(
                "  changelog:\n    - version: \"1.1.0\"\n      date: 2026-12-24\n      changes: CIの節を追加\n    - version: \"1.0.0\""),
            "\(A.read(path))")
        #expect(try PMORunner.run(["validate", "--catalog", catalog], in: folder.path).status == 0)
    }

    @Test func badInputIsRefusedAndNothingChanges() throws {
        let (folder, catalog) = try A.initializedCatalog()
        let path = catalog + "/standards/templates/project-starter/template.yaml"
        let original = A.read(path)
        func release(_ arguments: [String]) throws -> PMORunner.Result {
            try PMORunner.run(["release"] + arguments + ["--catalog", catalog], in: folder.path)
        }
        let unknownKind = try release(["widget/project-starter", "--bump", "minor", "--note", "x"])
        #expect(unknownKind.status == 2 && unknownKind.stderr.contains("unknown kind 'widget'"), "\(unknownKind)")
        let unknownName = try release(["template/project-startr", "--bump", "minor", "--note", "x"])
        #expect(unknownName.status == 2 && unknownName.stderr.contains("did you mean template/project-starter?"), "\(unknownName)")
        let noSlash = try release(["project-starter", "--bump", "minor", "--note", "x"])
        #expect(noSlash.status == 2 && noSlash.stderr.contains("is not KIND/NAME"), "\(noSlash)")
        let badBump = try release(["template/project-starter", "--bump", "huge", "--note", "x"])
        #expect(badBump.status == 2 && badBump.stderr.contains("huge"), "\(badBump)")
        let badDate = try release(["template/project-starter", "--bump", "minor", "--note", "x", "--date", "2026-02-30"])
        #expect(badDate.status == 2 && badDate.stderr.contains("2026-02-30"), "\(badDate)")
        let emptyNote = try release(["template/project-starter", "--bump", "minor", "--note", "  "])
        #expect(emptyNote.status == 2, "\(emptyNote)")
        #expect(A.read(path) == original)

        // Nothing changed since the last release (the initial commit): a warning, and the release still happens.
        let unchanged = try release(["template/project-starter", "--bump", "patch", "--note", "誤字の修正"])
        #expect(unchanged.status == 0, "\(unchanged)")
        #expect(unchanged.stderr.contains("warning: template/project-starter has not changed since its last release"), "\(unchanged)")

        // Version and changelog disagree: refused with the position of the version.
        try A.replace("  version: \"1.0.1\"", with: "  version: \"1.0.2\"", in: path)
        let disagreeing = A.read(path)
        let refused = try release(["template/project-starter", "--bump", "minor", "--note", "x"])
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stderr.contains("template.yaml:10:12: error: metadata.version is 1.0.2 but the changelog has no entry for it"),
            "\(refused)")
        #expect(A.read(path) == disagreeing)
    }
}
