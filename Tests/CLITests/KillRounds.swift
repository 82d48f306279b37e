import Foundation
import Testing

/// Runs `pmo` and kills it with SIGKILL at random moments, for the crash-safety tests in ``KillTests``.
///
/// The moments come from a seeded generator, so a failing round reproduces: every test prints its seed,
/// and `PMO_KILL_SEED=N` replays it. `PMO_KILL_ROUNDS=N` sets the number of rounds (default 30;
/// `make killtest` runs 100).
enum KillRounds {
    /// Rounds per test: `$PMO_KILL_ROUNDS`, else 30.
    static var rounds: Int {
        ProcessInfo.processInfo.environment["PMO_KILL_ROUNDS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 30
    }

    /// The seed: `$PMO_KILL_SEED`, else a fresh random one.
    static func seed() -> UInt64 {
        ProcessInfo.processInfo.environment["PMO_KILL_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
    }

    /// Runs `pmo arguments` in `directory` to the end; returns the exit status and the seconds it took.
    static func timedRun(_ arguments: [String], in directory: String) throws -> (status: Int32, seconds: Double) {
        let start = DispatchTime.now()
        let result = try PMORunner.run(arguments, in: directory)
        return (result.status, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }

    /// Starts `pmo arguments` in `directory` and kills it with SIGKILL when it is still running after
    /// `delay` seconds; returns true when it was killed (false when it had finished by itself).
    static func runAndKill(_ arguments: [String], in directory: String, after delay: Double) throws -> Bool {
        let process = try quietProcess(arguments, in: directory)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Not a sleep: the wait ends as soon as the process exits, and the moment is the point of the test.
        let killed = finished.wait(timeout: .now() + delay) == .timedOut
        if killed {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    /// One entry of a folder tree: a folder, or a file with its bytes and permission bits.
    enum Entry: Equatable, CustomStringConvertible {
        case folder
        case file(Data, mode: Int)

        var description: String {
            switch self {
            case .folder: return "folder"
            case .file(let data, let mode): return "file of \(data.count) bytes, mode \(String(mode, radix: 8))"
            }
        }
    }

    /// Every folder and file under `root` (hidden ones included) by relative path; empty when `root` does not exist.
    static func snapshot(_ root: String) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return entries }
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                entries[relative] = .folder
            } else {
                entries[relative] = .file(FileManager.default.contents(atPath: path) ?? Data(), mode: Int(status.st_mode & 0o777))
            }
        }
        return entries
    }

    /// A short account of how two snapshots differ, for failure messages.
    static func difference(_ actual: [String: Entry], _ expected: [String: Entry]) -> String {
        var lines: [String] = []
        for key in Set(actual.keys).union(expected.keys).sorted() where actual[key] != expected[key] {
            lines.append(
                "  \(key): \(actual[key].map(\.description) ?? "missing"), expected \(expected[key].map(\.description) ?? "missing")")
            if lines.count == 8 { lines.append("  …"); break }
        }
        return lines.joined(separator: "\n")
    }

    /// The names in `folder` that start with `prefix`.
    static func entries(in folder: String, prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The pid of a process that has exited (for names a dead writer left behind).
    static func deadPid() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// `pmo arguments` in `directory`, set up but not started: the test environment, no input, output discarded.
    static func quietProcess(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = try PMORunner.executable()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.filter { !PMORunner.scrubbedVariables($0.key) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }
}
