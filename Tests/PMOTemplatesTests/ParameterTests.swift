import PMOCatalog
import PMOTemplates
import PMOYAML
import Testing

@Suite struct ParameterTests {
    private func resolver() throws -> (ParameterResolver, FixtureCatalog) {
        let catalog = try Sample.catalog()
        let document = try catalog.template("sample")
        return (ParameterResolver(template: try #require(document.template), templateFile: document.file), catalog)
    }

    private func problems(_ assignments: [String], values: String? = nil) throws -> [ParameterProblem] {
        let (resolver, _) = try resolver()
        var inputs = ParameterInputs()
        if let values { inputs.addValues(yaml: values, file: "values.yaml") }
        for assignment in assignments { inputs.addAssignment(assignment) }
        do {
            _ = try resolver.resolve(inputs)
            Issue.record("expected parameter problems")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func resolvesEveryTypeAndRendersDependentDefaults() throws {
        let (resolver, _) = try resolver()
        let values = try resolver.resolve(Sample.inputs(Sample.valid + ["members=佐藤, 鈴木", "outsourcing=yes", "team_size=7"]))
        #expect(values["repo_name"] == .string("KKS-001-docs"))
        #expect(values["team_size"] == .int(7))
        #expect(values["outsourcing"] == .bool(true))
        #expect(values["methodology"] == .string("agile"))
        #expect(values["start_date"] == .date(CalendarDate(year: 2026, month: 4, day: 1)))
        #expect(values["members"] == .list(["佐藤", "鈴木"]))
        #expect(values.values.map(\.name).first == "project_name")
    }

    @Test func missingRequiredParametersAreAllListedAtTheirDeclarations() throws {
        let found = try problems([])
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.isMissingValue })
        let names = found.compactMap { problem -> String? in
            if case .missing(let name, _, _, _) = problem { return name }
            return nil
        }
        #expect(names == ["project_name", "project_code", "pm_name", "start_date"])
        let diagnostic = found[0].diagnostic
        #expect(diagnostic.file.hasSuffix("standards/templates/sample/template.yaml"))
        #expect(diagnostic.range?.start.line == 13)
        #expect(diagnostic.message.contains("プロジェクト名"))
    }

    @Test("a pattern matches scalar by scalar: a '/' followed by a combining mark is still a '/'")
    func patternSeesScalarsNotGraphemes() throws {
        let found = try problems(Sample.valid + ["project_name=a/\u{301}b"])
        #expect(found.map(\.diagnostic.message) == ["parameter 'project_name': 'a/\u{301}b' does not match the pattern '^[^/\\\\]+$'"])
    }

    @Test func valueFailingItsPatternIsAnErrorWithTheHelp() throws {
        let found = try problems(Sample.valid + ["project_code=kks-1"])
        #expect(found.count == 1)
        let diagnostic = try #require(found.first).diagnostic
        #expect(diagnostic.message == "parameter 'project_code': 'kks-1' does not match the pattern '^[A-Z]{2,5}-[0-9]{3}$'")
        #expect(diagnostic.help?.contains("英大文字") == true)
        #expect(try #require(found.first).isMissingValue == false)
    }

    @Test func valueOutsideTheChoicesSuggestsTheClosest() throws {
        let found = try problems(Sample.valid + ["methodology=agle"])
        let diagnostic = try #require(found.first).diagnostic
        #expect(diagnostic.message.contains("is not one of the choices"))
        #expect(diagnostic.help == "did you mean `agile`?")
    }

    @Test func unknownParameterNameGetsASuggestion() throws {
        let found = try problems(Sample.valid + ["methodolgy=agile"])
        #expect(found == [.unknown(name: "methodolgy", suggestion: "methodology", source: .commandLine)])
        #expect(found[0].diagnostic.help == "did you mean `methodology`?")
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let found = try problems(["project_code=x", "team_size=many", "start_date=2026-02-30", "outsourcing=maybe", "colour=red", "broken"])
        // project_name and pm_name missing, four bad values, one unknown name, one malformed --set.
        #expect(found.filter { $0.isMissingValue }.count == 2)
        #expect(found.count == 8)
        let messages = found.map(\.diagnostic.message)
        #expect(messages.contains("parameter 'team_size': 'many' is not an integer"))
        #expect(messages.contains("parameter 'start_date': '2026-02-30' is not a real date"))
        #expect(messages.contains("parameter 'outsourcing': 'maybe' is not a boolean"))
        #expect(messages.contains("--set 'broken' is not NAME=VALUE"))
    }

    @Test func valuesFileProblemsPointAtTheirLine() throws {
        let yaml = "project_name: 基幹刷新\nproject_code: KKS-001\npm_name: 山田\nstart_date: 2026-04-01\noutsourcing: yes\nmembers: 佐藤\n"
        let found = try problems([], values: yaml)
        #expect(found.count == 2)
        let bool = found[0].diagnostic
        #expect(bool.file == "values.yaml")
        #expect(bool.range?.start.line == 5)
        #expect(bool.help?.contains("command line only") == true)
        #expect(found[1].diagnostic.message.contains("not a list"))
    }

    /// A values file whose aliases make a huge value, or a --set that is one, stops at the value
    /// limit with the value's position, and the message quotes only a short prefix of it.
    @Test func hugeParameterValuesAreErrorsWithTheirPosition() throws {
        let long = String(repeating: "長", count: 30_000)
        let yaml = "text: &t \(long)\npm_name: *t\nmembers: [" + Array(repeating: "*t", count: 3).joined(separator: ", ") + "]\n"
        let found = try problems(Sample.valid.filter { !$0.hasPrefix("pm_name") }, values: yaml)
        let messages = found.map(\.diagnostic.message)
        #expect(
            messages.contains(
                "parameter 'pm_name': '\(String(repeating: "長", count: 60))…' (90000 bytes) is 90000 bytes, over the limit of 65536 bytes for a parameter value"
            ), "\(messages.map { $0.prefix(200) })")
        let pm = try #require(found.first { $0.diagnostic.message.hasPrefix("parameter 'pm_name'") }).diagnostic
        #expect(pm.file == "values.yaml")
        #expect(pm.range?.start.line == 2)
        #expect(
            messages.contains {
                $0.hasPrefix("parameter 'members': '[") && $0.hasSuffix("over the limit of 65536 bytes for a parameter value")
            })
        #expect(messages.allSatisfy { $0.utf8.count < 400 })

        let manyItems = "members: [" + Array(repeating: "a", count: 1_001).joined(separator: ", ") + "]\n"
        let items = try problems(Sample.valid, values: manyItems)
        #expect(items.map(\.diagnostic.message).contains { $0.hasSuffix("has 1001 items, over the limit of 1000 for a list parameter") })

        let fromCommandLine = try problems(
            Sample.valid.filter { !$0.hasPrefix("pm_name") } + ["pm_name=" + String(repeating: "x", count: 70_000)])
        #expect(
            fromCommandLine.map(\.diagnostic.summary) == [
                "command line: error: parameter 'pm_name': '\(String(repeating: "x", count: 60))…' (70000 bytes) is 70000 bytes, over the limit of 65536 bytes for a parameter value"
            ])
    }

    @Test func setOverridesTheValuesFile() throws {
        let (resolver, _) = try resolver()
        var inputs = ParameterInputs()
        inputs.addValues(yaml: "project_name: 旧名\nmembers: [a, b]\n", file: "values.yaml")
        for assignment in Sample.valid { inputs.addAssignment(assignment) }
        let values = try resolver.resolve(inputs)
        #expect(values["project_name"] == .string("基幹刷新"))
        #expect(values["members"] == .list(["a", "b"]))
    }

    @Test func defaultsThatReferToEachOtherAreACycle() throws {
        let spec = """
              parameters:
                - {name: a, title: A, type: string, default: "{{b}}-x"}
                - {name: b, title: B, type: string, default: "{{a}}-y"}
              files:
                - {source: f.md, target: f.md}
            """
        let catalog = try FixtureCatalog([
            "standards/templates/cycle/template.yaml": FixtureCatalog.templateYAML("cycle", spec: spec),
            "standards/templates/cycle/files/f.md": "x",
        ])
        let document = try catalog.template("cycle")
        let resolver = ParameterResolver(template: try #require(document.template), templateFile: document.file)
        #expect(throws: ParameterError.self) { try resolver.resolve(ParameterInputs()) }
        do {
            _ = try resolver.resolve(ParameterInputs())
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].diagnostic.message.contains("a → b → a"))
        }
        // A value for one of them breaks the cycle.
        let values = try resolver.resolve(ParameterInputs(assignments: ["a=1"]))
        #expect(values["b"] == .string("1-y"))
    }

    @Test func promptsAskUntilTheAnswerIsValidAndShowDefaults() throws {
        struct Script: ParameterPrompter {
            var answers: [String]
            var asked: [(String, String?, String?)] = []
            mutating func ask(_ parameter: TemplateSpec.Parameter, defaultText: String?, problem: String?) -> String? {
                asked.append((parameter.name.value, defaultText, problem))
                return answers.isEmpty ? nil : answers.removeFirst()
            }
        }
        let (resolver, _) = try resolver()
        // project_name given; then project_code (bad, then good), pm_name, repo_name (default), …
        let script = Script(answers: ["bad", "ABC-123", "山田", "", "", "", "", "2026-04-01", ""])
        let values = try resolver.resolve(Sample.inputs(["project_name=基幹刷新"]), prompter: script)
        #expect(values["project_code"] == .string("ABC-123"))
        #expect(values["repo_name"] == .string("ABC-123-docs"))
        #expect(values["members"] == nil)
    }
}
