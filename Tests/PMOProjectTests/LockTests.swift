import PMOCatalog
import PMOProject
import PMOYAML
import Testing

@Suite struct LockTests {
    static let lock = Lock(
        catalog: Lock.CatalogInfo(name: "acme", version: "1.3.0", commit: "d2b26aa0c37240620e236562f19f526f5826388e"),
        templates: [
            Lock.TemplateEntry(
                name: "standard-project", version: "2.1.0",
                parameters: ResolvedParameters([
                    ("project_name", .string("true")), ("code", .string("0777")), ("team_size", .int(5)),
                    ("outsourcing", .bool(false)), ("start", .date(CalendarDate(year: 2026, month: 4, day: 1))),
                    ("members", .list(["佐藤", "- 鈴木", "a: b"])), ("empty", .list([])),
                ]),
                checklists: ["kickoff"], rules: ["project-standard"],
                files: [Lock.FileEntry(path: "docs/01_憲章.md", policy: .managed, sha256: String(repeating: "a", count: 64))]),
            Lock.TemplateEntry(
                name: "outsourcing-addon", version: "1.1.0", parameters: ResolvedParameters([]),
                files: [Lock.FileEntry(path: "docs/x.csv", policy: .seeded, sha256: String(repeating: "0", count: 64))]),
        ])

    @Test func lockRoundTripsThroughTheStrictLoader() throws {
        let text = Self.lock.yaml()
        #expect(try LockLoader().load(text) == Self.lock)
        #expect(text.contains("project_name: \"true\""))
        #expect(text.contains("template: standard-project"))
    }

    @Test func lockErrorsPointAtTheirPosition() throws {
        let text = Self.lock.yaml().replacingOccurrences(of: "policy: seeded", with: "policy: owned")
        do {
            _ = try LockLoader().load(text, path: "proj/.pmo/lock.yaml")
            Issue.record("expected an error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message == "policy 'owned' is not managed or seeded")
            #expect(diagnostic.file == "proj/.pmo/lock.yaml")
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("policy: owned") }.map {
                $0 + 1
            }
            #expect(diagnostic.range?.start.line == line)
        }
    }

    @Test func lockWithoutTemplatesOrVersionIsAnError() throws {
        do {
            _ = try LockLoader().load("catalog: {name: a, version: 1.0.0}\n")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "missing required field 'lockVersion' in the lock file", "missing required field 'templates' in the lock file",
                ])
        }
    }
}

@Suite struct YAMLWriterTests {
    static let awkward = [
        "true", "False", "null", "~", "", " lead", "trail ", "1.0", "0x1F", "0o17", "-5", "1e3", ".inf", "yes", "0777",
        "a: b", "a #b", "#c", "- x", "[x]", "{x}", "*ref", "&anchor", "!tag", "|", ">", "'q'", "\"q\"", "%", "@", "`",
        "line\nbreak", "tab\there", "bell\u{7}", "日本語: 値", "2026-04-01", "key:", "?", "プロジェクト名",
    ]

    @Test func everyStringReadsBackAsTheSameString() throws {
        let node = Node(
            entries: Self.awkward.enumerated().map { ("k\($0.offset)", Node(string: $0.element)) }
                + [
                    ("list", Node(list: Self.awkward.map { Node(string: $0) })),
                    ("nested", Node(list: [Node(entries: [("a", Node(int: 1)), ("b", Node(list: []))])])),
                ])
        let text = YAMLWriter.document(node, comment: "header")
        let root = try #require(try YAMLLoader().load(text).documents.first)
        for (index, value) in Self.awkward.enumerated() {
            #expect(root["k\(index)"]?.string == value, "k\(index): \(value)")
        }
        #expect(root["list"]?.sequence?.compactMap(\.string) == Self.awkward)
        #expect(root["nested"]?.sequence?.first?["a"]?.scalar?.value == .int(1))
        #expect(root["nested"]?.sequence?.first?["b"]?.sequence?.isEmpty == true)
        #expect(text.hasPrefix("# header\n"))
    }

    @Test func keysThatNeedQuotesAreQuoted() throws {
        let node = Node(entries: [("true", Node(bool: true)), ("a: b", Node(int: 2))])
        let root = try #require(try YAMLLoader().load(YAMLWriter.document(node)).documents.first)
        #expect(root["true"]?.scalar?.value == .bool(true))
        #expect(root["a: b"]?.scalar?.value == .int(2))
    }
}
