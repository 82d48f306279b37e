import ArgumentParser
import PMOSupport
import PMOYAML

/// `pmo convert --to json FILE...`: strict-load YAML and print each document as one JSON line.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Strict-load YAML files and print each document as one JSON line.",
        discussion:
            "An empty stream prints nothing; an empty document prints null. Errors are printed as FILE:LINE:COL: error: … and the exit code is 1."
    )

    enum Target: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Option(name: .customLong("to"), help: "Output format (json).")
    var target: Target = .json

    @Argument(help: "YAML files to convert.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    func run() throws {
        let console = Console()
        let loader = YAMLLoader(limits: Environment.yamlLimits())
        var failed = false
        for file in files {
            do {
                let stream = try loader.loadFile(atPath: file, displayPath: Paths.display(file))
                var out = ""
                for document in stream.documents {
                    JSONWriter.write(document, into: &out)
                    out += "\n"
                }
                console.write(out)
            } catch let list as DiagnosticList {
                failed = true
                console.report(list.diagnostics)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
