import Foundation
import PMOExpression
import PMOSupport
import PMOYAML

/// Everything a project rule can see: the lock (`project`), the file list (`files`), `now`,
/// and the file functions, all confined to the project folder.
///
/// ```swift
/// let context = ProjectContext(root: "my-project")
/// let value = RuleEngine.evaluate(expression: "exists('docs/charter.md')", in: context)
/// ```
package struct ProjectContext: Sendable {
    /// The project's files.
    package let fileSystem: any ProjectFileSystem
    /// The lock file as a map (`template`, `version`, `parameters`, …); an empty map without a lock.
    package let project: Value
    /// Project-relative paths of every file, excluding `.pmo/` and `.git/`.
    package let files: [String]
    /// The time rules see as `now`.
    package let now: Date
    /// What rules may read and spend.
    package let limits: ProjectLimits
    /// Problems reading `.pmo/lock.yaml` (empty when it is absent or fine).
    package let lockDiagnostics: [Diagnostic]
    /// Whether the project has a `.pmo/lock.yaml`.
    package let hasLock: Bool
    let cache = FileCache()

    /// The lock file's project-relative path.
    package static let lockPath = ".pmo/lock.yaml"
    /// The waivers file's project-relative path.
    package static let waiversPath = ".pmo/waivers.yaml"

    /// A project folder on disk; reads `.pmo/lock.yaml` when present.
    package init(root: String, now: Date = Date(), limits: ProjectLimits = .default) {
        self.init(fileSystem: DiskFileSystem(root: root), now: now, limits: limits)
    }

    /// A project over any file system; `project` overrides the lock file when given (rule examples use this,
    /// and so does PMOTemplates' checked lock reader); `hasLock` says whether it stands for a lock file.
    package init(
        fileSystem: any ProjectFileSystem, project: Value? = nil, hasLock: Bool = true, now: Date = Date(),
        limits: ProjectLimits = .default
    ) {
        self.fileSystem = fileSystem
        self.now = now
        self.limits = limits
        self.files = fileSystem.listFiles()
        var diagnostics: [Diagnostic] = []
        var lockValue: Value = .map(ValueMap())
        var foundLock = false
        if let project {
            lockValue = project
            foundLock = hasLock
        } else if let lockPath = try? ProjectPath(Self.lockPath), (try? fileSystem.exists(lockPath)) == true {
            foundLock = true
            do {
                let bytes = try fileSystem.read(lockPath, limit: limits.maxReadBytes)
                let stream = try YAMLLoader(limits: limits.yaml).load(SourceFile(path: Self.lockPath, bytes: bytes))
                if let root = stream.documents.first, root.mapping != nil {
                    lockValue = YAMLValue.value(of: root)
                } else {
                    diagnostics.append(
                        Diagnostic(.error, "the lock file must be a mapping", file: Self.lockPath, range: stream.documents.first?.range))
                }
            } catch let list as DiagnosticList {
                diagnostics += list.diagnostics
            } catch {
                diagnostics.append(Diagnostic(.error, "cannot read the lock file: \(error)", file: Self.lockPath, range: nil))
            }
        }
        self.project = lockValue
        self.hasLock = foundLock
        self.lockDiagnostics = diagnostics
    }

    /// The lock's `template` field (`standard-project`; a `template/` prefix is dropped).
    package var templateName: String? {
        guard case .map(let map) = project, case .string(let name)? = map["template"] else { return nil }
        return name.hasPrefix("template/") ? String(name.dropFirst("template/".count)) : name
    }

    /// The variables and functions project rules see.
    package var activation: Activation {
        Activation(
            ["project": project, "files": .list(files.map(Value.string)), "now": Value(now)],
            functions: functions)
    }

    // MARK: File access shared by the functions and the built-in checks

    /// The text of a confined file, cached for the run.
    func text(_ path: String) -> Result<String, ProjectPathError> {
        let confined: ProjectPath
        do { confined = try ProjectPath(path) } catch { return .failure(error) }
        let fileSystem = self.fileSystem
        let limit = limits.maxReadBytes
        return cache.text(confined) { () throws(ProjectPathError) -> [UInt8] in try fileSystem.read(confined, limit: limit) }
    }

    /// Whether a confined file exists.
    func exists(_ path: String) -> Result<Bool, ProjectPathError> {
        do { return .success(try fileSystem.exists(try ProjectPath(path))) } catch { return .failure(error) }
    }

    /// The YAML of a confined file, its diagnostics named by the project-relative path.
    func yamlStream(_ path: String) -> Result<YAMLStream, YAMLReadError> {
        switch text(path) {
        case .failure(let error): return .failure(.path(error))
        case .success(let text):
            let limits = self.limits.yaml
            let result = cache.yaml(path) {
                Result { () throws(DiagnosticList) in try YAMLLoader(limits: limits).loadReporting(SourceFile(path: path, text: text)) }
            }
            return result.mapError { .yaml($0) }
        }
    }

    /// The CSV table of a confined file.
    func csvTable(_ path: String) -> Result<CSVTable, ProjectPathError> {
        text(path).map { cache.csv(path, text: $0) }
    }

    /// The Markdown headings of a confined file.
    func markdownHeadings(_ path: String) -> Result<[MarkdownHeading], ProjectPathError> {
        text(path).map { cache.headings(path, text: $0) }
    }
}

/// Why a YAML file could not be read for a rule.
enum YAMLReadError: Error {
    case path(ProjectPathError)
    case yaml(DiagnosticList)

    var message: String {
        switch self {
        case .path(let error): return error.description
        case .yaml(let list): return list.diagnostics.first.map(\.summary) ?? "invalid YAML"
        }
    }
}
