import PMOCatalog
import PMOYAML
import Testing

@testable import PMOAuthoring

/// The textual release edit, the version bump and the taxonomy answers of `pmo init`.
@Suite("Release edit and init settings")
struct ReleaseEditorTests {
    func edit(_ text: String, to version: String, note: String = "追加") throws -> String {
        let root = try #require(try YAMLLoader().load(text, path: "doc.yaml").documents.first)
        let edited = try ReleaseEditor(bytes: Array(text.utf8), root: root, file: "doc.yaml")
            .edit(to: try #require(Semver(version)), date: try #require(CalendarDate("2026-12-24")), note: note)
        return String(decoding: edited, as: UTF8.self)
    }

    @Test func bumpsResetTheLowerPartsAndDropPrereleases() throws {
        let version = try #require(Semver("1.2.3"))
        #expect(VersionBump.major.apply(to: version).description == "2.0.0")
        #expect(VersionBump.minor.apply(to: version).description == "1.3.0")
        #expect(VersionBump.patch.apply(to: version).description == "1.2.4")
        #expect(VersionBump.patch.apply(to: try #require(Semver("1.3.0-rc.1"))).description == "1.3.0")
    }

    @Test func keepsQuotingCommentsAndAppendsAfterABlockScalar() throws {
        let text = """
            metadata:
              version: '1.0.0'   # bump with pmo release
              changelog:
                - version: '1.0.0'
                  date: 2026-01-01
                  changes: |
                    初版
            # trailing comment
            spec: {}

            """
        let edited = try edit(text, to: "1.1.0")
        #expect(
            edited == """
                metadata:
                  version: '1.1.0'   # bump with pmo release
                  changelog:
                    - version: '1.0.0'
                      date: 2026-01-01
                      changes: |
                        初版
                    - version: '1.1.0'
                      date: 2026-12-24
                      changes: 追加
                # trailing comment
                spec: {}

                """)
    }

    @Test func aFileWithoutAFinalLineBreakGetsOne() throws {
        let edited = try edit(
            "metadata:\n  version: 1.0.0\n  changelog:\n    - {version: 1.0.0, date: 2026-01-01, changes: x}", to: "2.0.0", note: "a: b")
        #expect(
            edited
                == "metadata:\n  version: 2.0.0\n  changelog:\n    - {version: 1.0.0, date: 2026-01-01, changes: x}\n    - {version: 2.0.0, date: 2026-12-24, changes: \"a: b\"}\n"
        )
    }

    @Test func aCRLFFileKeepsCRLFInTheNewEntry() throws {
        let text =
            "metadata:\r\n  version: \"1.0.0\"\r\n  changelog:\r\n    - version: \"1.0.0\"\r\n      date: 2026-01-01\r\n      changes: x\r\nspec: {}\r\n"
        #expect(
            try edit(text, to: "1.0.1")
                == "metadata:\r\n  version: \"1.0.1\"\r\n  changelog:\r\n    - version: \"1.0.0\"\r\n      date: 2026-01-01\r\n      changes: x\r\n"
                + "    - version: \"1.0.1\"\r\n      date: 2026-12-24\r\n      changes: 追加\r\nspec: {}\r\n")
    }

    @Test func taxonomyAnswersAreSlugsWithTitles() {
        #expect(
            CatalogSettings.terms(from: "risk-issue:リスク・課題, quality") == [
                .init(id: "risk-issue", title: "リスク・課題"), .init(id: "quality", title: "quality"),
            ])
        #expect(CatalogSettings.terms(from: "Risk:リスク") == nil)
        #expect(CatalogSettings.terms(from: "a, a") == nil)
        #expect(CatalogSettings.terms(from: " , ") == nil)
    }
}
