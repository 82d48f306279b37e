import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo report` (and of `pmo serve` finding pmo-server) on the repository's own catalog.
@Suite("pmo report and pmo serve")
struct ReportCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A new standard-project `p` in `folder`.
    static func newProject(_ folder: TemporaryFolder) throws {
        let created = try PMORunner.run(
            [
                "new", "standard-project", "p", "--catalog", repository, "--no-input",
                "--set", "project_name=基幹刷新", "--set", "project_code=KKS-001", "--set", "pm_name=山田",
                "--set", "start_date=2026-04-01", "--set", "release_date=2026-09-30",
            ], in: folder.path)
        #expect(created.status == 0, "\(created)")
    }

    static func report(_ folder: TemporaryFolder, _ extra: [String] = []) throws -> PMORunner.Result {
        try PMORunner.run(["report", "p", "--catalog", repository] + extra, in: folder.path)
    }

    @Test func aReportIsDeterministicAndValidAgainstItsSchema() throws {
        let folder = try TemporaryFolder()
        try Self.newProject(folder)
        let first = try Self.report(folder, ["--project-id", "kks-001", "--generated-at", "2026-12-01T09:00:00Z"])
        #expect(first.status == 0, "\(first)")
        let second = try Self.report(folder, ["--project-id", "kks-001", "--generated-at", "2026-12-01T09:00:00Z"])
        #expect(first.stdout == second.stdout)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(report["apiVersion"] as? String == "pmo/report/v1")
        #expect(report["generatedAt"] as? String == "2026-12-01T09:00:00Z")
        let project = try #require(report["project"] as? [String: Any])
        #expect(project["id"] as? String == "kks-001" && project["name"] as? String == "基幹刷新" && project["owner"] as? String == "山田")
        let templates = try #require(report["templates"] as? [[String: Any]])
        #expect(templates.first?["name"] as? String == "standard-project")
        #expect(!((report["checklists"] as? [Any]) ?? []).isEmpty)
        #expect(report["lint"] is [String: Any])
        #expect((report["pmo"] as? [String: Any])?["version"] as? String == "0.1.0")

        // Without --generated-at there is no time in it, and the id is the project's name.
        let plain = try Self.report(folder)
        let plainReport = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        #expect(plainReport["generatedAt"] == nil)
        #expect((plainReport["project"] as? [String: Any])?["id"] as? String == "基幹刷新")

        let schemas = try PMORunner.run(["schema", "--out", "schemas"], in: folder.path)
        #expect(schemas.status == 0, "\(schemas)")
        try folder.write("report.json", first.stdout)
        try folder.write("plain.json", plain.stdout)
        let errors = try Self.validate(
            schema: folder.path + "/schemas/pmo-report.schema.json",
            documents: [folder.path + "/report.json", folder.path + "/plain.json"])
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func modifiedAndDeletedFilesAreListed() throws {
        let folder = try TemporaryFolder()
        try Self.newProject(folder)
        let drift = try PMORunner.run(["drift", "p", "--catalog", Self.repository, "--no-lint", "--format", "json"], in: folder.path)
        let driftJSON = try #require(try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any], "\(drift)")
        let templates = try #require((driftJSON["projects"] as? [[String: Any]])?.first?["templates"] as? [[String: Any]])
        let managed = ((templates.first?["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
        try #require(managed.count >= 2, "\(drift)")
        let before = try Self.report(folder)
        let modified = managed[0]
        let deleted = managed[1]
        try folder.write("p/" + modified, "edited by the team\n")
        try FileManager.default.removeItem(atPath: folder.path + "/p/" + deleted)
        let after = try Self.report(folder)
        #expect(after.status == 0, "\(after)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let template = try #require((report["templates"] as? [[String: Any]])?.first)
        #expect(template["modifiedFiles"] as? [String] == [modified], "\(after.stdout)")
        #expect(template["deletedFiles"] as? [String] == [deleted], "\(after.stdout)")
        #expect((report["summary"] as? [String: Any])?["modifiedFiles"] as? Int == 1)
        #expect(after.stdout != before.stdout)
    }

    @Test func aFolderWithoutALockOrABadTimeExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("p/README.md", "# not a project\n")
        let noLock = try Self.report(folder)
        #expect(noLock.status == 2 && noLock.stdout.isEmpty, "\(noLock)")
        let badTime = try Self.report(folder, ["--generated-at", "yesterday"])
        #expect(badTime.status == 2 && badTime.stderr.contains("--generated-at"), "\(badTime)")
    }

    @Test func serveRunsPMOServerFromBesidePMO() throws {
        let folder = try TemporaryFolder()
        let help = try PMORunner.run(["serve", "--help"], in: folder.path)
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("token") && help.stdout.contains("run"), "\(help)")
        let runHelp = try PMORunner.run(["serve", "run", "--help"], in: folder.path)
        #expect(runHelp.status == 0 && runHelp.stdout.contains("--database") && runHelp.stdout.contains("--public-read"), "\(runHelp)")
        let created = try PMORunner.run(["serve", "token", "create", "alpha", "--database", "sqlite:tokens.db"], in: folder.path)
        #expect(created.status == 0, "\(created)")
        #expect(created.stdout.hasPrefix("pmo_") && created.stdout.split(separator: "\n").count == 1, "\(created)")
        let list = try PMORunner.run(["serve", "token", "list", "--database", "sqlite:tokens.db"], in: folder.path)
        #expect(
            list.status == 0 && list.stdout.contains("alpha") && !list.stdout.contains(created.stdout.trimmingCharacters(in: .newlines)),
            "\(list)")
    }

    /// Validation errors of each JSON document against a draft 2020-12 schema, by python3's jsonschema
    /// (an independent validator; `make test` installs it). Its absence fails the test.
    static func validate(schema: String, documents: [String]) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                    print(path + ": " + "/".join(map(str, error.path)) + ": " + error.message)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema] + documents
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record(
                "python3 with jsonschema is needed to check reports against their schema (make test-deps): \(String(decoding: err, as: UTF8.self))"
            )
            return ["validator did not run"]
        }
        return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
