import Foundation
import PMOCatalog

/// Runs git (and tar) as child processes; no shell, so paths and commits are never interpreted.
enum Git {
    /// Runs `git ARGS` in `directory`; nil when git cannot be started.
    static func run(_ arguments: [String], in directory: String) -> ChildProcess.Output? {
        run(executable: "git", ["-C", directory] + arguments)
    }

    /// Runs a program found on PATH, feeding `input` to its stdin.
    static func run(executable: String, _ arguments: [String], input: Data? = nil) -> ChildProcess.Output? {
        ChildProcess.run(executable, arguments, input: input, environment: ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"])
    }
}
