import PMOCatalog
import PMOYAML
import Testing

/// The checks on `metadata`: slugs, unique names, versions and changelogs, status, dates.
@Suite("Metadata")
struct MetadataTests {
    private let file = "standards/pages/extra.yaml"

    /// A page whose metadata is exactly `metadata` (lines 4 onwards), with an inline body.
    private func page(_ metadata: String) -> String {
        "apiVersion: pmo/v1\nkind: Page\nmetadata:\n" + metadata + "spec:\n  body: 本文\n"
    }

    private let valid = """
          name: extra
          title: 追加ページ
          description: 説明です。
          owner: pmo-office
          category: governance
          version: "1.0.0"
          changelog:
            - {version: "1.0.0", date: 2026-01-15, changes: 初版}

        """

    @Test func validMetadataDecodes() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == [])
        let metadata = try #require(result.catalog.document(DocumentKey(kind: .page, name: "extra"))?.metadata)
        #expect(metadata.title == "追加ページ")
        #expect(metadata.version == Semver("1.0.0"))
        #expect(metadata.status == .active)
        #expect(metadata.changelog.first?.date == CalendarDate(year: 2026, month: 1, day: 15))
    }

    @Test func nameMustBeASlug() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid.replacingOccurrences(of: "name: extra", with: "name: Extra_Page")))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):4:9: error: name 'Extra_Page' is not a valid slug"])
        #expect(
            result.diagnostics.first?.help
                == "use lower-case ASCII letters, digits and '-', starting and ending with a letter or digit, at most 63 characters")
    }

    @Test func slugRules() {
        #expect(Metadata.isSlug("progress-report"))
        #expect(Metadata.isSlug("a"))
        #expect(Metadata.isSlug("r2d2"))
        #expect(Metadata.isSlug(String(repeating: "a", count: 63)))
        #expect(!Metadata.isSlug(String(repeating: "a", count: 64)))
        #expect(!Metadata.isSlug(""))
        #expect(!Metadata.isSlug("-lead"))
        #expect(!Metadata.isSlug("trail-"))
        #expect(!Metadata.isSlug("Upper"))
        #expect(!Metadata.isSlug("snake_case"))
        #expect(!Metadata.isSlug("進捗"))
    }

    @Test func duplicateNamePointsAtTheSecondAndNamesTheFirst() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/pages/zz-copy.yaml", page(valid.replacingOccurrences(of: "name: extra", with: "name: pmo-charter")))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/pages/zz-copy.yaml:4:9: error: duplicate name 'pmo-charter' for kind Page (first in standards/pages/pmo-charter.yaml:4:9)"
            ])
        #expect(result.diagnostics.first?.help == "names are unique per kind; rename one of them")
    }

    @Test func sameNameInTwoKindsIsAllowed() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid.replacingOccurrences(of: "name: extra", with: "name: kickoff")))
        #expect(catalog.summaries() == [])
    }

    @Test func unquotedFloatVersionSaysSoAndSuggestsQuoting() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid.replacingOccurrences(of: "version: \"1.0.0\"\n  changelog", with: "version: 1.0\n  changelog")))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):9:12: error: 'version' is a float (1.0), not a version string"])
        #expect(result.diagnostics.first?.help == "YAML reads 1.0 as a number; write a semantic version in quotes: version: \"1.0.0\"")
    }

    @Test func unquotedIntegerVersionSuggestsAFullVersion() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid.replacingOccurrences(of: "version: \"1.0.0\"\n  changelog", with: "version: 2\n  changelog")))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):9:12: error: 'version' is an integer (2), not a version string"])
        #expect(result.diagnostics.first?.help == "YAML reads 2 as a number; write a semantic version in quotes: version: \"2.0.0\"")
    }

    @Test func versionThatIsNotSemverIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            file, page(valid.replacingOccurrences(of: "version: \"1.0.0\"\n  changelog", with: "version: \"1.0\"\n  changelog")))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):9:12: error: '1.0' is not a semantic version (MAJOR.MINOR.PATCH)"])
        #expect(result.diagnostics.first?.help == "e.g. 1.2.0")
    }

    @Test func changelogMustHaveTheCurrentVersion() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            file, page(valid.replacingOccurrences(of: "version: \"1.0.0\"\n  changelog", with: "version: \"1.1.0\"\n  changelog")))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):11:5: error: the changelog has no entry for the current version 1.1.0"])
        #expect(result.diagnostics.first?.help == "add '- {version: 1.1.0, date: YYYY-MM-DD, changes: …}'")
    }

    @Test func versionOlderThanTheChangelogsNewestIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "    - {version: \"1.1.0\", date: 2026-02-01, changes: 追記}\n"))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(file):9:12: error: version 1.0.0 is older than the changelog's newest entry 1.1.0"])
        #expect(result.diagnostics.first?.help == "bump metadata.version to 1.1.0 or fix the changelog")
    }

    @Test func changelogEntryVersionIsCheckedToo() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "    - {version: 0.9, date: 2026-01-01, changes: 試作}\n"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):12:17: error: 'version' is a float (0.9), not a version string"])
    }

    @Test func deprecatedWithoutReplacementIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  status: deprecated\n"))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(file):12:11: error: a deprecated document must name its replacement in 'replacedBy'"])
        #expect(result.diagnostics.first?.help == "add replacedBy: KIND/NAME")
    }

    @Test func deprecatedWithAResolvingReplacementIsFine() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  status: deprecated\n  replacedBy: page/pmo-charter\n"))
        #expect(catalog.summaries() == [])
    }

    @Test func replacementThatDoesNotResolveIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  status: deprecated\n  replacedBy: page/pmo-chartr\n"))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "\(file):13:15: error: reference 'page/pmo-chartr' does not resolve: there is no Page named 'pmo-chartr'"
            ])
        #expect(result.diagnostics.first?.help == "did you mean `page/pmo-charter`?")
    }

    @Test func documentCannotReplaceItself() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  status: deprecated\n  replacedBy: page/extra\n"))
        #expect(catalog.summaries() == ["\(file):13:15: error: a document cannot replace itself"])
    }

    @Test func statusMustBeKnown() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  status: activ\n"))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == ["\(file):12:11: error: 'status' must be one of draft, active, deprecated, not 'activ'"])
        #expect(result.diagnostics.first?.help == "did you mean `active`?")
    }

    @Test func reviewedMustBeARealDate() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  reviewed: 2026-02-30\n"))
        #expect(catalog.summaries() == ["\(file):12:13: error: '2026-02-30' is not a real date (YYYY-MM-DD)"])
    }

    @Test func changelogDateMustBeARealDate() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid.replacingOccurrences(of: "date: 2026-01-15", with: "date: 2026-13-01")))
        #expect(catalog.summaries() == ["\(file):11:32: error: '2026-13-01' is not a real date (YYYY-MM-DD)"])
    }

    @Test func reviewEveryMustBeADuration() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  reviewed: 2026-01-15\n  reviewEvery: 6 months\n"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):13:16: error: reviewEvery '6 months' is not a duration"])
        #expect(result.diagnostics.first?.help == "write a number and d, w, m or y, e.g. 180d or 1y")
    }

    @Test func reviewDueComesFromReviewedAndReviewEvery() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid + "  reviewed: 2026-01-15\n  reviewEvery: 2w\n"))
        let result = try catalog.load()
        #expect(result.diagnostics.isEmpty)
        let metadata = result.catalog.document(DocumentKey(kind: .page, name: "extra"))?.metadata
        #expect(metadata?.reviewDue == CalendarDate(year: 2026, month: 1, day: 29))
    }

    @Test func stringFieldGivenANumberSuggestsQuoting() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, page(valid.replacingOccurrences(of: "title: 追加ページ", with: "title: 2026")))
        let result = try catalog.load()
        // Only the type error: the field is there, so it is not also reported missing.
        #expect(result.diagnostics.map(\.summary) == ["\(file):5:10: error: 'title' must be a string, not an integer"])
        #expect(result.diagnostics.last?.help == "quote it: title: \"2026\"")
    }
}
