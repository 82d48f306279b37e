import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo schema`, the shell completion scripts and the help text.
@Suite("pmo schema, completions and help")
struct SchemaAndCompletionTests {
    private let valid = PMORunner.fixtures.appendingPathComponent("catalogs/valid").path

    // MARK: - schema

    @Test func schemaWithoutOutPrintsTheCombinedSchema() throws {
        let result = try PMORunner.run(["schema"], in: valid)
        #expect(result.status == 0, "\(result)")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect((schema["oneOf"] as? [Any])?.count == 6)
    }

    @Test func schemaWritesOneFilePerKindAndPrintsTheModeline() throws {
        let folder = try TemporaryFolder()
        let result = try PMORunner.run(["schema", "--out", "schemas"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        let names = [
            "pmo-catalog.schema.json", "pmo-template.schema.json", "pmo-checklist.schema.json",
            "pmo-ruleset.schema.json", "pmo-page.schema.json", "pmo-campaign.schema.json", "pmo.schema.json",
        ]
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/schemas").sorted()
                == (names + ["pmo-report.schema.json"]).sorted())
        for name in names + ["pmo-report.schema.json"] {
            let data = try #require(FileManager.default.contents(atPath: folder.path + "/schemas/" + name))
            #expect((try? JSONSerialization.jsonObject(with: data)) is [String: Any], "\(name) is not JSON")
        }
        #expect(
            result.stdout == names.map { "wrote schemas/\($0)\n" }.joined()
                + "wrote schemas/pmo-report.schema.json (the schema of `pmo report`)\n" + """

                    Put this line at the top of a catalog YAML file (the path is relative to that file):
                    # yaml-language-server: $schema=schemas/pmo.schema.json

                    """)
    }

    @Test func schemaIntoAPathThatIsAFileExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("taken", "a file\n")
        let result = try PMORunner.run(["schema", "--out", "taken"], in: folder.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("error: cannot write the schemas to 'taken'"))
    }

    // MARK: - completions and help

    @Test(arguments: ["bash", "zsh", "fish"])
    func shellCompletionScripts(_ shell: String) throws {
        let result = try PMORunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result)")
        for word in ["validate", "list", "show", "convert", "schema"] {
            #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
        }
        #expect(result.stdout.contains(shell == "fish" ? "'catalog='" : "--catalog"))
    }

    @Test func bashCompletionScriptIsValidBash() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let folder = try TemporaryFolder()
        let script = try PMORunner.run(["--generate-completion-script", "bash"]).stdout
        let path = try folder.write("pmo.bash", script)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/bin/bash")
        check.arguments = ["-n", path]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test func helpListsTheCatalogCommands() throws {
        let result = try PMORunner.run(["--help"])
        #expect(result.status == 0, "\(result)")
        for command in ["validate", "list", "show", "convert", "schema"] {
            #expect(result.stdout.contains("  \(command) "), "--help lacks \(command)")
        }
    }
}
