import ArgumentParser
import Foundation
import PMOExpression

/// `pmo eval [--var NAME=EXPR]... EXPR`: evaluates a CEL expression and prints the result as a CEL literal.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a CEL expression and print the result as a CEL literal.",
        discussion: """
            Each --var binds NAME (dotted names such as a.b.c are allowed) to the value of its own \
            expression; they are evaluated in order, so later ones may use earlier ones. `now` is \
            bound to the current time. An expression may start with '-' (pmo eval -1 + 2); words \
            after the options are joined with spaces.

            Exit status: 0 with a value, 1 when the result is an error value, 2 on a syntax or \
            usage error. The language is described in docs/expressions.md.
            """)

    @Option(
        name: .customLong("var"), help: ArgumentHelp("Bind NAME to the value of EXPR (repeatable).", valueName: "NAME=EXPR"),
        transform: Binding.init)
    var variables: [Binding] = []

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The expression to evaluate.", valueName: "EXPR"))
    var expressionWords: [String] = []

    func validate() throws {
        if expressionWords.isEmpty {
            throw ValidationError("missing the expression to evaluate, e.g. pmo eval '1 + 2'")
        }
    }

    func run() throws {
        let console = Console()
        let expression = expressionWords.joined(separator: " ")
        var activation = Activation(["now": Value(Date())])
        for binding in variables {
            let value = try evaluate(binding.source, sourceName: "<var \(binding.name)>", in: activation, console: console)
            activation[binding.name] = value
        }
        let result = try evaluate(expression, sourceName: "<expr>", in: activation, console: console)
        console.line(result.celLiteral)
    }

    /// Parses and evaluates; exit 2 with a caret on a syntax error, exit 1 on an error value.
    private func evaluate(_ source: String, sourceName: String, in activation: Activation, console: Console) throws -> Value {
        let parsed: CELExpression
        do throws(ExpressionParseError) {
            parsed = try CELExpression.parse(source)
        } catch {
            console.error(error.rendered(source: source, sourceName: sourceName))
            throw ExitCode(2)
        }
        let value = parsed.evaluate(in: activation)
        if case .error(let error) = value {
            let origin = sourceName == "<expr>" ? "" : "\(sourceName): "
            console.error("error: \(origin)\(error.message)")
            throw ExitCode(1)
        }
        return value
    }
}

extension EvalCommand {
    /// One `--var NAME=EXPR`, split at the first `=`; NAME must be a (dotted) identifier.
    struct Binding {
        var name: String
        var source: String

        init(_ argument: String) throws {
            guard let equals = argument.firstIndex(of: "=") else {
                throw ValidationError("must be written NAME=EXPR")
            }
            let name = String(argument[..<equals])
            let isIdentifier = { (part: Substring) in
                guard let first = part.first, first == "_" || (first.isASCII && first.isLetter) else { return false }
                return part.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
            }
            guard !name.isEmpty, name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isIdentifier) else {
                throw ValidationError("the name '\(name)' must be an identifier such as project or a.b.c")
            }
            self.name = name
            source = String(argument[argument.index(after: equals)...])
        }
    }
}
