import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo validate`, `list` and `show`,
/// run as a subprocess on the fixture catalogs under `Fixtures/catalogs/`.
///
/// Snapshots are the exact expected text; when output changes on purpose, re-record by
/// running the command on the fixture and pasting the new text after reading it.
@Suite("Catalog commands")
struct CatalogCommandsTests {
    private let valid = PMORunner.fixtures.appendingPathComponent("catalogs/valid").path
    private let invalid = PMORunner.fixtures.appendingPathComponent("catalogs/invalid").path

    // MARK: - validate

    @Test func validateCleanCatalogExitsZero() throws {
        let result = try PMORunner.run(["validate"], in: valid)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "✓ 6 documents in 6 files: 0 errors, 0 warnings\n")
        #expect(result.stderr == "")
    }

    @Test func validateReportsEveryProblemWithExcerptsAndExitsOne() throws {
        let result = try PMORunner.run(["validate"], in: invalid)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "✗ 5 documents in 6 files: 4 errors, 0 warnings\n")
        #expect(
            result.stderr == """
                standards/checklists/kickoff.yaml:18:13: error: role 'sponsor' is not declared in the catalog's taxonomy
                  18 |       role: sponsor
                     |             ^~~~~~~
                   = help: expected one of: pm
                standards/pages/glossary.yaml:4:3: error: missing required field 'title' in metadata
                   4 |   name: glossary
                     |   ^
                standards/pages/glossary.yaml:5:3: error: unknown field 'titel' in metadata
                   5 |   titel: 用語集
                     |   ^~~~~
                   = help: did you mean `title`?
                standards/pages/glossary.yaml:10:12: error: 'version' is a float (1.1), not a version string
                  10 |   version: 1.1
                     |            ^~~
                   = help: YAML reads 1.1 as a number; write a semantic version in quotes: version: "1.1.0"

                """)
    }

    @Test func validateWithExplicitCatalogFromAnotherFolder() throws {
        let elsewhere = try TemporaryFolder()
        let result = try PMORunner.run(["validate", "--catalog", valid], in: elsewhere.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("✓ 6 documents"))
    }

    @Test func validateFindsTheCatalogThroughPMOCatalog() throws {
        let elsewhere = try TemporaryFolder()
        let result = try PMORunner.run(["validate"], in: elsewhere.path, environment: ["PMO_CATALOG": invalid])
        #expect(result.status == 1, "\(result)")
        // Outside the working directory, paths are shown absolute.
        #expect(result.stderr.hasPrefix(invalid + "/standards/checklists/kickoff.yaml:18:13: error:"))
    }

    @Test func validateFindsTheNearestAncestorCatalog() throws {
        let result = try PMORunner.run(["validate"], in: valid + "/standards/pages")
        #expect(result.status == 0, "\(result)")
    }

    @Test func validateJSON() throws {
        let result = try PMORunner.run(["validate", "--format", "json"], in: invalid)
        #expect(result.status == 1, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
        #expect(report["errors"] as? Int == 4)
        #expect(report["warnings"] as? Int == 0)
        #expect(report["files"] as? Int == 6)
        #expect(report["documents"] as? Int == 5)
        // The catalog is the working directory itself: shown as ".".
        #expect(report["catalog"] as? String == ".", "\(report["catalog"] ?? "nil")")
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 4)
        let first = try #require(diagnostics.first)
        #expect(first["file"] as? String == "standards/checklists/kickoff.yaml")
        #expect(first["line"] as? Int == 18)
        #expect(first["column"] as? Int == 13)
        #expect(first["endColumn"] as? Int == 20)
        #expect(first["severity"] as? String == "error")
        #expect(first["message"] as? String == "role 'sponsor' is not declared in the catalog's taxonomy")
        #expect(first["help"] as? String == "expected one of: pm")
        #expect(result.stderr == "")
    }

    @Test func validateMissingCatalogFolderExitsTwo() throws {
        let elsewhere = try TemporaryFolder()
        let result = try PMORunner.run(["validate", "--catalog", "no-such-folder"], in: elsewhere.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "error: 'no-such-folder' is not a catalog: it has no catalog/catalog.yaml\n")
    }

    @Test func validateWithNoCatalogAnywhereExitsTwo() throws {
        let elsewhere = try TemporaryFolder()
        let result = try PMORunner.run(["validate"], in: elsewhere.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("error: no catalog found (looked in: \(elsewhere.path), its parents"), "\(result)")
        #expect(result.stderr.hasSuffix("; pass --catalog DIR or set PMO_CATALOG\n"))
    }

    @Test func validateRejectsAnUnknownFormatAsUsage() throws {
        let result = try PMORunner.run(["validate", "--format", "xml"], in: valid)
        #expect(result.status == 64 || result.status == 2, "\(result)")
        #expect(result.stderr.contains("xml"))
    }

    // MARK: - list

    @Test func listAlignsJapaneseTitlesByDisplayWidth() throws {
        let result = try PMORunner.run(["list"], in: valid)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                KIND/NAME                 TITLE                         VERSION  STATUS  OWNER
                catalog/sample-pmo        サンプルPMOカタログ           1.0.0    active  pmo-office
                checklist/kickoff         キックオフ準備チェックリスト  2.0.0    active  qa
                page/glossary             用語集                        1.1.0    active  pmo-office
                page/pmo-charter          PMO憲章とPMOの役割            1.0.0    active  pmo-office
                ruleset/project-standard  Project standard rules        1.0.0    active  qa
                template/progress-report  進捗報告書（週次）            1.2.0    active  pmo-office
                6 documents

                """)
        // Independently of the snapshot: VERSION starts at the same display column on every row.
        let lines = result.stdout.split(separator: "\n").dropLast().map(String.init)
        let columns = Set(
            lines.compactMap { line -> Int? in
                let marker =
                    line.hasPrefix("KIND/NAME")
                    ? line.range(of: "VERSION") : line.range(of: #"[0-9]+\.[0-9]+\.[0-9]+"#, options: .regularExpression)
                return marker.map { Self.displayWidth(String(line[..<$0.lowerBound])) }
            })
        #expect(columns.count == 1, "VERSION column starts at display columns \(columns)")
    }

    @Test func listFiltersByKind() throws {
        let result = try PMORunner.run(["list", "--kind", "page"], in: valid)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                KIND/NAME         TITLE               VERSION  STATUS  OWNER
                page/glossary     用語集              1.1.0    active  pmo-office
                page/pmo-charter  PMO憲章とPMOの役割  1.0.0    active  pmo-office
                2 documents

                """)
    }

    @Test func listFiltersByTagAndOwner() throws {
        let byTag = try PMORunner.run(["list", "--tag", "governance"], in: valid)
        #expect(byTag.status == 0, "\(byTag)")
        #expect(Self.names(byTag.stdout) == ["checklist/kickoff", "page/pmo-charter"])
        let byOwner = try PMORunner.run(["list", "--owner", "qa"], in: valid)
        #expect(Self.names(byOwner.stdout) == ["checklist/kickoff", "ruleset/project-standard"])
        let both = try PMORunner.run(["list", "--owner", "qa", "--tag", "governance", "--kind", "checklist"], in: valid)
        #expect(Self.names(both.stdout) == ["checklist/kickoff"])
        #expect(both.stdout.hasSuffix("1 document\n"))
        let none = try PMORunner.run(["list", "--tag", "no-such-tag"], in: valid)
        #expect(none.status == 0)
        #expect(none.stdout == "KIND/NAME  TITLE  VERSION  STATUS  OWNER\n0 documents\n")
    }

    @Test func listRejectsAnUnknownKind() throws {
        let result = try PMORunner.run(["list", "--kind", "templat"], in: valid)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "Error: The value 'templat' is invalid for '--kind <KIND>': unknown kind 'templat'; did you mean `template`?\n"),
            "\(result)")
    }

    @Test func listJSON() throws {
        let result = try PMORunner.run(["list", "--format", "json", "--kind", "template"], in: valid)
        #expect(result.status == 0, "\(result)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["ref"] as? String == "template/progress-report")
        #expect(items.first?["title"] as? String == "進捗報告書（週次）")
        #expect(items.first?["file"] as? String == "standards/templates/progress-report/template.yaml")
    }

    @Test func listOnAnInvalidCatalogStillListsAndSaysSo() throws {
        let result = try PMORunner.run(["list"], in: invalid)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasSuffix("5 documents\n"))
        #expect(result.stderr == "note: the catalog has 4 error(s); run `pmo validate`\n")
    }

    // MARK: - show

    @Test func showTemplate() throws {
        let result = try PMORunner.run(["show", "template/progress-report"], in: valid)
        #expect(result.status == 0, "\(result)")
        // Compared without trailing spaces; `tablesHaveNoTrailingSpaces` tracks those.
        #expect(
            Self.trimmingLineEnds(result.stdout) == """
                進捗報告書（週次）  (template/progress-report)
                週次の進捗報告書を1枚生成します。

                version   1.2.0  [active]
                owner     全社PMO (pmo-office)
                category  報告 (reporting)
                tags      report, weekly
                file      standards/templates/progress-report/template.yaml

                PARAMETER     TYPE    REQUIRED  DEFAULT  TITLE
                project_name  string  yes                プロジェクト名

                TARGET                    POLICY  WHEN
                docs/reports/進捗報告.md  seeded

                checklists: checklist/kickoff
                rules: ruleset/project-standard

                new project: pmo new progress-report DEST --set NAME=VALUE ...

                changelog:
                  1.2.0  2026-05-26  品質指標を追加

                """)
    }

    @Test func tablesHaveNoTrailingSpaces() throws {
        let result = try PMORunner.run(["show", "template/progress-report"], in: valid)
        #expect(Self.trimmingLineEnds(result.stdout) == result.stdout)
    }

    @Test func showListsBacklinks() throws {
        let result = try PMORunner.run(["show", "checklist/kickoff"], in: valid)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasSuffix("\nreferenced by:\n  page/pmo-charter\n  template/progress-report\n"))
    }

    @Test func showAMissingDocumentSuggestsTheClosest() throws {
        let result = try PMORunner.run(["show", "template/progress-reprt"], in: valid)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "error: no Template named 'progress-reprt'; did you mean template/progress-report?\n")
    }

    @Test func showSomethingThatIsNotAReferenceIsUsage() throws {
        let result = try PMORunner.run(["show", "progress-report"], in: valid)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.hasPrefix(
                "Error: The value 'progress-report' is invalid for '<KIND/NAME>': not KIND/NAME (kinds: catalog, template, checklist, ruleset, page, campaign)\n"
            ), "\(result)")
    }

    @Test func showJSONIsTheDocumentAsLoaded() throws {
        let result = try PMORunner.run(["show", "--format", "json", "page/pmo-charter"], in: valid)
        #expect(result.status == 0, "\(result)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["kind"] as? String == "Page")
        #expect((document["metadata"] as? [String: Any])?["reviewed"] as? String == "2026-04-01")
    }

    // MARK: - colour

    @Test func outputToAPipeHasNoEscapeCodes() throws {
        let piped = try PMORunner.run(["validate"], in: invalid)
        #expect(!piped.stderr.contains("\u{1B}["))
        #expect(!piped.stdout.contains("\u{1B}["))
        let noColor = try PMORunner.run(["validate"], in: invalid, environment: ["NO_COLOR": "1"])
        #expect(!noColor.stderr.contains("\u{1B}["))
        #expect(noColor.stderr == piped.stderr)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a pseudo-terminal"))
    func terminalGetsColourUnlessNoColor() throws {
        let pmo = try PMORunner.executable().path
        // script(1) runs pmo on a pseudo-terminal, so isatty() is true as for a user.
        let coloured = try PMORunner.runOnTerminal(pmo + " validate", in: invalid, environment: ["TERM": "xterm"])
        #expect(coloured.contains("\u{1B}["), "no colour on a terminal:\n\(coloured)")
        let plain = try PMORunner.runOnTerminal(pmo + " validate", in: invalid, environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(plain.contains("error: role 'sponsor'"), "\(plain)")
        #expect(!plain.contains("\u{1B}["), "NO_COLOR ignored:\n\(plain)")
    }

    // MARK: - Helpers

    /// `text` with spaces at the ends of lines removed.
    private static func trimmingLineEnds(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// The KIND/NAME column of a `pmo list` table, header and count lines excluded.
    private static func names(_ table: String) -> [String] {
        table.split(separator: "\n").dropFirst().dropLast().map { String($0.split(separator: " ").first ?? "") }
    }

    /// Terminal columns of `text`: East Asian wide and fullwidth characters count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}

extension PMORunner {
    /// Runs a shell command line on a pseudo-terminal through script(1); returns what the terminal showed.
    static func runOnTerminal(_ commandLine: String, in directory: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", commandLine, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var childEnvironment = ProcessInfo.processInfo.environment.filter { !scrubbedVariables($0.key) }
        for (name, value) in environment { childEnvironment[name] = value }
        process.environment = childEnvironment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
