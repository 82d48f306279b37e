import Foundation
import PMOExpression
import PMORules
import PMOTestSupport
import Testing

@Suite("Paths stay inside the project")
struct ConfinementTests {
    @Test("'..', absolute paths and empty paths are refused", arguments: ["../etc/passwd", "docs/../../x", "/etc/passwd", "", "./"])
    func textualEscape(path: String) {
        #expect(throws: ProjectPathError.self) { try ProjectPath(path) }
    }

    @Test("'.' components are normalised away")
    func normalised() throws {
        #expect(try ProjectPath("./docs//a.md").value == "docs/a.md")
    }

    @Test("an escape through '..' is an error value, not a file")
    func escapeIsErrorValue() {
        let context = ProjectContext(fileSystem: InMemoryFileSystem(["a.md": ""]))
        for expression in ["exists('../a.md')", "read('/etc/passwd')", "csv('../x.csv')", "yaml('docs/../../x')"] {
            let value = RuleEngine.evaluate(expression: expression, in: context)
            #expect(value.error?.message.contains("escapes the project") == true, "\(expression): \(value)")
        }
    }

    @Test("a symbolic link leading out of the project is an escape")
    func symlinkEscape() throws {
        try withTemporaryFolder { outside in
            try withTemporaryFolder { root in
                write(["secret.txt": "secret"], under: outside)
                write(["docs/a.md": "# A\n"], under: root)
                try FileManager.default.createSymbolicLink(atPath: root + "/leak", withDestinationPath: outside)
                try FileManager.default.createSymbolicLink(atPath: root + "/leak.txt", withDestinationPath: outside + "/secret.txt")
                try FileManager.default.createSymbolicLink(atPath: root + "/inside.md", withDestinationPath: root + "/docs/a.md")
                let context = ProjectContext(root: root)
                #expect(RuleEngine.evaluate(expression: "read('leak/secret.txt')", in: context).error?.message.contains("escapes") == true)
                #expect(RuleEngine.evaluate(expression: "read('leak.txt')", in: context).error?.message.contains("escapes") == true)
                #expect(RuleEngine.evaluate(expression: "exists('leak/secret.txt')", in: context).isError)
                #expect(RuleEngine.evaluate(expression: "read('inside.md')", in: context) == "# A\n")
            }
        }
    }

    @Test("a check whose path escapes through a link is an evaluation error finding")
    func checkThroughLink() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: secret
                      severity: error
                      title: Secret
                      check: {type: file-matches, path: leak/secret.txt, pattern: "x"}
                """))
        try withTemporaryFolder { outside in
            try withTemporaryFolder { root in
                write(["secret.txt": "x"], under: outside)
                try FileManager.default.createSymbolicLink(atPath: root + "/leak", withDestinationPath: outside)
                let findings = RuleEngine().lint(project: ProjectContext(root: root), ruleSets: [ruleSet])
                #expect(findings.count == 1)
                #expect(findings.first?.kind == .evaluationError)
                #expect(findings.first?.message.contains("escapes the project") == true)
            }
        }
    }

    @Test("the file list excludes .pmo and .git")
    func fileList() {
        try? withTemporaryFolder { root in
            write([".pmo/lock.yaml": "template: t\n", ".git/HEAD": "ref", "docs/a.md": "", "b.csv": ""], under: root)
            let context = ProjectContext(root: root)
            #expect(context.files == ["b.csv", "docs/a.md"])
            #expect(context.hasLock)
            #expect(context.templateName == "t")
        }
    }
}
