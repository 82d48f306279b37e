import Foundation
import PMOSupport

/// Runs git in a catalog folder through ``ChildProcess`` (posix_spawn, no shell, so paths and commits
/// are never interpreted), with prompts off and messages in the C locale.
enum Git {
    /// Runs `git ARGS` in `directory`; nil when git cannot be started.
    static func run(_ arguments: [String], in directory: String) -> ChildProcess.Output? {
        ChildProcess.run("git", ["-C", directory] + arguments, environment: ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"])
    }
}
