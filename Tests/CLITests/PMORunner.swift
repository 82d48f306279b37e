import Foundation
import Testing

/// Runs the built `pmo` executable as a subprocess, the way a user or CI runs it, and
/// captures its exit status, stdout and stderr. Shared by every end-to-end test in CLITests.
///
/// ```swift
/// let result = try PMORunner.run(["validate"], in: catalogFolder)
/// #expect(result.status == 1)
/// #expect(result.stderr.contains("error:"))
/// ```
///
/// The executable is the `pmo` in the same build products folder as this test bundle (so
/// `swift test` always runs the binary it just built), or `$PMO_EXECUTABLE` when set.
/// The child's environment is the test's own minus everything that changes pmo's behaviour
/// (`PMO_*`, `NO_COLOR`, `TERM`), so tests are not at the mercy of the developer's shell;
/// pass `environment` to set variables for one run. Stdout and stderr are pipes, never a
/// terminal, so output is plain text unless a test asks otherwise.
enum PMORunner {
    /// What a run produced.
    struct Result: Sendable, CustomStringConvertible {
        /// The exit status (or the signal number when the process was killed).
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the run was stopped because it exceeded its time limit.
        var timedOut: Bool

        /// Status and both streams, for failure messages: `#expect(r.status == 0, "\(r)")`.
        var description: String {
            "exit status \(status)\(timedOut ? " (timed out)" : "")\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
        }
    }

    /// Why a run could not start.
    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// True for the variables removed from the inherited environment before every run.
    static func scrubbedVariables(_ name: String) -> Bool {
        name.hasPrefix("PMO_") || name == "NO_COLOR" || name == "TERM" || name == "CLICOLOR_FORCE" || name == "FORCE_COLOR"
    }

    /// The folder holding the built products (`.build/debug` or the scratch path's equivalent).
    static var productsDirectory: URL {
        // The resource bundle of this target sits beside the executables on every platform.
        Bundle.module.bundleURL.deletingLastPathComponent()
    }

    /// The `pmo` executable under test.
    static func executable() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["PMO_EXECUTABLE"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let candidate = productsDirectory.appendingPathComponent("pmo")
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw LaunchError(description: "no pmo executable at \(candidate.path); build it first (`swift build`) or set PMO_EXECUTABLE")
        }
        return candidate
    }

    /// The folder of this target's fixtures (`Tests/CLITests/Fixtures`, copied into the resource bundle).
    static var fixtures: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// Runs `pmo` with `arguments`.
    ///
    /// - Parameters:
    ///   - arguments: The command line after `pmo`.
    ///   - directory: The working directory (paths in pmo's output are shown relative to it).
    ///   - environment: Variables to set for this run, on top of the scrubbed inherited environment.
    ///   - stdin: Text for standard input; without it, stdin is empty (`/dev/null`).
    ///   - timeout: Seconds after which the process is terminated and the result marked `timedOut`.
    static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
        stdin: String? = nil, timeout: TimeInterval = 60
    ) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var childEnvironment = ProcessInfo.processInfo.environment.filter { !scrubbedVariables($0.key) }
        for (name, value) in environment { childEnvironment[name] = value }
        process.environment = childEnvironment

        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice

        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        // Drain both pipes while the process runs, so a full pipe buffer can never block it.
        DispatchQueue.global().async(group: group) { collected.setStdout(output.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { collected.setStderr(errors.fileHandleForReading.readDataToEndOfFile()) }
        if let input, let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            finished.signal()
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            finished.wait()
        }
        group.wait()
        return Result(status: process.terminationStatus, stdout: collected.stdoutText, stderr: collected.stderrText, timedOut: timedOut)
    }

    /// Output gathered from the reader threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()

        func setStdout(_ data: Data) { lock.lock(); out = data; lock.unlock() }
        func setStderr(_ data: Data) { lock.lock(); err = data; lock.unlock() }
        var stdoutText: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }
        var stderrText: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }
    }
}
