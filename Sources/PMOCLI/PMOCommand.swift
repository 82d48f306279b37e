import ArgumentParser

/// The `pmo` root command: keeps a company's PMO standards as code.
public struct PMOCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pmo",
        abstract: "PMO standards as code: validate, instantiate, lint, drift and publish a catalog.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            ListCommand.self,
            ShowCommand.self,
            ConvertCommand.self,
            SchemaCommand.self,
            // EvalCommand.self,
            NewCommand.self,
            ChecklistCommand.self,
            LintCommand.self,
            DriftCommand.self,
            UpdateCommand.self,
            PublishCommand.self,
        ]
    )

    public init() {}
}
