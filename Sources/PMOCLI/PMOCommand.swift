import ArgumentParser

/// The `pmo` root command: keeps a company's PMO standards as code.
package struct PMOCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "pmo",
        abstract: "PMO standards as code: validate, instantiate, lint, drift and publish a catalog.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            ListCommand.self,
            ShowCommand.self,
            ConvertCommand.self,
            SchemaCommand.self,
            EvalCommand.self,
            NewCommand.self,
            ChecklistCommand.self,
            LintCommand.self,
            DriftCommand.self,
            UpdateCommand.self,
            PublishCommand.self,
            InitCommand.self,
            ReleaseCommand.self,
            ReportCommand.self,
            ServeCommand.self,
        ]
    )

    package init() {}

    /// Runs the command line, mapping usage errors to exit code 2 as the command contract says
    /// (swift-argument-parser's own default for them is 64).
    package static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            exit(withError: nil)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                FileHandleOutput.standardError(message.hasSuffix("\n") ? message : message + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
