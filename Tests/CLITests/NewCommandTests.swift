import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo new` and `pmo checklist` as a subprocess.
@Suite("New and checklist commands")
struct NewCommandTests {
    /// A catalog with one template of `count` files of `size` bytes each, written into `folder`.
    static func bigCatalog(in folder: TemporaryFolder, count: Int, size: Int) throws -> String {
        try folder.write(
            "cat/catalog/catalog.yaml",
            """
            apiVersion: pmo/v1
            kind: Catalog
            metadata: {name: big, title: 大きいカタログ, description: テスト, owner: pmo, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec:
              organization: テスト
              owners: [{id: pmo, name: PMO}]
              taxonomy: {categories: [{id: planning, title: 計画}]}

            """)
        var files = ""
        let line = String(repeating: "{{project_name}} の文書です。", count: 4) + "\n"
        let body = String(repeating: line, count: max(1, size / line.utf8.count))
        for index in 0..<count {
            files += "    - {source: f\(index).md, target: \"docs/{{project_name}}/\(index / 100)/f\(index).md\"}\n"
            try folder.write("cat/standards/templates/big/files/f\(index).md", body)
        }
        try folder.write(
            "cat/standards/templates/big/template.yaml",
            """
            apiVersion: pmo/v1
            kind: Template
            metadata: {name: big, title: 大きい, description: テスト, owner: pmo, category: planning, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec:
              parameters:
                - {name: project_name, title: プロジェクト名, type: string, required: true}
              files:

            """ + files)
        return folder.path + "/cat"
    }

    @Test func sigkillMidWriteLeavesNoDestinationOrAComplete() throws {
        let folder = try TemporaryFolder()
        let catalog = try Self.bigCatalog(in: folder, count: 400, size: 2_000)
        var killedMidWrite = 0
        for attempt in 0..<4 {
            let dest = folder.path + "/out\(attempt)"
            let process = Process()
            process.executableURL = try PMORunner.executable()
            process.arguments = ["new", "big", dest, "--catalog", catalog, "--no-input", "--set", "project_name=基幹"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait (without sleeping) until the temporary folder beside DEST exists and has `attempt` levels of content.
            var sawTemporary = false
            while process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if let temporary = names.first(where: { $0.hasPrefix(".out\(attempt).pmo-tmp-") }) {
                    let written = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path + "/" + temporary).count) ?? 0
                    if written >= attempt * 100 { sawTemporary = true; break }
                }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if sawTemporary && process.terminationReason == .uncaughtSignal { killedMidWrite += 1 }
            if FileManager.default.fileExists(atPath: dest) {
                // Complete: the lock exists and every file it lists is there.
                let lock = try String(contentsOfFile: dest + "/.pmo/lock.yaml", encoding: .utf8)
                let paths = lock.split(separator: "\n").filter { $0.contains("- path: ") }
                #expect(paths.count == 400)
                for path in paths {
                    let relative = path.replacingOccurrences(of: "- path: ", with: "").trimmingCharacters(in: .whitespaces)
                    #expect(FileManager.default.fileExists(atPath: dest + "/" + relative), "\(relative) missing")
                }
            }
        }
        #expect(killedMidWrite > 0, "the process always finished before it could be killed; make the template larger")
    }

    @Test func missingRequiredParametersWithoutATerminalListsAllAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        let result = try PMORunner.run([
            "new", "standard-project", folder.path + "/p", "--catalog", Self.repositoryRoot, "--set", "pm_name=山田",
        ])
        #expect(result.status == 2, "\(result)")
        for name in ["project_name", "project_code", "start_date", "release_date"] {
            #expect(result.stderr.contains("missing required parameter '\(name)'"), "\(result)")
        }
        #expect(result.stderr.contains("4 required parameters missing"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/p"))
    }

    @Test func createsTheStandardProjectAndShowsItsChecklists() throws {
        let folder = try TemporaryFolder()
        let arguments = [
            "--catalog", Self.repositoryRoot, "--no-input", "--set", "project_name=基幹刷新", "--set", "project_code=KKS-001",
            "--set", "pm_name=山田", "--set", "start_date=2026-04-01", "--set", "release_date=2026-09-30",
        ]
        let created = try PMORunner.run(["new", "standard-project", "p"] + arguments, in: folder.path)
        #expect(created.status == 0, "\(created)")
        #expect(created.stdout.hasPrefix("created p: 16 files"))
        let again = try PMORunner.run(["new", "standard-project", "p"] + arguments, in: folder.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists and is not an empty folder"))

        let show = try PMORunner.run(["checklist", "p", "--catalog", Self.repositoryRoot, "--format", "json"], in: folder.path)
        #expect(show.status == 0, "\(show)")
        #expect(show.stdout.contains("\"name\" : \"kickoff\""))
        let byHand = try PMORunner.run(
            ["checklist", "check", "KO-01", "--by", "山田", "--project", "p", "--catalog", Self.repositoryRoot], in: folder.path)
        #expect(byHand.status == 1)
        #expect(byHand.stderr.contains("cannot be ticked by hand"))
        let unknown = try PMORunner.run(
            ["checklist", "check", "KO-1", "--by", "山田", "--project", "p", "--catalog", Self.repositoryRoot], in: folder.path)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean"))
    }

    /// The repository root (holding the default catalog), found from this source file.
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}
