import PMOExpression
import PMOYAML

/// The file functions of project rules: `exists read yaml headings csv lines`.
///
/// Every path is project-relative; `..`, absolute paths and links leading out of the project
/// give an error value, as does a missing file (except for `exists`).
extension ProjectContext {
    /// The host functions, by name.
    var functions: [String: HostFunction] {
        let context = self
        return [
            "exists": { arguments in
                context.withPath("exists", arguments) { path in
                    switch context.exists(path) {
                    case .success(let flag): return .bool(flag)
                    case .failure(let error): return .error(EvaluationError(message: error.description))
                    }
                }
            },
            "read": { arguments in
                context.withPath("read", arguments) { path in
                    context.text(path).valueOrError { .string($0) }
                }
            },
            "lines": { arguments in
                context.withPath("lines", arguments) { path in
                    context.text(path).valueOrError { text in
                        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                            Value.string($0.hasSuffix("\r") ? String($0.dropLast()) : String($0))
                        }
                        if text.hasSuffix("\n") { lines.removeLast() }
                        return .list(lines)
                    }
                }
            },
            "headings": { arguments in
                context.withPath("headings", arguments) { path in
                    context.markdownHeadings(path).valueOrError { .list($0.map { Value.string($0.text) }) }
                }
            },
            "csv": { arguments in
                context.withPath("csv", arguments) { path in
                    context.csvTable(path).valueOrError { table in
                        let names = table.header.map(\.text)
                        return .list(
                            table.records.map { row in
                                var map = ValueMap()
                                for (index, name) in names.enumerated() {
                                    map.insert(.string(name), .string(index < row.count ? row[index].text : ""))
                                }
                                return .map(map)
                            })
                    }
                }
            },
            "yaml": { arguments in
                context.withPath("yaml", arguments) { path in
                    switch context.yamlStream(path) {
                    case .success(let stream): return stream.documents.first.map(YAMLValue.value(of:)) ?? .null
                    case .failure(let error): return .error(EvaluationError(message: error.message))
                    }
                }
            },
        ]
    }

    private func withPath(_ name: String, _ arguments: [Value], _ body: (String) -> Value) -> Value {
        guard arguments.count == 1, case .string(let path) = arguments[0] else {
            return .error(
                EvaluationError(
                    message:
                        "no such overload: \(name)(\(arguments.map { $0.type.description }.joined(separator: ", "))); \(name) takes one string path"
                ))
        }
        return body(path)
    }
}

extension Result where Failure == ProjectPathError {
    func valueOrError(_ transform: (Success) -> Value) -> Value {
        switch self {
        case .success(let value): return transform(value)
        case .failure(let error): return .error(EvaluationError(message: error.description))
        }
    }
}
