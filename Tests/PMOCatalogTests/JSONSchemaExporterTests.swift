import Foundation
import PMOCatalog
import PMOTestSupport
import PMOYAML
import Testing

@Suite("JSON Schema export")
struct JSONSchemaExporterTests {
    private let exporter = JSONSchemaExporter()

    /// The schema of `kind` parsed back from its JSON text.
    private func parsed(_ kind: DocumentKind) throws -> [String: Any] {
        let text = exporter.schema(for: kind).rendered()
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The property names of the object schema at `path` (each step a property name or `[]` for list items).
    private func propertyNames(_ schema: [String: Any], _ path: [String]) throws -> Set<String> {
        var node = schema
        for step in path {
            if step == "[]" {
                node = try #require(node["items"] as? [String: Any], "no items at \(path)")
            } else {
                let properties = try #require(node["properties"] as? [String: Any], "no properties at \(path)")
                node = try #require(properties[step] as? [String: Any], "no \(step) at \(path)")
            }
        }
        let properties = try #require(node["properties"] as? [String: Any], "no properties at \(path)")
        #expect(node["additionalProperties"] as? Bool == false, "\(path) must be closed like its decoder")
        return Set(properties.keys)
    }

    @Test func everyDecoderFieldListEqualsTheSchemasPropertyNames() throws {
        let lists: [(DocumentKind, [String], [String])] = [
            (.page, [], Document.fields),
            (.page, ["metadata"], Metadata.fields),
            (.page, ["metadata", "changelog", "[]"], Metadata.changeFields),
            (.catalog, ["metadata"], Metadata.fields),
            (.catalog, ["spec"], CatalogSpec.fields),
            (.catalog, ["spec", "owners", "[]"], CatalogSpec.ownerFields),
            (.catalog, ["spec", "taxonomy"], CatalogSpec.taxonomyFields),
            (.catalog, ["spec", "taxonomy", "categories", "[]"], CatalogSpec.termFields),
            (.catalog, ["spec", "taxonomy", "phases", "[]"], CatalogSpec.termFields),
            (.catalog, ["spec", "taxonomy", "roles", "[]"], CatalogSpec.termFields),
            (.catalog, ["spec", "site"], CatalogSpec.siteFields),
            (.template, ["spec"], TemplateSpec.fields),
            (.template, ["spec", "parameters", "[]"], TemplateSpec.parameterFields),
            (.template, ["spec", "files", "[]"], TemplateSpec.fileFields),
            (.checklist, ["spec"], ChecklistSpec.fields),
            (.checklist, ["spec", "items", "[]"], ChecklistSpec.itemFields),
            (.checklist, ["spec", "items", "[]", "verify"], ChecklistSpec.verifyFields),
            (.ruleSet, ["spec"], RuleSetSpec.fields),
            (.ruleSet, ["spec", "rules", "[]"], RuleSetSpec.ruleFields),
            (.page, ["spec"], PageSpec.fields),
        ]
        for (kind, path, fields) in lists {
            #expect(try propertyNames(parsed(kind), path) == Set(fields), "\(kind.rawValue) \(path)")
        }
    }

    @Test func enumsComeFromTheModel() throws {
        let ruleSet = try parsed(.ruleSet)
        let spec = try #require((ruleSet["properties"] as? [String: Any])?["spec"] as? [String: Any])
        let rules = try #require((spec["properties"] as? [String: Any])?["rules"] as? [String: Any])
        let rule = try #require(rules["items"] as? [String: Any])
        let ruleProperties = try #require(rule["properties"] as? [String: Any])
        #expect((ruleProperties["severity"] as? [String: Any])?["enum"] as? [String] == ["error", "warning", "info"])
        let check = try #require(ruleProperties["check"] as? [String: Any])
        #expect(((check["properties"] as? [String: Any])?["type"] as? [String: Any])?["enum"] as? [String] == RuleSetSpec.checkTypes)
        let target = (spec["properties"] as? [String: Any])?["target"] as? [String: Any]
        #expect(target?["enum"] as? [String] == ["project", "catalog"])
        let kind = (ruleSet["properties"] as? [String: Any])?["kind"] as? [String: Any]
        #expect(kind?["const"] as? String == "RuleSet")
    }

    @Test func everyPropertyIsDescribed() throws {
        func walk(_ node: Any, _ path: String) {
            if let object = node as? [String: Any] {
                if let properties = object["properties"] as? [String: Any], object["additionalProperties"] as? Bool == false {
                    for (name, property) in properties {
                        #expect((property as? [String: Any])?["description"] is String, "\(path).\(name) has no description")
                    }
                }
                for (key, value) in object { walk(value, path + "." + key) }
            } else if let array = node as? [Any] {
                for (i, value) in array.enumerated() { walk(value, path + "[\(i)]") }
            }
        }
        for kind in DocumentKind.allCases { walk(try parsed(kind), kind.rawValue) }
    }

    @Test func fileNames() {
        #expect(
            exporter.files().map(\.name) == [
                "pmo-catalog.schema.json", "pmo-template.schema.json", "pmo-checklist.schema.json",
                "pmo-ruleset.schema.json", "pmo-page.schema.json", "pmo-campaign.schema.json", "pmo.schema.json",
            ])
    }

    @Test func combinedSchemaIsOneOfTheKinds() throws {
        let text = exporter.combinedSchema().rendered()
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let kinds = (schema["oneOf"] as? [[String: Any]])?.compactMap {
            (($0["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String
        }
        #expect(kinds == DocumentKind.allCases.map(\.rawValue))
    }

    @Test func renderingIsStableAndKeepsJapanese() {
        let first = exporter.combinedSchema().rendered()
        #expect(first == exporter.combinedSchema().rendered())
        #expect(first.contains("セマンティックバージョン"))
        #expect(
            JSONSchemaValue.object([("a", [1, "x", true]), ("b", .object([JSONSchemaValue.Member]()))]).rendered()
                == "{\n  \"a\": [1, \"x\", true],\n  \"b\": {}\n}\n")
    }

    // MARK: - Checked by an independent validator

    @Test(.enabled(if: SchemaValidator.python() != nil, "needs python3 with the jsonschema module"))
    func defaultCatalogAndMinimalFixturesValidateAndBadDocumentsDoNot() throws {
        let python = try #require(SchemaValidator.python())
        let fixtures = try TempCatalog()
        var good: [(file: String, json: String)] = []
        for root in [RepositoryCatalog.root, fixtures.root] {
            for file in SchemaValidator.yamlFiles(under: root) {
                let stream = try YAMLLoader().loadFile(atPath: file)
                good += stream.documents.map { (file, JSONWriter.json($0)) }
            }
        }
        #expect(good.count >= 6)
        let badYAML = [
            pageDocument(name: "bad").replacingOccurrences(of: "  version: \"1.0.0\"\n", with: "  version: 1.0\n"),
            pageDocument(name: "bad").replacingOccurrences(of: "  title:", with: "  titel:"),
            pageDocument(name: "Bad_Name"),
            pageDocument(name: "bad", metadataExtra: "  status: retired\n"),
            pageDocument(name: "bad", metadataExtra: "  reviewEvery: 6 months\n"),
            pageDocument(name: "bad", spec: "  related: [checklist/kickoff]\n"),
            pageDocument(name: "bad").replacingOccurrences(of: "pmo/v1", with: "pmo/v2"),
            TempCatalog.templateYAML.replacingOccurrences(of: ", choices: [waterfall, agile]", with: ""),
            TempCatalog.templateYAML.replacingOccurrences(of: "target: \"docs/charter.md\"", with: "target: \"../x.md\""),
            TempCatalog.ruleSetYAML.replacingOccurrences(of: "severity: error", with: "severity: fatal"),
            TempCatalog.checklistYAML.replacingOccurrences(
                of: "rule: project-standard/charter-exists", with: "assert: \"true\"\n        rule: a/b"),
        ]
        let bad = try badYAML.map { try JSONWriter.json(YAMLLoader().load($0).documents[0]) }
        let outcome = try SchemaValidator.validate(good.map(\.json) + bad, python: python)
        let goodOutcome = Array(outcome.prefix(good.count))
        for (index, problems) in goodOutcome.enumerated() {
            #expect(problems.isEmpty, "\(good[index].file): \(problems)")
        }
        for (index, problems) in outcome.dropFirst(good.count).enumerated() {
            #expect(!problems.isEmpty, "bad document \(index) passed the schema:\n\(badYAML[index])")
        }
    }
}

/// Runs python3's `jsonschema` (an independent draft-07 validator) over documents.
enum SchemaValidator {
    /// The python3 executable when it has the jsonschema module.
    static func python() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { String($0) + "/python3" }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if let result = try? run(candidate, ["-c", "import jsonschema"], stdin: ""), result.status == 0 { return candidate }
        }
        return nil
    }

    /// Every `.yaml` under `catalog/` and `standards/` of a catalog root, template content excepted.
    static func yamlFiles(under root: String) -> [String] {
        var files: [String] = []
        for top in ["catalog", "standards"] {
            guard let enumerator = FileManager.default.enumerator(atPath: root + "/" + top) else { continue }
            while let relative = enumerator.nextObject() as? String {
                if relative.contains("/files/") { continue }
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append(root + "/" + top + "/" + relative) }
            }
        }
        return files.sorted()
    }

    /// For each JSON document: the validation errors against the per-kind schema and against
    /// the combined schema (empty when both accept it).
    static func validate(_ documents: [String], python: String) throws -> [[String]] {
        let temporary = try TemporaryFolder(prefix: "pmo-schema")
        for (name, text) in JSONSchemaExporter().files() {
            try temporary.write(name, text)
        }
        let script = """
            import json, sys, jsonschema
            folder = sys.argv[1]
            def load(name):
                with open(folder + "/" + name, encoding="utf-8") as f:
                    schema = json.load(f)
                jsonschema.Draft7Validator.check_schema(schema)
                return jsonschema.Draft7Validator(schema)
            combined = load("pmo.schema.json")
            kinds = {k: load("pmo-" + k.lower() + ".schema.json") for k in ["Catalog", "Template", "Checklist", "RuleSet", "Page", "Campaign"]}
            for line in sys.stdin:
                doc = json.loads(line)
                errors = []
                kind = doc.get("kind") if isinstance(doc, dict) else None
                if kind in kinds:
                    errors += ["kind schema: " + e.message for e in kinds[kind].iter_errors(doc)]
                else:
                    errors.append("no kind schema for " + repr(kind))
                errors += ["combined schema: " + e.message for e in combined.iter_errors(doc)]
                print(json.dumps(errors, ensure_ascii=False))
            """
        let result = try run(python, ["-c", script, temporary.path], stdin: documents.joined(separator: "\n") + "\n")
        guard result.status == 0 else { throw ValidatorError(message: result.stderr) }
        return try result.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String] ?? ["unreadable output"]
        }
    }

    struct ValidatorError: Error, CustomStringConvertible {
        var message: String
        var description: String { "python3 jsonschema failed: \(message)" }
    }

    private static func run(
        _ executable: String, _ arguments: [String], stdin: String
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes while writing, so a full pipe buffer cannot block either side.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data()
        nonisolated(unsafe) var err = Data()
        DispatchQueue.global().async(group: group) { out = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = error.fileHandleForReading.readDataToEndOfFile() }
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
