import Foundation
import PMOExpression
import PMOSupport
import PMOYAML

/// Where a built-in check found a problem, and the values its message may use.
struct CheckHit: Sendable {
    var file: String?
    var range: SourceRange?
    var values: [String: String] = [:]
}

extension BuiltinCheck {
    /// The values every finding of this check may put in its message: `path` and the check's parameters.
    var parameterValues: [String: String] {
        switch self {
        case .fileExists(let path), .fileAbsent(let path): return ["path": path]
        case .fileMatches(let path, let pattern, _): return ["path": path, "pattern": pattern]
        case .yamlPath(let path, let at, _, _): return ["path": path, "at": at.description]
        case .markdownHeading(let path, let heading, _): return ["path": path, "heading": heading]
        case .csvColumns(let path, let columns), .csvFilled(let path, let columns):
            return ["path": path, "columns": columns.joined(separator: ", ")]
        }
    }

    /// Runs the check; a failure is a message for a "rule could not be evaluated" finding (a path escaping through a link, a runaway pattern).
    func run(in context: ProjectContext) -> Result<[CheckHit], CheckFailure> {
        let missing = [CheckHit(file: path, range: nil, values: ["reason": "file does not exist"])]
        func text() -> Result<String?, CheckFailure> {
            switch context.text(path) {
            case .success(let text): return .success(text)
            case .failure(.notFound), .failure(.notAFile): return .success(nil)
            case .failure(let error): return .failure(CheckFailure(message: error.description))
            }
        }
        switch self {
        case .fileExists, .fileAbsent:
            switch context.exists(path) {
            case .failure(let error): return .failure(CheckFailure(message: error.description))
            case .success(let exists):
                if case .fileExists = self { return .success(exists ? [] : missing) }
                return .success(exists ? [CheckHit(file: path, range: .fileStart)] : [])
            }
        case .fileMatches(_, let pattern, let negate):
            return text().flatMap { text in
                guard let text else { return .success(missing) }
                return firstMatch(of: pattern, in: text, timeLimit: context.limits.regexTimeLimit).map { range in
                    if negate { return range.map { [CheckHit(file: path, range: $0)] } ?? [] }
                    return range == nil ? [CheckHit(file: path, range: .fileStart)] : []
                }
            }
        case .yamlPath(_, let at, let type, let equals):
            switch context.yamlStream(path) {
            case .failure(.path(.notFound)), .failure(.path(.notAFile)): return .success(missing)
            case .failure(.path(let error)): return .failure(CheckFailure(message: error.description))
            case .failure(.yaml(let list)):
                let first = list.diagnostics.first
                return .success([
                    CheckHit(file: path, range: first?.range ?? .fileStart, values: ["reason": first?.message ?? "invalid YAML"])
                ])
            case .success(let stream):
                guard let root = stream.documents.first else {
                    return .success([CheckHit(file: path, range: .fileStart, values: ["reason": "empty document"])])
                }
                switch at.resolve(in: root) {
                case .failure(let miss):
                    return .success([
                        CheckHit(
                            file: path, range: miss.deepest.range, values: ["reason": "\(DisplayText.quoted(at.description)) not found"])
                    ])
                case .success(let node):
                    let actual = YAMLValue.value(of: node)
                    let shown = actual.stringOrLiteral
                    if let type, !type.matches(node) {
                        return .success([
                            CheckHit(
                                file: path, range: node.range,
                                values: [
                                    "value": shown,
                                    "reason": "\(DisplayText.quoted(at.description)) is \(node.kindDescription), not \(type.rawValue)",
                                ])
                        ])
                    }
                    if let equals, YAMLValue.value(of: equals) != actual {
                        return .success([
                            CheckHit(
                                file: path, range: node.range,
                                values: ["value": shown, "expected": YAMLValue.value(of: equals).stringOrLiteral])
                        ])
                    }
                    return .success([])
                }
            }
        case .markdownHeading(_, let heading, let level):
            return text().map { text in
                guard let text else { return missing }
                let headings = context.cache.headings(path, text: text)
                let wanted = heading.trimmingCharacters(in: .whitespaces)
                let named = headings.filter { $0.text == wanted }
                if named.contains(where: { level == nil || $0.level == level }) { return [] }
                if let wrong = named.first {
                    let location = SourceLocation(line: wrong.line, column: wrong.column, offset: 0)
                    return [CheckHit(file: path, range: SourceRange(at: location), values: ["level": String(wrong.level)])]
                }
                return [CheckHit(file: path, range: .fileStart)]
            }
        case .csvColumns(_, let columns):
            return text().map { text in
                guard let text else { return missing }
                let table = context.cache.csv(path, text: text)
                return Self.missingColumns(columns, in: table, path: path).map { [$0] } ?? []
            }
        case .csvFilled(_, let columns):
            return text().map { text in
                guard let text else { return missing }
                let table = context.cache.csv(path, text: text)
                if let hit = Self.missingColumns(columns, in: table, path: path) { return [hit] }
                let indexes = columns.map { name in table.header.firstIndex { $0.text == name }! }
                var hits: [CheckHit] = []
                for row in table.records {
                    let empty = zip(columns, indexes).filter { _, index in
                        index >= row.count || row[index].text.trimmingCharacters(in: .whitespaces).isEmpty
                    }
                    guard let first = empty.first else { continue }
                    let location: SourceLocation
                    if first.1 < row.count {
                        location = SourceLocation(line: row[first.1].line, column: row[first.1].column, offset: 0)
                    } else {
                        let last = row[row.count - 1]
                        location = SourceLocation(line: last.line, column: last.column + last.text.unicodeScalars.count, offset: 0)
                    }
                    hits.append(
                        CheckHit(
                            file: path, range: SourceRange(at: location),
                            values: ["column": first.0, "columns": empty.map(\.0).joined(separator: ", "), "row": String(location.line)]))
                }
                return hits
            }
        }
    }

    /// A hit at the header where the first missing column should be, or nil when all are there.
    private static func missingColumns(_ columns: [String], in table: CSVTable, path: String) -> CheckHit? {
        let header = table.header
        let names = Set(header.map { $0.text.trimmingCharacters(in: .whitespaces) })
        let absent = columns.filter { !names.contains($0) }
        guard let first = absent.first, let expectedIndex = columns.firstIndex(of: first) else { return nil }
        let location: SourceLocation
        if expectedIndex < header.count {
            location = SourceLocation(line: header[expectedIndex].line, column: header[expectedIndex].column, offset: 0)
        } else if let last = header.last {
            location = SourceLocation(line: last.line, column: last.column + last.text.unicodeScalars.count, offset: 0)
        } else {
            location = SourceLocation(line: 1, column: 1, offset: 0)
        }
        return CheckHit(file: path, range: SourceRange(at: location), values: ["column": first, "columns": absent.joined(separator: ", ")])
    }

    /// The range of the first match of `pattern` (lines anchored), bounded in time like `matches`.
    private func firstMatch(of pattern: String, in text: String, timeLimit: Double) -> Result<SourceRange?, CheckFailure> {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else {
            return .failure(CheckFailure(message: "invalid regular expression '\(pattern)'"))
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .nanoseconds(Int64(timeLimit * 1e9)))
        var found: NSRange?
        var timedOut = false
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: text.utf16.count)) {
            match, _, stop in
            if let match { found = match.range; stop.pointee = true } else if clock.now > deadline { timedOut = true; stop.pointee = true }
        }
        if timedOut && found == nil {
            return .failure(CheckFailure(message: "the pattern '\(pattern)' backtracks too much on \(path) (gave up after \(timeLimit)s)"))
        }
        guard let found, let start = Range(found, in: text)?.lowerBound else { return .success(nil) }
        let source = SourceFile(path: path, text: text)
        let from = source.location(ofByte: text.utf8.distance(from: text.startIndex, to: start))
        let end =
            Range(found, in: text).map { source.location(ofByte: text.utf8.distance(from: text.startIndex, to: $0.upperBound)) } ?? from
        return .success(SourceRange(start: from, end: end))
    }
}

/// Why a built-in check could not run.
struct CheckFailure: Error, Sendable {
    var message: String
}

extension Value {
    /// Strings as they are, other values as CEL literals: how values appear in messages.
    var stringOrLiteral: String {
        if case .string(let string) = self { return string }
        return celLiteral
    }
}
