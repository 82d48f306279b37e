import Foundation

/// Runs git (and tar) as child processes; no shell, so paths and commits are never interpreted.
enum Git {
    struct Output {
        var status: Int32
        var stdout: Data
    }

    /// Runs `git ARGS` in `directory`; nil when git cannot be started.
    static func run(_ arguments: [String], in directory: String) -> Output? {
        run(executable: "git", ["-C", directory] + arguments)
    }

    /// Runs a program found on PATH, feeding `input` to its stdin.
    static func run(executable: String, _ arguments: [String], input: Data? = nil) -> Output? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        if let input, let inputPipe {
            // Write on another thread so a full stdout pipe cannot dead-lock the child.
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                writer.write(input)
                try? writer.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: data)
    }
}
