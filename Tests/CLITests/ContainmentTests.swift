import Foundation
import PMOTestSupport
import Testing

/// Issue 15, the file-system half: nothing is read through a symbolic link that leads out of the catalog
/// or the project (at any level of a path), nothing blocks on a FIFO, and one lock reader for every command.
@Suite("Symbolic links, FIFOs and the lock reader")
struct ContainmentTests {
    /// The text planted outside every catalog and project; it must never show up in pmo's output or files.
    static let secret = "SECRET-3f9a"

    /// A valid `.pmo/lock.yaml` for a project of `template` 1.0.0 with no files.
    static func lock(
        template: String, version: String = "1.0.0", sha: String? = nil, path: String = "docs/a.md", lockVersion: String = "1"
    ) -> String {
        let files = sha.map { "\n      - {path: \"\(path)\", policy: managed, sha256: \($0)}" } ?? " []"
        return """
            lockVersion: \(lockVersion)
            template: \(template)
            parameters: {}
            catalog: {name: test, version: 1.0.0}
            templates:
              - name: \(template)
                version: \(version)
                parameters: {}
                checklists: []
                rules: []
                files:\(files)

            """
    }

    /// `outside/` beside the catalog, holding `passwd` and `page.md` with the secret in them.
    static func plantSecret(_ folder: TemporaryFolder) throws -> String {
        try folder.write("outside/passwd", "root:\(secret):0:0\n")
        try folder.write("outside/page.md", "# \(secret)\n")
        try folder.write("outside/addon.md", "\(secret)\n")
        return folder.path + "/outside"
    }

    /// Every file under `root` (following nothing) as one string, to look for the secret in.
    static func everything(under root: String) -> String {
        guard let names = FileManager.default.subpaths(atPath: root) else { return "" }
        return names.compactMap { name -> String? in
            var status = stat()
            guard lstat(root + "/" + name, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileManager.default.contents(atPath: root + "/" + name).map { String(decoding: $0, as: UTF8.self) }
        }.joined(separator: "\n")
    }

    static func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    // MARK: Template files

    /// Where the link sits on the way to a template file.
    enum TemplateLinkLevel: String, CaseIterable, CustomTestStringConvertible {
        case lastComponent, middleFolder, filesFolder
        var testDescription: String { rawValue }
    }

    @Test(arguments: TemplateLinkLevel.allCases)
    func templateFileThroughALinkOutOfTheCatalog(level: TemplateLinkLevel) throws {
        let folder = try TemporaryFolder()
        let catalog = try DriftCommandTests.writeCatalog(folder)
        let outside = try Self.plantSecret(folder)
        let template: String
        let expected: String
        switch level {
        case .lastComponent:
            template = "mini"
            try Data(
                DriftCommandTests.miniTemplate(
                    version: "1.0.0", changelog: "", extraFile: "    - {source: passwd.md, target: docs/passwd.md}"
                ).utf8
            )
            .write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/template.yaml"))
            try Self.link(catalog + "/standards/templates/mini/files/passwd.md", to: outside + "/passwd")
            expected = "error: template file 'files/passwd.md' is a symbolic link; templates may not contain links"
        case .middleFolder:
            template = "mini"
            try Data(
                DriftCommandTests.miniTemplate(
                    version: "1.0.0", changelog: "", extraFile: "    - {source: sub/passwd, target: docs/passwd.md}"
                ).utf8
            )
            .write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/template.yaml"))
            try Self.link(catalog + "/standards/templates/mini/files/sub", to: outside)
            expected =
                "error: template file 'files/sub/passwd' is read through the symbolic link 'standards/templates/mini/files/sub' → '\(outside)', which leads out of the catalog"
        case .filesFolder:
            template = "addon"
            try FileManager.default.removeItem(atPath: catalog + "/standards/templates/addon/files")
            try Self.link(catalog + "/standards/templates/addon/files", to: outside)
            expected =
                "error: template file 'files/addon.md' is read through the symbolic link 'standards/templates/addon/files' → '\(outside)', which leads out of the catalog"
        }
        let validate = try PMORunner.run(["validate", "--catalog", "cat"], in: folder.path)
        #expect(validate.status == 1, "\(validate)")
        let output = validate.stdout + validate.stderr
        let line = try #require(output.split(separator: "\n").first { $0.contains(expected) }, "\(validate)")
        #expect(line.hasPrefix("cat/standards/templates/\(template)/template.yaml:"), "the error points at the file's 'source:'")
        #expect(!output.contains(Self.secret))

        let new = try PMORunner.run(
            ["new", template, "proj", "--catalog", "cat", "--no-input", "--set", "project_name=x"], in: folder.path)
        #expect(new.status == 1, "\(new)")
        #expect(!(new.stdout + new.stderr).contains(Self.secret) && !Self.everything(under: folder.path + "/proj").contains(Self.secret))

        let publish = try PMORunner.run(["publish", "--catalog", "cat", "--out", "site"], in: folder.path)
        #expect(publish.status == 1, "\(publish)")
        #expect(!Self.everything(under: folder.path + "/site").contains(Self.secret))
    }

    // MARK: Pages and catalog files

    /// Where the link sits on the way to a page's Markdown (or the page's YAML itself).
    enum PageLinkLevel: String, CaseIterable, CustomTestStringConvertible {
        case bodyFileItself, bodyFileFolder, pageYAML
        var testDescription: String { rawValue }
    }

    @Test(arguments: PageLinkLevel.allCases)
    func pageThroughALinkOutOfTheCatalog(level: PageLinkLevel) throws {
        let folder = try TemporaryFolder()
        let catalog = try LimitsTests.catalogWithPage(of: 10, in: folder)
        let outside = try Self.plantSecret(folder)
        let pages = catalog + "/standards/pages"
        let expected: String
        switch level {
        case .bodyFileItself:
            try FileManager.default.removeItem(atPath: pages + "/glossary.md")
            try Self.link(pages + "/glossary.md", to: outside + "/page.md")
            expected =
                "cat/standards/pages/glossary.yaml:5:13: error: bodyFile 'glossary.md' is read through the symbolic link 'standards/pages/glossary.md' → '\(outside)/page.md', which leads out of the catalog"
        case .bodyFileFolder:
            let yaml = try String(contentsOfFile: pages + "/glossary.yaml", encoding: .utf8)
            try Data(yaml.replacingOccurrences(of: "bodyFile: glossary.md", with: "bodyFile: shared/page.md").utf8)
                .write(to: URL(fileURLWithPath: pages + "/glossary.yaml"))
            try Self.link(pages + "/shared", to: outside)
            expected =
                "cat/standards/pages/glossary.yaml:5:13: error: bodyFile 'shared/page.md' is read through the symbolic link 'standards/pages/shared' → '\(outside)', which leads out of the catalog"
        case .pageYAML:
            let yaml = try String(contentsOfFile: pages + "/glossary.yaml", encoding: .utf8)
            try folder.write(
                "outside/leak.yaml",
                yaml.replacingOccurrences(of: "name: glossary", with: "name: leak")
                    .replacingOccurrences(of: "bodyFile: glossary.md", with: "body: \(Self.secret)"))
            try Self.link(pages + "/leak.yaml", to: outside + "/leak.yaml")
            expected =
                "cat/standards/pages/leak.yaml: error: cannot read file: it is read through the symbolic link 'standards/pages/leak.yaml' → '\(outside)/leak.yaml', which leads out of the catalog"
        }
        let validate = try PMORunner.run(["validate", "--catalog", "cat"], in: folder.path)
        #expect(validate.status == 1, "\(validate)")
        #expect((validate.stdout + validate.stderr).contains(expected + "\n"), "\(validate)")
        #expect(!(validate.stdout + validate.stderr).contains(Self.secret))
        let publish = try PMORunner.run(["publish", "--catalog", "cat", "--out", "site"], in: folder.path)
        #expect(publish.status == 1, "\(publish)")
        #expect(
            !FileManager.default.fileExists(atPath: folder.path + "/site"),
            "nothing is published, so nothing leaks into the page or the search index")
    }

    @Test func linksThatStayInsideTheCatalogKeepWorking() throws {
        let folder = try TemporaryFolder()
        let catalog = try LimitsTests.catalogWithPage(of: 10, in: folder)
        try folder.write("cat/shared/glossary-body.md", "# 共有の用語集 inside-marker\n")
        let pages = catalog + "/standards/pages"
        let yaml = try String(contentsOfFile: pages + "/glossary.yaml", encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "bodyFile: glossary.md", with: "bodyFile: shared/glossary-body.md").utf8)
            .write(to: URL(fileURLWithPath: pages + "/glossary.yaml"))
        try Self.link(pages + "/shared", to: "../../shared")
        let publish = try PMORunner.run(["publish", "--catalog", "cat", "--out", "site"], in: folder.path)
        #expect(publish.status == 0, "\(publish)")
        #expect(Self.everything(under: folder.path + "/site").contains("inside-marker"))
    }

    // MARK: Project files

    @Test func lintNeverReadsAProjectFileThroughALinkOutOfTheProject() throws {
        let folder = try LimitsTests.rulesProject(big: 10, slow: "aa")
        let outside = try Self.plantSecret(folder)
        try FileManager.default.removeItem(atPath: folder.path + "/proj/big.md")
        try folder.write("proj/docs/real.md", "x\n")
        try Self.link(folder.path + "/proj/docs/sub", to: outside)
        try Self.link(folder.path + "/proj/big.md", to: "docs/sub/passwd")
        let result = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                "proj: error: [limits/big-read] rule could not be evaluated: 'assert' failed: 1:1: path 'big.md' escapes the project folder: it is read through the symbolic link 'big.md' → 'docs/sub/passwd', which leads out of the project"
            ), "\(result)")
        // The folder link on its own: a rule reading through it is refused at the folder.
        try FileManager.default.removeItem(atPath: folder.path + "/proj/big.md")
        try Self.link(folder.path + "/proj/big.md", to: outside + "/passwd")
        let direct = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(
            direct.stdout.contains("it is read through the symbolic link 'big.md' → '\(outside)/passwd', which leads out of the project"),
            "\(direct)")
        #expect(!(direct.stdout + direct.stderr).contains(Self.secret))
        #expect(!(result.stdout + result.stderr).contains(Self.secret))
    }

    @Test func driftReportsAManagedFileReplacedByALinkAsModified() throws {
        let (folder, catalog, project) = try DriftCommandTests.scenario(git: false)
        // Same bytes as the standard wrote, but through a link: modified, never read through.
        try FileManager.default.moveItem(atPath: project + "/docs/report.md", toPath: folder.path + "/report-copy.md")
        try Self.link(project + "/docs/report.md", to: folder.path + "/report-copy.md")
        let outside = try Self.plantSecret(folder)
        try FileManager.default.moveItem(atPath: project + "/docs", toPath: outside + "/docs")
        try Self.link(project + "/docs", to: outside + "/docs")
        let drift = try PMORunner.run(["drift", "proj", "--catalog", catalog, "--no-lint"], in: folder.path)
        #expect(drift.stdout.contains("modified  docs/report.md") && drift.stdout.contains("modified  docs/charter.md"), "\(drift)")
        #expect(drift.stdout.contains("0 of 2 managed files unchanged"), "\(drift)")
    }

    @Test func updateRefusesAManagedFileBehindALinkOutOfTheProject() throws {
        let (folder, catalog, project) = try DriftCommandTests.scenario(git: false)
        let outside = try Self.plantSecret(folder)
        try FileManager.default.moveItem(atPath: project + "/docs", toPath: outside + "/docs")
        try Self.link(project + "/docs", to: outside + "/docs")
        let before = Self.everything(under: outside)
        let update = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(update.status == 1, "\(update)")
        #expect(
            update.stderr.contains(
                "docs/charter.md: is read through the symbolic link 'docs' → '\(outside)/docs', which leads out of the project")
                || update.stderr.contains(
                    "docs/report.md: is read through the symbolic link 'docs' → '\(outside)/docs', which leads out of the project"),
            "\(update)")
        #expect(Self.everything(under: outside) == before, "nothing outside the project was written")
    }

    // MARK: FIFOs

    @Test func aFIFOIsRefusedNotWaitedOn() throws {
        let folder = try TemporaryFolder()
        let catalog = try DriftCommandTests.writeCatalog(folder)
        #expect(mkfifo(folder.path + "/pipe.yaml", 0o644) == 0)
        let convert = try PMORunner.run(["convert", "--to", "json", "pipe.yaml"], in: folder.path, timeout: 20)
        #expect(!convert.timedOut && convert.status == 1, "\(convert)")
        #expect(
            convert.stderr.contains(
                "pipe.yaml: error: cannot read file: it is not a regular file (a FIFO, socket or device is never read)"), "\(convert)")
        let new = try PMORunner.run(
            ["new", "mini", "proj", "--catalog", catalog, "--no-input", "--values", "pipe.yaml"], in: folder.path, timeout: 20)
        #expect(!new.timedOut && new.status != 0, "\(new)")
        #expect(new.stderr.contains("is not a regular file"), "\(new)")
        #expect(mkfifo(catalog + "/standards/templates/mini/files/fifo.md", 0o644) == 0)
        try Data(
            DriftCommandTests.miniTemplate(version: "1.0.0", changelog: "", extraFile: "    - {source: fifo.md, target: docs/fifo.md}").utf8
        )
        .write(to: URL(fileURLWithPath: catalog + "/standards/templates/mini/template.yaml"))
        let validate = try PMORunner.run(["validate", "--catalog", catalog], in: folder.path, timeout: 20)
        #expect(!validate.timedOut && validate.status == 1, "\(validate)")
        #expect((validate.stdout + validate.stderr).contains("error: template file 'files/fifo.md' is not a regular file"), "\(validate)")
    }

    // MARK: One lock reader

    /// Locks that drift and update refuse; lint refuses them the same way.
    static let badLocks: [(name: String, text: String, message: String)] = [
        ("truncated", "lockVersion: 1\ntemplate: mini\nparameters: {}\ncatalog: {name: test, ver", "error:"),
        ("bad sha", lock(template: "mini", sha: "xyz"), "error: sha256 'xyz' is not 64 hex digits"),
        ("lockVersion 99", lock(template: "mini", lockVersion: "99"), "error: lockVersion 99 is not supported (this pmo reads 1)"),
        (
            "version not semver", lock(template: "mini", version: "one"),
            "error: template 'mini' has version 'one', which is not a semantic version"
        ),
        (
            "path out of the project", lock(template: "mini", sha: String(repeating: "a", count: 64), path: "../../victim.md"),
            "error: file path '../../victim.md' contains '..' and would leave the project folder"
        ),
    ]

    @Test(arguments: badLocks.indices)
    func everyCommandRefusesTheSameBadLock(index: Int) throws {
        let bad = Self.badLocks[index]
        let (folder, catalog, _) = try DriftCommandTests.scenario(git: false)
        try folder.write("proj/.pmo/lock.yaml", bad.text)
        for command in [
            ["lint", "proj"], ["drift", "proj", "--no-lint"], ["update", "proj", "--dry-run"], ["checklist", "show", "proj"],
        ] {
            let result = try PMORunner.run(command + ["--catalog", catalog], in: folder.path)
            #expect(result.status == 1, "\(bad.name), pmo \(command[0]): \(result)")
            #expect(
                result.stderr.contains("proj/.pmo/lock.yaml:") && result.stderr.contains(bad.message),
                "\(bad.name), pmo \(command[0]): \(result)")
        }
    }

    // MARK: Checklist attestation

    @Test(arguments: ["", "  "])
    func checklistCheckRefusesAnEmptyName(name: String) throws {
        let (folder, catalog, project) = try DriftCommandTests.scenario(git: false)
        let result = try PMORunner.run(
            ["checklist", "check", "X-1", "--by", name, "--project", "proj", "--catalog", catalog], in: folder.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Error: --by needs the name of the person who attests the item; it is empty"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: project + "/.pmo/lock"), "refused before anything was touched")
    }
}
