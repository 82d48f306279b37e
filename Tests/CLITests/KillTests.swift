import Foundation
import PMOTestSupport
import Testing

/// Crash safety of the three commands that write: `pmo new`, `pmo update` and `pmo publish` are killed
/// with SIGKILL at random moments (see ``KillRounds``), and what they leave must be the state before or
/// the complete result — never a mix — with the temporary folders of killed runs removed by the next run.
@Suite("SIGKILL at random moments", .serialized)
struct KillTests {
    // MARK: pmo new

    @Test func newLeavesNoProjectOrACompleteOne() throws {
        let folder = try TemporaryFolder()
        let catalog = try NewCommandTests.bigCatalog(in: folder, count: 150, size: 2_000)
        let arguments = ["new", "big", "--catalog", catalog, "--no-input", "--set", "project_name=基幹"]
        let reference = try KillRounds.timedRun(arguments.inserting("ref", at: 2), in: folder.path)
        #expect(reference.status == 0)
        let complete = KillRounds.snapshot(folder.path + "/ref")
        let seed = KillRounds.seed()
        var random = SeededGenerator(seed: seed)
        var outcomes = ["absent": 0, "complete": 0]
        for round in 0..<KillRounds.rounds {
            let delay = Double.random(in: 0...(reference.seconds * 1.2), using: &random)
            _ = try KillRounds.runAndKill(arguments.inserting("out", at: 2), in: folder.path, after: delay)
            let after = KillRounds.snapshot(folder.path + "/out")
            if after.isEmpty && !FileManager.default.fileExists(atPath: folder.path + "/out") {
                outcomes["absent", default: 0] += 1
            } else {
                #expect(
                    after == complete,
                    "seed \(seed), round \(round): DEST is neither absent nor complete\n\(KillRounds.difference(after, complete))")
                outcomes["complete", default: 0] += 1
                try FileManager.default.removeItem(atPath: folder.path + "/out")
            }
            let others = KillRounds.entries(in: folder.path, prefix: "").filter {
                !["cat", "ref"].contains($0) && !$0.hasPrefix(".out.pmo-tmp-")
            }
            #expect(others.isEmpty, "seed \(seed), round \(round): unexpected \(others)")
        }
        let last = try PMORunner.run(arguments.inserting("out", at: 2), in: folder.path)
        #expect(last.status == 0, "\(last)")
        #expect(KillRounds.entries(in: folder.path, prefix: ".out.pmo-tmp-").isEmpty, "the last run removes what killed runs left")
        print(
            "kill test pmo new: seed \(seed), \(KillRounds.rounds) rounds over \(String(format: "%.2f", reference.seconds))s, \(outcomes)")
    }

    @Test func newRemovesOnlyTheTemporaryFoldersOfDeadRuns() throws {
        let folder = try TemporaryFolder()
        let catalog = try NewCommandTests.bigCatalog(in: folder, count: 2, size: 100)
        let dead = try KillRounds.deadPid()
        try folder.write(".out.pmo-tmp-\(dead)-a1b2c3/docs/x.md", "half written\n")
        try folder.write(".out.pmo-tmp-\(getpid())-d4e5f6/docs/x.md", "a run still going\n")
        try folder.write(".out.pmo-tmp-g7h8i9/docs/x.md", "no pid: not ours to judge\n")
        try folder.write(".other.pmo-tmp-\(dead)-a1b2c3/docs/x.md", "another DEST's\n")
        let result = try PMORunner.run(
            ["new", "big", "out", "--catalog", catalog, "--no-input", "--set", "project_name=基幹"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(KillRounds.entries(in: folder.path, prefix: ".out.pmo-tmp-") == [".out.pmo-tmp-\(getpid())-d4e5f6", ".out.pmo-tmp-g7h8i9"])
        #expect(FileManager.default.fileExists(atPath: folder.path + "/.other.pmo-tmp-\(dead)-a1b2c3"))
    }

    @Test func newRefusesTheCurrentFolderAsDestination() throws {
        let folder = try TemporaryFolder()
        let catalog = try NewCommandTests.bigCatalog(in: folder, count: 2, size: 100)
        try FileManager.default.createDirectory(atPath: folder.path + "/here", withIntermediateDirectories: false)
        var before = stat()
        stat(folder.path + "/here", &before)
        for dest in [".", "../here"] {
            let result = try PMORunner.run(
                ["new", "big", dest, "--catalog", catalog, "--no-input", "--set", "project_name=基幹"], in: folder.path + "/here")
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("error: DEST must not be the current folder"), "\(result)")
            #expect(result.stderr.contains("cd .. && pmo new TEMPLATE here"), "\(result)")
        }
        var after = stat()
        stat(folder.path + "/here", &after)
        #expect(after.st_ino == before.st_ino, "the folder is the same folder")
        #expect(KillRounds.entries(in: folder.path + "/here", prefix: "").isEmpty)
        #expect(KillRounds.entries(in: folder.path, prefix: ".here.pmo-tmp-").isEmpty)
    }

    // MARK: pmo update

    /// A catalog in git with template `big` 1.0.0 (`count` managed files), a project made from it with one local
    /// edit, and the catalog moved to 1.1.0: every file changed at its end, one dropped, 40 added in a new folder.
    static func updateScenario(count: Int) throws -> (folder: TemporaryFolder, catalog: String) {
        let folder = try TemporaryFolder()
        let catalog = try NewCommandTests.bigCatalog(in: folder, count: count, size: 600)
        try DriftCommandTests.git(["init", "-q"], in: catalog)
        try DriftCommandTests.commitAll(catalog, "big 1.0.0")
        let made = try PMORunner.run(
            ["new", "big", "proj", "--catalog", catalog, "--no-input", "--set", "project_name=基幹"], in: folder.path)
        #expect(made.status == 0, "\(made)")
        let edited = folder.path + "/proj/docs/基幹/0/f0.md"
        let text = try #require(DriftCommandTests.read(edited))
        try Data(("チームのメモ：この文書は週次で見直す\n" + text).utf8).write(to: URL(fileURLWithPath: edited))

        let templatePath = catalog + "/standards/templates/big/template.yaml"
        var template = try #require(DriftCommandTests.read(templatePath))
        template = template.replacingOccurrences(
            of: "version: \"1.0.0\", changelog: [",
            with: "version: \"1.1.0\", changelog: [{version: \"1.1.0\", date: 2026-02-01, changes: 末尾に改訂欄を追加}, ")
        template = template.replacingOccurrences(of: "    - {source: f1.md, target: \"docs/{{project_name}}/0/f1.md\"}\n", with: "")
        for index in 0..<40 {
            template += "    - {source: n\(index).md, target: \"new/{{project_name}}/n\(index).md\"}\n"
            try folder.write("cat/standards/templates/big/files/n\(index).md", "# 新しい文書 \(index)\n")
        }
        try Data(template.utf8).write(to: URL(fileURLWithPath: templatePath))
        for index in 0..<count {
            let path = catalog + "/standards/templates/big/files/f\(index).md"
            let body = try #require(DriftCommandTests.read(path))
            try Data((body + "\n## 改訂欄（1.1.0）\n").utf8).write(to: URL(fileURLWithPath: path))
        }
        try DriftCommandTests.commitAll(catalog, "big 1.1.0")
        return (folder, catalog)
    }

    @Test func updateLeavesTheOldOrTheNewVersionWithALockThatMatches() throws {
        let (folder, catalog) = try Self.updateScenario(count: 80)
        let manager = FileManager.default
        try manager.copyItem(atPath: folder.path + "/proj", toPath: folder.path + "/before")
        let before = KillRounds.snapshot(folder.path + "/before")
        try manager.copyItem(atPath: folder.path + "/before", toPath: folder.path + "/ref")
        let reference = try KillRounds.timedRun(["update", "ref", "--catalog", catalog], in: folder.path)
        #expect(reference.status == 0)
        let complete = KillRounds.snapshot(folder.path + "/ref")
        let merged = try #require(DriftCommandTests.read(folder.path + "/ref/docs/基幹/0/f0.md"))
        #expect(
            merged.hasPrefix("チームのメモ") && merged.hasSuffix("## 改訂欄（1.1.0）\n"),
            "the reference keeps the local edit and takes the new section")
        #expect(
            complete[".pmo/lock.yaml"] != before[".pmo/lock.yaml"] && complete["docs/基幹/0/f1.md"] == nil && complete["new/基幹/n0.md"] != nil)

        let seed = KillRounds.seed()
        var random = SeededGenerator(seed: seed)
        var outcomes = ["before": 0, "complete": 0, "finished by the next run": 0]
        for round in 0..<KillRounds.rounds {
            try manager.removeItem(atPath: folder.path + "/proj")
            try manager.copyItem(atPath: folder.path + "/before", toPath: folder.path + "/proj")
            let update = ["update", "proj", "--catalog", catalog]
            if round % 3 == 2 {
                // Every third round aims at the window after the commit: kill as soon as the journal appears.
                try Self.killWhenJournalAppears(update, in: folder.path)
            } else {
                _ = try KillRounds.runAndKill(
                    update, in: folder.path, after: Double.random(in: 0...(reference.seconds * 1.2), using: &random))
            }
            // A killed run leaves its staging folder and the project's write lock file (the flock itself dies with it).
            let killed = KillRounds.snapshot(folder.path + "/proj").filter { !$0.key.hasPrefix(".pmo/.update-") && $0.key != ".pmo/lock" }
            let journaled = killed[".pmo/update-journal"] != nil
            if !journaled {
                #expect(
                    killed == before || killed == complete,
                    "seed \(seed), round \(round): the project is neither as before nor updated\n\(KillRounds.difference(killed, complete))"
                )
            }
            // The next run finishes a committed update, or removes the staging folder of one killed before its commit.
            let next = try PMORunner.run(update + ["--dry-run"], in: folder.path)
            #expect(next.status == 0, "seed \(seed), round \(round): \(next)")
            let recovered = KillRounds.snapshot(folder.path + "/proj")
            if recovered == complete {
                outcomes[journaled ? "finished by the next run" : "complete", default: 0] += 1
            } else {
                #expect(
                    recovered == before && !journaled,
                    "seed \(seed), round \(round): after recovery the lock and the files are not all old or all new\n\(KillRounds.difference(recovered, complete))"
                )
                outcomes["before", default: 0] += 1
            }
        }
        print(
            "kill test pmo update: seed \(seed), \(KillRounds.rounds) rounds over \(String(format: "%.2f", reference.seconds))s, \(outcomes)"
        )
        #expect(outcomes["before", default: 0] > 0, "seed \(seed): no kill landed before the update finished; the fixture is too small")
    }

    /// Runs `arguments` and kills the process as soon as `proj/.pmo/update-journal` exists (or it exits).
    static func killWhenJournalAppears(_ arguments: [String], in directory: String) throws {
        let process = try KillRounds.quietProcess(arguments, in: directory)
        try process.run()
        var status = stat()
        while process.isRunning && lstat(directory + "/proj/.pmo/update-journal", &status) != 0 {}
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test func updateRemovesOnlyTheStagingFoldersOfDeadRuns() throws {
        let (folder, catalog) = try Self.updateScenario(count: 3)
        let dead = try KillRounds.deadPid()
        try folder.write("proj/.pmo/.update-\(dead)-0badc0de/0", "staged by a killed run\n")
        try folder.write("proj/.pmo/.update-\(getpid())-0badc0de/0", "staged by a run still going\n")
        let result = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("note: removed .pmo/.update-\(dead)-0badc0de, left by an update that was interrupted"), "\(result)")
        #expect(KillRounds.entries(in: folder.path + "/proj/.pmo", prefix: ".update-") == [".update-\(getpid())-0badc0de"])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/proj/.pmo/update-journal"))
    }

    @Test func aJournalThatNamesPathsOutsideTheProjectIsRefused() throws {
        let (folder, catalog) = try Self.updateScenario(count: 3)
        try folder.write(
            "proj/.pmo/update-journal",
            #"{"journalVersion": 1, "staging": ".update-1-x", "moves": [{"staged": "0", "path": "../escape.md"}], "removals": []}"#)
        let result = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr.contains(
                ".pmo/update-journal records an interrupted pmo update but cannot be used: it names paths outside the project"), "\(result)"
        )
    }

    // MARK: pmo publish

    /// A catalog of `count` pages whose bodies carry `edition`.
    static func pageCatalog(in folder: TemporaryFolder, at name: String, count: Int, edition: String) throws -> String {
        try folder.write(
            "\(name)/catalog/catalog.yaml",
            """
            apiVersion: pmo/v1
            kind: Catalog
            metadata: {name: pages, title: ページ, description: テスト, owner: pmo, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
            spec:
              organization: テスト
              owners: [{id: pmo, name: PMO}]
              taxonomy: {categories: [{id: guide, title: 手引き}]}

            """)
        let paragraph = String(repeating: "プロジェクトの進捗を毎週報告します。", count: 20)
        for index in 0..<count {
            try folder.write(
                "\(name)/standards/pages/p\(index).yaml",
                """
                apiVersion: pmo/v1
                kind: Page
                metadata: {name: p\(index), title: 手引き\(index), description: \(edition), owner: pmo, category: guide, tags: [t\(index % 7)], version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: 初版}]}
                spec:
                  body: |
                    ## \(edition)
                    \(paragraph)

                """)
        }
        return folder.path + "/" + name
    }

    @Test func publishLeavesThePreviousSiteOrTheNewOne() throws {
        let folder = try TemporaryFolder()
        let catalogs = [
            try Self.pageCatalog(in: folder, at: "a", count: 150, edition: "第一版"),
            try Self.pageCatalog(in: folder, at: "b", count: 150, edition: "第二版"),
        ]
        var sites: [[String: KillRounds.Entry]] = []
        var seconds = 0.0
        for (index, catalog) in catalogs.enumerated() {
            let reference = try KillRounds.timedRun(["publish", "--catalog", catalog, "--out", "ref\(index)"], in: folder.path)
            #expect(reference.status == 0)
            seconds = max(seconds, reference.seconds)
            sites.append(KillRounds.snapshot(folder.path + "/ref\(index)"))
        }
        #expect(sites[0] != sites[1])
        let first = try PMORunner.run(["publish", "--catalog", catalogs[0], "--out", "site"], in: folder.path)
        #expect(first.status == 0, "\(first)")
        var current = 0
        let seed = KillRounds.seed()
        var random = SeededGenerator(seed: seed)
        var outcomes = ["previous": 0, "new": 0]
        for round in 0..<KillRounds.rounds {
            let next = 1 - current
            _ = try KillRounds.runAndKill(
                ["publish", "--catalog", catalogs[next], "--out", "site"], in: folder.path,
                after: Double.random(in: 0...(seconds * 1.2), using: &random))
            let site = KillRounds.snapshot(folder.path + "/site")
            if site == sites[next] {
                outcomes["new", default: 0] += 1
                current = next
            } else {
                #expect(
                    site == sites[current],
                    "seed \(seed), round \(round): the site is neither the previous nor the new one\n\(KillRounds.difference(site, sites[current]))"
                )
                outcomes["previous", default: 0] += 1
            }
            let others = KillRounds.entries(in: folder.path, prefix: "").filter {
                !["a", "b", "ref0", "ref1", "site"].contains($0) && !$0.hasPrefix(".site.pmo-new-") && !$0.hasPrefix(".site.pmo-old-")
            }
            #expect(others.isEmpty, "seed \(seed), round \(round): unexpected \(others)")
        }
        let last = try PMORunner.run(["publish", "--catalog", catalogs[0], "--out", "site"], in: folder.path)
        #expect(last.status == 0, "\(last)")
        #expect(KillRounds.entries(in: folder.path, prefix: ".site.pmo-").isEmpty, "the last run removes what killed runs left")
        print("kill test pmo publish: seed \(seed), \(KillRounds.rounds) rounds over \(String(format: "%.2f", seconds))s, \(outcomes)")
        #expect(outcomes["previous", default: 0] > 0, "seed \(seed): no kill landed before the swap; the fixture is too small")
    }

    @Test func publishCleansUpAfterARunKilledBetweenItsRenames() throws {
        let folder = try TemporaryFolder()
        let catalog = try Self.pageCatalog(in: folder, at: "a", count: 2, edition: "第一版")
        let published = try PMORunner.run(["publish", "--catalog", catalog, "--out", "site"], in: folder.path)
        #expect(published.status == 0, "\(published)")
        let dead = try KillRounds.deadPid()
        // What a run killed between its two renames leaves (on a file system that cannot exchange folders).
        try FileManager.default.moveItem(atPath: folder.path + "/site", toPath: folder.path + "/.site.pmo-old-\(dead)-1")
        try folder.write(".site.pmo-new-\(dead)-2/index.html", "half written")
        try folder.write(".site.pmo-new-\(getpid())-3/index.html", "a run still going")
        let again = try PMORunner.run(["publish", "--catalog", catalog, "--out", "site"], in: folder.path)
        #expect(again.status == 0, "\(again)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/site/index.html"))
        #expect(KillRounds.entries(in: folder.path, prefix: ".site.pmo-") == [".site.pmo-new-\(getpid())-3"])
    }
}

private extension Array where Element == String {
    func inserting(_ element: String, at index: Int) -> [String] {
        var copy = self
        copy.insert(element, at: index)
        return copy
    }
}
