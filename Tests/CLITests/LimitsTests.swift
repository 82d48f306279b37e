import Foundation
import PMOTestSupport
import Testing

/// Every user-facing limit of docs/limits.md hit through the built `pmo`: the message and the exit status
/// a user sees. `limitsDocumentNamesATestForEveryLimit` keeps the page and these tests together.
@Suite("Limits")
struct LimitsTests {
    // MARK: YAML, set from the environment

    @Test func inputSizeFromTheEnvironment() throws {
        let folder = try TemporaryFolder()
        try folder.write("big.yaml", String(repeating: "a: 1\n", count: 30))
        let result = try PMORunner.run(
            ["convert", "--to", "json", "big.yaml"], in: folder.path, environment: ["PMO_MAX_INPUT_BYTES": "100"])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr.hasPrefix(
                "big.yaml: error: file is 150 bytes, over the input limit of 100 bytes\n   = help: split the file, or raise the limit with PMO_MAX_INPUT_BYTES"
            ), "\(result)")
    }

    @Test func depthFromTheEnvironment() throws {
        let folder = try TemporaryFolder()
        try folder.write("deep.yaml", "a:\n  b:\n    c:\n      d:\n        e:\n          f: 1\n")
        let limited = try PMORunner.run(["convert", "--to", "json", "deep.yaml"], in: folder.path, environment: ["PMO_MAX_DEPTH": "5"])
        #expect(limited.status == 1, "\(limited)")
        #expect(
            limited.stderr.hasPrefix(
                "deep.yaml:6:11: error: nesting is deeper than 5 levels (depth limit)\n   6 |           f: 1\n     |           ^"),
            "\(limited)")
        let ignored = try PMORunner.run(["convert", "--to", "json", "deep.yaml"], in: folder.path, environment: ["PMO_MAX_DEPTH": "many"])
        #expect(ignored.status == 0, "a value that is not a positive integer keeps the default: \(ignored)")
    }

    @Test func aliasBudgetFromTheEnvironment() throws {
        let folder = try TemporaryFolder()
        try folder.write("lol.yaml", "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n")
        let limited = try PMORunner.run(
            ["convert", "--to", "json", "lol.yaml"], in: folder.path, environment: ["PMO_MAX_ALIAS_NODES": "10"])
        #expect(limited.status == 1, "\(limited)")
        #expect(
            limited.stderr.hasPrefix(
                """
                lol.yaml:2:16: error: aliases expand to more than 10 nodes (alias budget); is this a 'billion laughs' document?
                   2 | b: &b [*a, *a, *a]
                     |                ^~
                """), "\(limited)")
        let unlimited = try PMORunner.run(["convert", "--to", "json", "lol.yaml"], in: folder.path)
        #expect(unlimited.status == 0, "\(unlimited)")
    }

    /// The reproduction of issue 15: a 230 KB file with one 100 KB string used through 10,000 aliases
    /// took 7.6 s and 2 GB in `pmo convert`; it is now a quick error at the alias past the byte budget.
    @Test func aliasByteBudgetFromTheEnvironment() throws {
        let folder = try TemporaryFolder()
        let aliases = Array(repeating: "*s", count: 10_000).joined(separator: ", ")
        try folder.write("wide.yaml", "s: &s \(String(repeating: "x", count: 100_000))\nl: [\(aliases)]\n")
        let started = ContinuousClock.now
        let refused = try PMORunner.run(["convert", "--to", "json", "wide.yaml"], in: folder.path)
        #expect(ContinuousClock.now - started < .seconds(5), "refused at once, not after expanding a gigabyte")
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stderr.hasPrefix(
                "wide.yaml:2:169: error: aliases expand to more than 4194304 bytes of text (alias byte budget); '*s' alone is 100000 bytes\n"
            ), "\(refused)")
        try folder.write("small.yaml", "a: &a [xxxx, yyyy]\nb: [*a, *a, *a]\n")
        let limited = try PMORunner.run(
            ["convert", "--to", "json", "small.yaml"], in: folder.path, environment: ["PMO_MAX_ALIAS_BYTES": "20"])
        #expect(limited.status == 1, "\(limited)")
        #expect(
            limited.stderr.hasPrefix(
                """
                small.yaml:2:13: error: aliases expand to more than 20 bytes of text (alias byte budget); '*a' alone is 8 bytes
                   2 | b: [*a, *a, *a]
                     |             ^~
                """), "\(limited)")
        let unlimited = try PMORunner.run(["convert", "--to", "json", "small.yaml"], in: folder.path)
        #expect(unlimited.status == 0, "\(unlimited)")
    }

    // MARK: Expressions

    @Test func expressionParseLimitsThroughEval() throws {
        let long = try PMORunner.run(["eval", "'" + String(repeating: "a", count: 100_000) + "'"])
        #expect(long.status == 2, "\(long)")
        #expect(long.stderr.hasPrefix("<expr>:1:1: error: expression is too long (100002 characters; the limit is 100000)"))
        let deep = try PMORunner.run(["eval", String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201)])
        #expect(deep.status == 2, "\(deep)")
        #expect(deep.stderr.hasPrefix("<expr>:1:201: error: expression is nested too deeply (the limit is 200 levels)"))
    }

    // MARK: Rules

    /// A catalog whose rule set `limits` reads `big.md` with `read()` and matches `slow.txt` with `file-matches`,
    /// and a project `proj` using it.
    static func rulesProject(big: Int, slow: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let metadata =
            "owner: pmo, category: governance, version: \"1.0.0\", changelog: [{version: \"1.0.0\", date: 2026-01-01, changes: first}]"
        try folder.write("cat/catalog/catalog.yaml", LintCommandTests.manifest)
        try folder.write(
            "cat/standards/templates/basic/template.yaml",
            """
            apiVersion: pmo/v1
            kind: Template
            metadata: {name: basic, title: Basic, description: A basic project, \(metadata)}
            spec:
              files: [{source: README.md, target: README.md}]
              rules: [ruleset/limits]

            """)
        try folder.write("cat/standards/templates/basic/files/README.md", "# README\n")
        try folder.write(
            "cat/standards/rules/limits.yaml",
            """
            apiVersion: pmo/v1
            kind: RuleSet
            metadata: {name: limits, title: Limits, description: Rules that hit limits, \(metadata)}
            spec:
              target: project
              rules:
                - {id: big-read, severity: error, title: The big file has content, assert: "read('big.md').size() > 0"}
                - {id: slow-pattern, severity: error, title: The slow file matches, check: {type: file-matches, path: slow.txt, pattern: '^(a|aa)+$'}}

            """)
        try folder.write("proj/.pmo/lock.yaml", ContainmentTests.lock(template: "basic"))
        try folder.write("proj/big.md", String(repeating: "x", count: big))
        try folder.write("proj/slow.txt", slow)
        return folder
    }

    @Test func rulesFileReadLimit() throws {
        let folder = try Self.rulesProject(big: 4 << 20 + 1, slow: String(repeating: "x", count: 4 << 20 + 1))
        let result = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                "proj: error: [limits/big-read] rule could not be evaluated: 'assert' failed: 1:1: file 'big.md' is larger than the read limit of 4194304 bytes\n"
            ), "\(result)")
        #expect(
            result.stdout.contains(
                "proj: error: [limits/slow-pattern] rule could not be evaluated: file 'slow.txt' is larger than the read limit of 4194304 bytes\n"
            ), "\(result)")
        // What read() returns is an expression string, so it must also fit the 1,000,000-byte string limit.
        let overStringLimit = try Self.rulesProject(big: 1_000_001, slow: "aa\n")
        let refused = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: overStringLimit.path)
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stdout.contains(
                "proj: error: [limits/big-read] rule could not be evaluated: 'assert' failed: 1:1: string of size 1000001 exceeds the limit of 1000000\n"
            ), "\(refused)")
        // ...and the cost budget charges the string's size each time it is produced or walked.
        let atOneMillion = try Self.rulesProject(big: 1_000_000, slow: "aa\n")
        let overBudget = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: atOneMillion.path)
        #expect(
            overBudget.stdout.contains(
                "proj: error: [limits/big-read] rule exceeded its budget: 'assert' spent more than 1000000 cost units\n"), "\(overBudget)")
        let withinBudget = try Self.rulesProject(big: 400_000, slow: "aa\n")
        let passes = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: withinBudget.path)
        #expect(passes.status == 0, "a file of 400,000 bytes is read whole: \(passes)")
    }

    /// A rule whose expression runs past the time limit is an error finding and `pmo lint` exits 1,
    /// even for a warning rule whose assertion ends in `|| true` (which absorbs ordinary errors).
    @Test func expressionTimeLimitIsALintFinding() throws {
        let folder = try Self.rulesProject(big: 1, slow: String(repeating: "a", count: 40) + "!\n")
        let metadata =
            "owner: pmo, category: governance, version: \"1.0.0\", changelog: [{version: \"1.0.0\", date: 2026-01-01, changes: first}]"
        try folder.write(
            "cat/standards/rules/limits.yaml",
            """
            apiVersion: pmo/v1
            kind: RuleSet
            metadata: {name: limits, title: Limits, description: Rules that hit limits, \(metadata)}
            spec:
              target: project
              rules:
                - id: slow-loop
                  severity: warning
                  title: Twenty slow matches
                  assert: "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].all(i, read('slow.txt').matches('^(a|aa)+$') || true) || true"

            """)
        let started = ContinuousClock.now
        let result = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains("proj: error: [limits/slow-loop] rule exceeded its time limit: 'assert' ran for more than 2s\n"),
            "\(result)")
    }

    @Test func fileMatchesTimeLimit() throws {
        let folder = try Self.rulesProject(big: 1, slow: String(repeating: "a", count: 40) + "!\n")
        let started = ContinuousClock.now
        let result = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(ContinuousClock.now - started < .seconds(30), "the pattern is stopped, not left to run")
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                "proj: error: [limits/slow-pattern] rule could not be evaluated: the pattern '^(a|aa)+$' backtracks too much on slow.txt (gave up after 0.25s)\n"
            ), "\(result)")
    }

    // MARK: Catalog and publish

    /// A copy of the publish fixture catalog with page `glossary` whose `bodyFile` has `size` bytes.
    static func catalogWithPage(of size: Int, in folder: TemporaryFolder) throws -> String {
        let catalog = try folder.copy(URL(fileURLWithPath: PublishCommandTests.fixture), to: "cat")
        try folder.write(
            "cat/standards/pages/glossary.yaml",
            """
            apiVersion: pmo/v1
            kind: Page
            metadata: {name: glossary, title: 用語集, description: 用語, owner: pmo-office, category: governance, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec:
              bodyFile: glossary.md

            """)
        try folder.write("cat/standards/pages/glossary.md", String(repeating: "x", count: size))
        return catalog
    }

    @Test func pageBodyFileLimit() throws {
        let folder = try TemporaryFolder()
        _ = try Self.catalogWithPage(of: 8 << 20 + 1, in: folder)
        let validate = try PMORunner.run(["validate", "--catalog", "cat"], in: folder.path)
        #expect(validate.status == 1, "\(validate)")
        let message = "cat/standards/pages/glossary.yaml:5:13: error: bodyFile 'glossary.md' is 8388609 bytes, over the limit of 8388608\n"
        #expect(validate.stdout.contains(message) || validate.stderr.contains(message), "\(validate)")
        let publish = try PMORunner.run(["publish", "--catalog", "cat", "--out", "site"], in: folder.path)
        #expect(publish.status == 1, "\(publish)")
        #expect(publish.stderr.contains(message), "\(publish)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/site"))
    }

    @Test func templatePreviewIsCutOff() throws {
        let folder = try TemporaryFolder()
        let catalog = try folder.copy(URL(fileURLWithPath: PublishCommandTests.fixture), to: "cat")
        let files = catalog + "/standards/templates/minutes/files"
        let first = try #require(FileManager.default.contentsOfDirectory(atPath: files).sorted().first)
        let line = "議事録の本文です。\n"
        try Data((String(repeating: line, count: 200_000 / line.utf8.count + 10) + "末尾の印\n").utf8)
            .write(to: URL(fileURLWithPath: files + "/" + first))
        let result = try PMORunner.run(["publish", "--catalog", "cat", "--out", "site"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        let page = try #require(FileManager.default.contents(atPath: folder.path + "/site/template/minutes.html")).utf8Text
        #expect(page.contains("<p class=\"note\">大きいファイルのため先頭だけを表示しています。</p>"))
        #expect(page.contains("議事録の本文です。") && !page.contains("末尾の印"), "the preview shows the first 200,000 bytes only")
    }

    // MARK: The limits page

    /// Every table row of docs/limits.md names the test that hits it (`Target/File.function`), and that test exists.
    @Test func limitsDocumentNamesATestForEveryLimit() throws {
        let root = NewCommandTests.repositoryRoot
        let page = try String(contentsOfFile: root + "/docs/limits.md", encoding: .utf8)
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| limit ") && !$0.hasPrefix("| ---") }
        #expect(rows.count >= 18, "the tables of docs/limits.md were not found")
        let reference = /`([A-Za-z]+Tests)\/([A-Za-z]+)\.([A-Za-z0-9_]+)`/
        for row in rows {
            let matches = row.matches(of: reference)
            #expect(!matches.isEmpty, "docs/limits.md: no test named for: \(row.prefix(60))")
            for match in matches {
                let file = root + "/Tests/\(match.1)/\(match.2).swift"
                let source = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
                #expect(source.contains("func \(match.3)("), "docs/limits.md names \(match.0), which does not exist")
            }
        }
    }
}

private extension Data {
    var utf8Text: String { String(decoding: self, as: UTF8.self) }
}
