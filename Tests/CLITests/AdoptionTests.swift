import Foundation
import PMOTestSupport
import Testing

/// End to end: a company adopts pmo — `pmo init` starts its catalog, a project is made from its own template,
/// `pmo release` publishes new versions, and `pmo drift` / `pmo update` carry files and checklists to the project.
@Suite("Adoption: init, release, update carrying checklists")
struct AdoptionTests {
    static func git(_ arguments: [String], in directory: String) throws {
        try DriftCommandTests.git(arguments, in: directory)
    }

    static func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Replaces `old` by `new` in the file at `path`; the test fails when `old` is not there.
    static func replace(_ old: String, with new: String, in path: String) throws {
        let text = read(path)
        #expect(text.contains(old), "\(path) lacks \(old)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// `pmo init acme --no-input --git` in a fresh folder, committed; returns the folder and the catalog path.
    static func initializedCatalog(language: String = "ja") throws -> (folder: TemporaryFolder, catalog: String) {
        let folder = try TemporaryFolder()
        let made = try PMORunner.run(["init", "acme", "--org", "アクメ株式会社", "--language", language, "--no-input", "--git"], in: folder.path)
        #expect(made.status == 0, "\(made)")
        #expect(made.stdout.contains("created acme"), "\(made)")
        let catalog = folder.path + "/acme"
        #expect(FileManager.default.fileExists(atPath: catalog + "/.git"))
        try git(["add", "-A"], in: catalog)
        try git(["commit", "-q", "-m", "Start the catalog"], in: catalog)
        return (folder, catalog)
    }

    @Test(arguments: ["ja", "en"])
    func initWritesACatalogThatValidatesAndPublishesAtOnce(language: String) throws {
        let folder = try TemporaryFolder()
        let made = try PMORunner.run(["init", "acme", "--language", language, "--no-input"], in: folder.path)
        #expect(made.status == 0, "\(made)")
        let catalog = folder.path + "/acme"
        for path in [
            "catalog/catalog.yaml", "catalog/policies/catalog-quality.yaml", "standards/templates/project-starter/template.yaml",
            "standards/templates/project-starter/files/README.md", "standards/templates/project-starter/files/charter.md",
            "standards/checklists/kickoff.yaml", "standards/rules/project-basics.yaml", "standards/pages/using-this-catalog.yaml",
            ".github/workflows/catalog.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml", ".gitignore", "README.md",
        ] {
            #expect(FileManager.default.fileExists(atPath: catalog + "/" + path), "\(path) missing")
        }
        #expect(!FileManager.default.fileExists(atPath: catalog + "/.git"), "git init only with --git")
        #expect(Self.read(catalog + "/catalog/catalog.yaml").contains("language: \(language)"))
        let validated = try PMORunner.run(["validate", "--catalog", catalog, "--strict"], in: folder.path)
        #expect(validated.status == 0, "\(validated)")
        #expect(validated.stdout.contains("0 errors, 0 warnings"), "\(validated)")
        let published = try PMORunner.run(["publish", "--catalog", catalog, "--out", folder.path + "/site"], in: folder.path)
        #expect(published.status == 0, "\(published)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/site/index.html"))
        // The example project passes its own rules and its self-verifying item at once.
        let project = try PMORunner.run(
            ["new", "project-starter", "proj", "--catalog", catalog, "--no-input", "--set", "project_name=Horizon"], in: folder.path)
        #expect(project.status == 0, "\(project)")
        let lint = try PMORunner.run(["lint", "proj", "--catalog", catalog], in: folder.path)
        #expect(lint.status == 0, "\(lint)")
    }

    /// On a terminal pmo init asks; `script` gives it one. A bad taxonomy answer is asked again.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func initAsksOnATerminal() throws {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(try PMORunner.executable().path)' init tty --language en", "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("Acme Inc.\n\nteam@acme.example\nrisk:Risk, quality\nBAD ID\nstart:Start, run:Run\n\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let manifest = Self.read(folder.path + "/tty/catalog/catalog.yaml")
        #expect(manifest.contains("organization: Acme Inc."), "\(manifest)")
        #expect(manifest.contains("contact: team@acme.example"), "\(manifest)")
        #expect(
            manifest.contains(
                "      - id: risk\n        title: Risk\n      - id: quality\n        title: quality\n    phases:\n      - id: start"),
            "\(manifest)")
        #expect(manifest.contains("      - id: pm\n        title: Project manager"), "the default roles: \(manifest)")
        #expect(try PMORunner.run(["validate", "--catalog", folder.path + "/tty"], in: folder.path).status == 0)
    }

    @Test func initFromDefaultCopiesTheShippedStandard() throws {
        let folder = try TemporaryFolder()
        let made = try PMORunner.run(["init", "std", "--from-default", "--no-input"], in: folder.path)
        #expect(made.status == 0, "\(made)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/std/standards/templates/standard-project/template.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/std/.github/workflows/catalog.yml"))
        let validated = try PMORunner.run(["validate", "--catalog", folder.path + "/std"], in: folder.path)
        #expect(validated.status == 0, "\(validated)")
        let both = try PMORunner.run(["init", "other", "--from-default", "--org", "X"], in: folder.path)
        #expect(both.status == 2, "\(both)")
    }

    /// After `make install` the shipped standard is in `PREFIX/share/pmo` beside `PREFIX/bin/pmo`.
    @Test func initFromDefaultFindsTheInstalledStandardBesideTheBinary() throws {
        let folder = try TemporaryFolder()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .path
        try FileManager.default.createDirectory(atPath: folder.path + "/prefix/bin", withIntermediateDirectories: true)
        let installed = folder.path + "/prefix/bin/pmo"
        if link(try PMORunner.executable().path, installed) != 0 {
            try FileManager.default.copyItem(atPath: try PMORunner.executable().path, toPath: installed)
        }
        for part in ["catalog", "standards"] {
            try folder.copy(URL(fileURLWithPath: repository + "/" + part), to: "prefix/share/pmo/" + part)
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: installed)
        process.arguments = ["init", "std", "--from-default", "--no-input"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path + "/elsewhere")
        process.environment = ProcessInfo.processInfo.environment.filter { !PMORunner.scrubbedVariables($0.key) }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Self.read(folder.path + "/elsewhere/std/catalog/catalog.yaml") == Self.read(repository + "/catalog/catalog.yaml"))
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("busy/notes.txt", "mine\n")
        let refused = try PMORunner.run(["init", "busy", "--no-input"], in: folder.path)
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("'busy' is not empty"), "\(refused)")
        #expect(Self.read(folder.path + "/busy/notes.txt") == "mine\n")
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder.path + "/busy")) == ["notes.txt"])
        // The working folder, when empty, is fine.
        try FileManager.default.createDirectory(atPath: folder.path + "/here", withIntermediateDirectories: true)
        let here = try PMORunner.run(["init", "--no-input"], in: folder.path + "/here")
        #expect(here.status == 0, "\(here)")
        #expect(Self.read(folder.path + "/here/catalog/catalog.yaml").contains("name: here"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/here")
        #expect(!entries.contains { $0.hasPrefix(".pmo-init-") }, "\(entries)")
    }
}
