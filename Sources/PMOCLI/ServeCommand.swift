import ArgumentParser
import Foundation
import PMOProject
import PMOSupport

/// `pmo serve …`: runs `pmo-server` from beside the pmo binary (as git runs its subcommands), so that the
/// CLI does not link the HTTP server, NIO or the database clients.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the organisation's report server (HTTP API over SQLite or PostgreSQL), or manage its tokens.",
        discussion: """
            pmo serve [--database sqlite:PATH | postgres://USER:PASS@HOST:PORT/DB] [--hostname H] [--port N] [--public-read]
            pmo serve token create PROJECT_ID | --reader NAME;  pmo serve token list;  pmo serve token revoke ID
            Every argument is passed to pmo-server, installed beside pmo; `pmo serve --help` shows its help.
            See docs/server.md.
            """)

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for pmo-server.", valueName: "ARGUMENTS"))
    var arguments: [String] = []

    func run() throws {
        let console = Console()
        guard let server = Self.serverPath() else {
            console.error(
                "error: pmo-server is not installed beside pmo; build it with `swift build --product pmo-server` or `make install`")
            throw ExitCode(2)
        }
        let argv = ([server] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        execv(server, argv)
        console.error("error: cannot run \(server): \(String(cString: strerror(errno)))")
        throw ExitCode(2)
    }

    /// `pmo-server` in the folder of the running pmo (symbolic links resolved), when it is there.
    static func serverPath() -> String? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let own = executable == "/proc/self/exe" ? CommandLine.arguments.first.map(Paths.absolute) : executable
        guard let own else { return nil }
        let candidate = URL(fileURLWithPath: own).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("pmo-server")
            .path
        return access(candidate, X_OK) == 0 ? candidate : nil
    }
}
