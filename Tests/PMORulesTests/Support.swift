import Foundation
import PMOCatalog
import PMOExpression
import PMORules
import PMOSupport
import PMOTestSupport
import PMOYAML
import Testing

/// A temporary folder, removed when the body returns.
func withTemporaryFolder<T>(_ body: (String) throws -> T) rethrows -> T {
    // Best effort, as the tests expect: a folder that cannot be made shows up as the body's file errors.
    let folder = try? TemporaryFolder(prefix: "pmo-rules")
    return try withExtendedLifetime(folder) { try body(DiskFileSystem(root: folder?.path ?? "/nonexistent/pmo-rules").root) }
}

/// Writes `files` (relative path → text) under `root`.
func write(_ files: [String: String], under root: String) {
    for (path, text) in files {
        let full = root + "/" + path
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }
}

/// The lines before `rules:` items in ``ruleSetDocument(name:target:rules:)``; rule YAML starts on line `ruleSetHeaderLines + 1`.
let ruleSetHeaderLines = 13

/// A RuleSet document whose `rules:` list is `rules` (YAML list items indented by four spaces).
func ruleSetDocument(name: String = "demo", target: String = "project", rules: String) -> String {
    """
    apiVersion: pmo/v1
    kind: RuleSet
    metadata:
      name: \(name)
      title: Demo rules
      description: Rules used by the tests of the rules engine.
      owner: pmo-office
      category: governance
      version: "1.0.0"
      changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]
    spec:
      target: \(target)
      rules:
    \(rules)
    """
}

let catalogManifest = """
    apiVersion: pmo/v1
    kind: Catalog
    metadata:
      name: test-catalog
      title: Test catalog
      description: A catalog for the rules engine tests.
      owner: pmo-office
      version: "1.0.0"
      changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]
    spec:
      organization: Test
      owners: [{id: pmo-office, name: PMO}]
      taxonomy:
        categories: [{id: governance, title: Governance}]
    """

/// Loads a catalog made of the manifest and `files` (relative path → YAML) in a temporary folder.
func withCatalog<T>(
    _ files: [String: String], manifest: String = catalogManifest, _ body: (Catalog, [Diagnostic]) throws -> T
) rethrows -> T {
    try withTemporaryFolder { root in
        write(files.merging(["catalog/catalog.yaml": manifest]) { a, _ in a }, under: root)
        let result = try! CatalogLoader(workingDirectory: root).load(root: root)
        return try body(result.catalog, result.diagnostics)
    }
}

/// Compiles one rule set written as `rules` YAML.
func compile(_ rules: String, target: String = "project", name: String = "demo") -> CompiledRuleSet? {
    withCatalog(["standards/rules/\(name).yaml": ruleSetDocument(name: name, target: target, rules: rules)]) { catalog, diagnostics in
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "catalog diagnostics: \(diagnostics.map(\.summary))")
        guard let document = catalog.document(DocumentKey(kind: .ruleSet, name: name)) else {
            Issue.record("rule set did not load: \(diagnostics.map(\.summary))")
            return nil
        }
        return CompiledRuleSet(document)
    }
}

/// Lints in-memory files with one rule set.
func lint(_ ruleSet: CompiledRuleSet, files: [String: String], project: Value? = nil, limits: ProjectLimits = .default) -> [Finding] {
    let context = ProjectContext(fileSystem: InMemoryFileSystem(files), project: project ?? .map(ValueMap()), limits: limits)
    return RuleEngine(limits: limits).lint(project: context, ruleSets: [ruleSet])
}

/// The repository root (for the real catalog and docs).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Runs a program and returns its exit status and output.
func run(_ executable: String, _ arguments: [String], stdin: String? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
