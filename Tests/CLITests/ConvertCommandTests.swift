import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo convert --to json`: the strict view of YAML files.
@Suite("pmo convert")
struct ConvertCommandTests {
    // MARK: - convert

    @Test func convertPrintsOneJSONLinePerDocument() throws {
        let folder = try TemporaryFolder()
        try folder.write("two.yaml", "a: 1\nb: [yes, \"x\", 1.5, null]\n---\nname: 進捗\n")
        try folder.write("core.yaml", "country: no\nversion: 1.0\nwhen: 2026-01-01\nmode: 0777\n")
        let result = try PMORunner.run(["convert", "--to", "json", "two.yaml", "core.yaml"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                {"a":1,"b":["yes","x",1.5,null]}
                {"name":"進捗"}
                {"country":"no","version":1.0,"when":"2026-01-01","mode":"0777"}

                """)
        #expect(result.stderr == "")
    }

    @Test func convertEmptyStreamPrintsNothingAndEmptyDocumentPrintsNull() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty.yaml", "")
        try folder.write("comments.yaml", "# only a comment\n")
        try folder.write("empty-document.yaml", "---\n")
        let result = try PMORunner.run(["convert", "--to", "json", "empty.yaml", "comments.yaml", "empty-document.yaml"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "null\n")
    }

    @Test func convertErrorIsFileLineColumnAndExitsOneAfterTheOtherFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.yaml", "title: \"unclosed\nnext: 1\n")
        try folder.write("dup.yaml", "a: 1\na: 2\n")
        try folder.write("good.yaml", "ok: true\n")
        let result = try PMORunner.run(["convert", "--to", "json", "bad.yaml", "dup.yaml", "good.yaml"], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "{\"ok\":true}\n")
        let summaries = result.stderr.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(summaries.count == 2, "\(result)")
        #expect(summaries.first?.hasPrefix("bad.yaml:1:8: error: ") == true, "\(result)")
        #expect(summaries.last == "dup.yaml:2:1: error: duplicate key 'a' (first at 1:1)")
    }

    @Test func convertMissingFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let result = try PMORunner.run(["convert", "--to", "json", "missing.yaml"], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "missing.yaml: error: cannot read file: No such file or directory\n")
    }
}
