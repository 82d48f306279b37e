import Foundation
import PMOTestSupport
import Testing

/// Control characters in parameters, evidence and lock files reach the terminal escaped
/// (`\u{1B}`), never as the escape sequences they spell.
@Suite("Control characters in output")
struct ControlCharacterTests {
    private static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func checklistShowEscapesEvidenceAndNames() throws {
        let folder = try TemporaryFolder()
        let root = NewCommandTests.repositoryRoot
        let created = try PMORunner.run(
            [
                "new", "standard-project", "p", "--catalog", root, "--no-input",
                "--set", "project_name=基幹刷新", "--set", "project_code=KKS-001", "--set", "pm_name=山田",
                "--set", "start_date=2026-04-01", "--set", "release_date=2026-09-30",
            ], in: folder.path)
        #expect(created.status == 0, "\(created)")
        let ticked = try PMORunner.run(
            [
                "checklist", "check", "KO-04", "--by", "\u{1B}[31m山田", "--evidence", "\u{1B}]0;pwned\u{07}承認記録",
                "--project", "p", "--catalog", root,
            ], in: folder.path)
        #expect(ticked.status == 0, "\(ticked)")
        let show = try PMORunner.run(["checklist", "p", "--items", "--catalog", root], in: folder.path)
        #expect(show.status == 0, "\(show)")
        #expect(!Self.hasRawControls(show.stdout), "\(show.stdout.debugDescription)")
        #expect(show.stdout.contains("done by \\u{1B}[31m山田"), "\(show.stdout)")
        #expect(show.stdout.contains("\\u{1B}]0;pwned\\u{7}承認記録"), "\(show.stdout)")
    }

    @Test func diagnosticsEscapeParameterValues() throws {
        let folder = try TemporaryFolder()
        let result = try PMORunner.run(
            [
                "new", "standard-project", "p", "--catalog", NewCommandTests.repositoryRoot, "--no-input",
                "--set", "project_name=基幹刷新", "--set", "project_code=\u{1B}[2J\u{1B}]0;x\u{07}",
                "--set", "pm_name=山田", "--set", "start_date=2026-04-01", "--set", "release_date=2026-09-30",
            ],
            in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(!Self.hasRawControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("'\\u{1B}[2J\\u{1B}]0;x\\u{7}' does not match the pattern"), "\(result.stderr)")
    }
}
