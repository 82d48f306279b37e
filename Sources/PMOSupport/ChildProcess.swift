import Foundation

/// Runs a program (found on PATH) as a child process without a shell, and collects its stdout.
///
/// Uses `posix_spawnp` and `waitpid` directly: Foundation's `Process.waitUntilExit()` on Linux
/// polls its run loop and adds tens of milliseconds to every call, which is most of the budget
/// of a command such as `pmo new`.
package enum ChildProcess {
    /// The outcome of a run.
    package struct Output: Sendable {
        /// The exit status (128 + signal number when killed by a signal).
        package var status: Int32
        /// Everything the child wrote to stdout.
        package var stdout: Data
    }

    /// Runs `executable ARGS`, feeding `input` to stdin (or /dev/null), with stderr discarded.
    /// `environment` entries are added to (or replace) the inherited environment. Nil when the program cannot be started.
    package static func run(
        _ executable: String, _ arguments: [String], input: Data? = nil,
        environment: [String: String] = [:]
    ) -> Output? {
        var outPipe: [Int32] = [0, 0]
        var inPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { return nil }
        if input != nil && pipe(&inPipe) != 0 {
            close(outPipe[0]); close(outPipe[1])
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
            posix_spawn_file_actions_addclose(&actions, inPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, outPipe[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        close(outPipe[1])
        if input != nil { close(inPipe[0]) }
        guard spawned == 0 else {
            close(outPipe[0])
            if input != nil { close(inPipe[1]) }
            return nil
        }
        if let input {
            // Write on another thread so a child that fills its stdout pipe first cannot dead-lock us.
            let writer = FileHandle(fileDescriptor: inPipe[1], closeOnDealloc: true)
            let thread = Thread {
                writer.write(input)
                try? writer.close()
            }
            thread.start()
        }
        let reader = FileHandle(fileDescriptor: outPipe[0], closeOnDealloc: true)
        let data = reader.readDataToEndOfFile()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return Output(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), stdout: data)
    }
}
