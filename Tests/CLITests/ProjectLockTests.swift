import Foundation
import Testing

/// Issue 15: two runs that change one project (`pmo update`, `pmo new --add`, `pmo checklist check`)
/// never run at once; the second waits briefly, then says who holds the project.
@Suite("The project's write lock")
struct ProjectLockTests {
    /// Holds `proj/.pmo/lock` the way a running pmo does (flock, and who it is written in the file).
    final class Holder {
        let descriptor: Int32

        init(project: String, record: String) throws {
            descriptor = open(project + "/.pmo/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            #expect(descriptor >= 0)
            #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
            _ = ftruncate(descriptor, 0)
            _ = record.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        }

        deinit { close(descriptor) }
    }

    @Test(arguments: [
        ["update", "proj"],
        ["new", "addon", "proj", "--add", "--no-input"],
        ["checklist", "check", "X-1", "--by", "山田", "--project", "proj"],
    ])
    func aSecondRunSaysWhoHoldsTheProject(command: [String]) throws {
        let (folder, catalog, project) = try DriftCommandTests.scenario(git: false)
        let lockBefore = DriftCommandTests.read(project + "/.pmo/lock.yaml")
        let holder = try Holder(project: project, record: "4242\npmo update\n2026-12-06T00:31:02Z\n")
        let started = ContinuousClock.now
        let result = try PMORunner.run(command + ["--catalog", catalog], in: folder.path, environment: ["PMO_LOCK_WAIT": "0.3"])
        #expect(ContinuousClock.now - started >= .milliseconds(300), "it waited before giving up")
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr.contains(
                "error: proj is being changed by another pmo: pid 4242 (pmo update) since 2026-12-06T00:31:02Z; waited 0.3 s — run again when it has finished"
            ), "\(result)")
        #expect(DriftCommandTests.read(project + "/.pmo/lock.yaml") == lockBefore, "nothing was changed")
        withExtendedLifetime(holder) {}
    }

    @Test func theLockIsGivenUpWhenTheHolderEnds() throws {
        let (folder, catalog, project) = try DriftCommandTests.scenario(git: false)
        do { _ = try Holder(project: project, record: "1\npmo update\nnow\n") }
        let result = try PMORunner.run(["update", "proj", "--catalog", catalog], in: folder.path, environment: ["PMO_LOCK_WAIT": "0"])
        #expect(result.status == 0 || result.status == 1, "\(result)")
        #expect(!result.stderr.contains("is being changed by another pmo"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: project + "/.pmo/lock"), "a project at rest has no lock file")
    }

    /// Two `pmo update` at once, on a project whose edit conflicts with the new standard: one merges and
    /// writes one conflict block; the other waits for it and then finds the markers, never nesting a second block.
    @Test func twoConcurrentUpdatesNeverNestTheirConflicts() throws {
        let (folder, catalog, project) = try DriftCommandTests.scenario(git: true)
        try folder.write("proj/docs/charter.md", "# 憲章\n\n目的：在庫を減らす\n\n担当：在庫\n")
        let results = Locked<[PMORunner.Result]>([])
        let directory = folder.path
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            if let result = try? PMORunner.run(
                ["update", "proj", "--catalog", catalog], in: directory, environment: ["PMO_LOCK_WAIT": "30"])
            {
                results.mutate { $0.append(result) }
            }
        }
        let both = results.value
        #expect(both.count == 2)
        #expect(both.allSatisfy { $0.status == 1 }, "\(both)")
        #expect(both.filter { $0.stdout.contains("conflict") && $0.stdout.contains("docs/charter.md") }.count >= 1, "\(both)")
        #expect(
            both.filter { $0.stderr.contains("conflict markers from an earlier update are still in the project") }.count == 1, "\(both)")
        let charter = try #require(DriftCommandTests.read(project + "/docs/charter.md"))
        #expect(charter.components(separatedBy: "<<<<<<<").count == 2, "one conflict block, not nested: \(charter)")
    }
}

/// A value shared between threads of a test.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }

    func mutate(_ body: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&stored)
    }
}
