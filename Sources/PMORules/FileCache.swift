import Foundation
import PMOExpression
import PMOSupport
import PMOYAML

/// Parsed project files, shared by every rule of a run so that each file is read and parsed once.
final class FileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: Result<String, ProjectPathError>] = [:]
    private var yaml: [String: Result<YAMLStream, DiagnosticList>] = [:]
    private var csv: [String: CSVTable] = [:]
    private var headings: [String: [MarkdownHeading]] = [:]

    func text(_ path: ProjectPath, load: () throws(ProjectPathError) -> [UInt8]) -> Result<String, ProjectPathError> {
        if let cached = locked({ texts[path.value] }) { return cached }
        let result: Result<String, ProjectPathError>
        do {
            let bytes = try load()
            result = .success(String(decoding: bytes, as: UTF8.self))
        } catch {
            result = .failure(error)
        }
        locked { texts[path.value] = result }
        return result
    }

    func yaml(_ key: String, load: () -> Result<YAMLStream, DiagnosticList>) -> Result<YAMLStream, DiagnosticList> {
        if let cached = locked({ yaml[key] }) { return cached }
        let result = load()
        locked { yaml[key] = result }
        return result
    }

    func csv(_ key: String, text: String) -> CSVTable {
        if let cached = locked({ csv[key] }) { return cached }
        let table = CSVTable(parsing: text)
        locked { csv[key] = table }
        return table
    }

    func headings(_ key: String, text: String) -> [MarkdownHeading] {
        if let cached = locked({ headings[key] }) { return cached }
        let parsed = MarkdownHeading.parse(text)
        locked { headings[key] = parsed }
        return parsed
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
