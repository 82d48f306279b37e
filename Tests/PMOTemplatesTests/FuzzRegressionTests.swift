import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates
import PMOYAML

/// What the `template-path` fuzz target asserts on every input (line 1: a target path template;
/// further lines: `name=value` parameters, `name[]=a,b` for lists): a rendered target path is
/// always inside DEST, and ``RenderedPath`` accepts no raw path that would leave it.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-template-path links this file), so the
/// fuzzer and `make test` check exactly the same thing.
enum TemplatePathFuzzCheck {
    static let destination = "/nonexistent/pmo-fuzz/dest"
    static let loader = CatalogLoader(
        yamlLimits: YAMLLimits(maxInputBytes: 64 << 10, maxDepth: 64, maxAliasExpansion: 5_000),
        workingDirectory: "/")

    /// The violated properties for `bytes`; `templateFolder` holds `files/f.txt` for the one declared file.
    static func problems(_ bytes: [UInt8], templateFolder: String) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = lines.isEmpty ? "" : lines.removeFirst()
        var problems: [String] = []
        // The check itself: a path RenderedPath accepts never leaves DEST.
        if RenderedPath.problem(target) == nil, let escape = escapes(target) {
            problems.append("RenderedPath accepts '\(target)', which \(escape)")
        }

        for path in renderedPaths(target: target, parameterLines: lines, templateFolder: templateFolder) ?? [] {
            if let escape = escapes(path) { problems.append("'\(target)' renders to '\(path)', which \(escape)") }
        }
        return problems
    }

    /// The target paths the template renders for `target` and `name=value` lines, or nil when pmo refuses them.
    static func renderedPaths(target: String, parameterLines lines: [String], templateFolder: String) -> [String]? {
        var values: [(name: String, value: ParameterValue)] = []
        for line in lines {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let name = String(line[..<equals])
            let value = String(line[line.index(after: equals)...])
            if name.hasSuffix("[]") {
                values.append((String(name.dropLast(2)), .list(value.split(separator: ",").map(String.init))))
            } else {
                values.append((name, .string(value)))
            }
        }
        var seen = Set<String>()
        values = values.filter { seen.insert($0.name).inserted }
        let declared = values.map { "    - {name: \(json($0.name)), title: p, type: string}" }.joined(separator: "\n")
        let yaml = """
            apiVersion: pmo/v1
            kind: Template
            metadata:
              name: fuzz
              title: fuzz
              description: fuzz
              owner: pmo-office
              category: fuzz
              version: 1.0.0
              status: active
              reviewed: 2026-01-01
              reviewEvery: 1y
              changelog:
                - {version: 1.0.0, date: 2026-01-01, changes: fuzz}
            spec:
              parameters:
            \(declared.isEmpty ? "    []" : declared)
              files:
                - source: f.txt
                  target: \(json(target))
            """
        let decoded = loader.decodeDocument(SourceFile(path: templateFolder + "/template.yaml", text: yaml))
        guard let document = decoded.document, let renderer = TemplateRenderer(document: document) else { return nil }
        // A refused path or a bad template is a diagnostic, as it should be.
        return try? renderer.render(ResolvedParameters(values)).map(\.path)
    }

    /// Why `path` written under DEST ends up elsewhere, or nil.
    ///
    /// Works on bytes, as the file system does: Swift compares strings by grapheme, and a combining
    /// or prepended mark can glue itself to a `/` and hide it from a Character-based check.
    static func escapes(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.utf8.first == UInt8(ascii: "/") { return "is absolute" }
        if path.utf8.contains(0) { return "contains NUL" }
        let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Array($0) }
        var depth = 0
        for part in parts {
            if part == Array("..".utf8) { depth -= 1 } else if part != Array(".".utf8) && !part.isEmpty { depth += 1 }
            if depth < 0 { return "climbs above DEST" }
        }
        if parts.contains(Array("..".utf8)) || parts.contains(Array(".".utf8)) { return "has a '.' or '..' component" }
        if parts.first == Array(".pmo".utf8) { return "is inside .pmo/" }
        return nil
    }

    /// `value` as a JSON string, which YAML reads as a double-quoted scalar.
    static func json(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x85
                {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A template folder with `files/f.txt`, made once per process for the fuzzer.
    static let fuzzerTemplateFolder: String = {
        let folder = NSTemporaryDirectory() + "pmo-fuzz-template-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder + "/files", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/files/f.txt", contents: Data("fuzz\n".utf8))
        return folder
    }()

    /// The check with the process-wide template folder (the fuzz harness's entry point).
    static func problems(_ bytes: [UInt8]) -> [String] {
        problems(bytes, templateFolder: fuzzerTemplateFolder)
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `template-path` fuzz target's seed corpus and every crash it found (Fuzz/corpus/template-path, Fuzz/regressions/template-path).
struct TemplatePathFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-fuzz-template-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/files", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/files/f.txt", contents: Data("fuzz\n".utf8))
        let inputs = try FuzzInputs.files("template-path")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/template-path was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(TemplatePathFuzzCheck.problems(bytes, templateFolder: folder) == [], "\(input.lastPathComponent)")
        }
    }

    @Test func theCheckRendersPathsAndRecognisesEscapes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-fuzz-template-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/files", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/files/f.txt", contents: Data("fuzz\n".utf8))
        let rendered = TemplatePathFuzzCheck.renderedPaths(
            target: "docs/{{code}}_計画.md", parameterLines: ["code=A-1"], templateFolder: folder)
        #expect(rendered == ["docs/A-1_計画.md"])
        #expect(TemplatePathFuzzCheck.renderedPaths(target: "{{code}}/x.md", parameterLines: ["code=.."], templateFolder: folder) == nil)
        for escaping in ["../x", "a/../../x", "/etc/passwd", "a/./b", ".pmo/lock.yaml", ""] {
            #expect(TemplatePathFuzzCheck.escapes(escaping) != nil, "\(escaping)")
        }
        #expect(TemplatePathFuzzCheck.escapes("docs/a..b/x.md") == nil)
        // U+0600 is a prepended mark: it and the following '/' are one Character, which hid the '..'.
        #expect(TemplatePathFuzzCheck.escapes("a\u{0600}/../b") != nil)
        #expect(RenderedPath.problem("a\u{0600}/../b") != nil)
        #expect(RenderedPath.problem("x\u{06E8}\u{FFFD}.b") == nil)
    }
}

#endif
