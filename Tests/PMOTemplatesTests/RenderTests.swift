import Foundation
import PMOCatalog
import PMOTemplates
import PMOYAML
import Testing

@Suite struct RenderTests {
    private func render(_ assignments: [String], catalog: FixtureCatalog? = nil, template: String = "sample") throws -> [RenderedFile] {
        let catalog = try catalog ?? Sample.catalog()
        let document = try catalog.template(template)
        let spec = try #require(document.template)
        let values = try ParameterResolver(template: spec, templateFile: document.file).resolve(ParameterInputs(assignments: assignments))
        return try TemplateRenderer(template: spec, templateFile: document.file).render(values)
    }

    private func text(_ files: [RenderedFile], _ path: String) throws -> String {
        String(decoding: try #require(files.first { $0.path == path }).bytes, as: UTF8.self)
    }

    @Test func rendersContentsAndPathsWithoutHTMLEscaping() throws {
        let files = try render(Sample.valid + ["members=佐藤,鈴木"])
        #expect(
            files.map(\.path) == [
                "docs/charter.md", "KKS-001-docs/README.md", "assets/logo.png", "docs/windows.txt", "scripts/setup.sh", "site/index.html",
            ])
        #expect(try text(files, "docs/charter.md") == "# 憲章：基幹刷新\nPM：山田 <KKS-001>\n- 佐藤\n- 鈴木\n\n")
        #expect(try text(files, "KKS-001-docs/README.md") == "KKS-001-docs / agile / 5名 / 2026-04-01\n")
        #expect(files.first { $0.path == "KKS-001-docs/README.md" }?.policy == .seeded)
    }

    @Test func htmlFilesEscapeDoubleMustachesOnly() throws {
        let files = try render(["project_name=A&B <x>", "project_code=KKS-001", "pm_name=山田", "start_date=2026-04-01"])
        #expect(try text(files, "site/index.html") == "<h1>A&amp;B &lt;x&gt;</h1><p>A&B <x></p>\n")
        #expect(try text(files, "docs/charter.md").hasPrefix("# 憲章：A&B <x>\n"))
    }

    @Test func htmlEscapingSeesAQuoteFollowedByACombiningMark() throws {
        let files = try render([
            "project_name=x\"\u{301} onmouseover=alert(1)", "project_code=KKS-001", "pm_name=山田", "start_date=2026-04-01",
        ])
        let page = try text(files, "site/index.html")
        #expect(page.hasPrefix("<h1>x&quot;\u{301} onmouseover=alert(1)</h1>"))
        #expect(!page.hasPrefix("<h1>x\""))
    }

    @Test func whenExpressionsMakeFilesConditional() throws {
        #expect(try render(Sample.valid).contains { $0.path == "docs/outsourcing.md" } == false)
        let files = try render(Sample.valid + ["outsourcing=true"])
        #expect(files.contains { $0.path == "docs/outsourcing.md" })
        #expect(try text(files, "docs/charter.md").hasSuffix("委託あり\n"))
    }

    @Test func binaryFilesAreCopiedByteForByte() throws {
        let logo = try #require(try render(Sample.valid).first { $0.path == "assets/logo.png" })
        #expect(logo.bytes == Sample.pngBytes)
        #expect(logo.isBinary)
    }

    @Test func crlfLineEndingsAndTheExecutableBitArePreserved() throws {
        let files = try render(Sample.valid)
        #expect(try text(files, "docs/windows.txt") == "1行目 基幹刷新\r\n2行目\r\n")
        #expect(files.first { $0.path == "scripts/setup.sh" }?.executable == true)
        #expect(files.first { $0.path == "docs/charter.md" }?.executable == false)
    }

    @Test("a long file renders byte for byte: blank lines, sections, '}}' in text, CRLF, no final line break")
    func longFileWithPlainRunsRendersExactly() throws {
        let spec = """
              parameters:
                - {name: title, title: 題名, type: string, required: true}
                - {name: members, title: メンバー, type: list}
                - {name: outsourcing, title: 外部委託, type: bool, default: false}
              files:
                - {source: long.md, target: long.md}
            """
        let body = String(repeating: "本文の段落。\n", count: 30)
        let template =
            "\n# 長い文書 {{title}}\n\n" + body + "\n\n{{#members}}\n- {{.}}\n  説明 }} は括弧\n\n{{/members}}\n"
            + "{{^outsourcing}}\n委託なし\n{{/outsourcing}}\nCRLF行1\r\nCRLF行2 {{title}}\r\n\n最後の行（改行なし）"
        let catalog = try FixtureCatalog([
            "standards/templates/long/template.yaml": FixtureCatalog.templateYAML("long", spec: spec),
            "standards/templates/long/files/long.md": template,
        ])
        let files = try render(["title=基幹刷新", "members=佐藤,鈴木"], catalog: catalog, template: "long")
        let expected =
            "\n# 長い文書 基幹刷新\n\n" + body + "\n\n- 佐藤\n  説明 }} は括弧\n\n- 鈴木\n  説明 }} は括弧\n\n"
            + "委託なし\nCRLF行1\r\nCRLF行2 基幹刷新\r\n\n最後の行（改行なし）"
        #expect(try text(files, "long.md") == expected)
    }

    private func escapeCatalog() throws -> FixtureCatalog {
        let spec = """
              parameters:
                - {name: folder, title: フォルダ, type: string, required: true}
              files:
                - {source: x.md, target: "{{folder}}/x.md"}
            """
        return try FixtureCatalog([
            "standards/templates/escape/template.yaml": FixtureCatalog.templateYAML("escape", spec: spec),
            "standards/templates/escape/files/x.md": "x\n",
        ])
    }

    @Test(arguments: [
        ("../../etc", "contains '..'"), ("/tmp/x", "is absolute"), ("a//b", "empty path component"), (".pmo", "inside .pmo/"),
    ])
    func pathsThatEscapeThroughAParameterAreRefused(value: String, reason: String) throws {
        let catalog = try escapeCatalog()
        #expect(throws: RenderError.self) { try render(["folder=\(value)"], catalog: catalog, template: "escape") }
        do {
            _ = try render(["folder=\(value)"], catalog: catalog, template: "escape")
        } catch let error as RenderError {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message.contains(reason))
            #expect(diagnostic.file.hasSuffix("escape/template.yaml"))
            #expect(diagnostic.range?.start.line == 15)
            #expect(diagnostic.help == "check the value of 'folder'")
        }
    }

    /// Issue 15: `{{folder}}/x.md` with an empty folder used to be "renders to '/x.md', which is absolute".
    @Test(arguments: ["{{folder}}/x.md", "docs/{{folder}}/x.md", "docs/{{folder}}"])
    func anEmptyParameterInAPathNamesTheEmptyPart(target: String) throws {
        let spec = """
              parameters:
                - {name: folder, title: フォルダ, type: string, default: ""}
              files:
                - {source: x.md, target: "\(target)"}
            """
        let catalog = try FixtureCatalog([
            "standards/templates/empty/template.yaml": FixtureCatalog.templateYAML("empty", spec: spec),
            "standards/templates/empty/files/x.md": "x\n",
        ])
        do {
            _ = try render([], catalog: catalog, template: "empty")
            Issue.record("expected a render error")
        } catch let error as RenderError {
            let diagnostic = try #require(error.diagnostics.first)
            let rendered = target.replacingOccurrences(of: "{{folder}}", with: "")
            #expect(diagnostic.message == "target '\(target)' renders to '\(rendered)': its part '{{folder}}' is empty")
            #expect(diagnostic.help == "give 'folder' a value that is not empty")
        }
    }

    @Test func mustacheSyntaxErrorReportsTheTemplateFileAndLine() throws {
        let spec = """
              files:
                - {source: bad.md, target: bad.md}
                - {source: good.md, target: "{{#x}}good.md"}
            """
        let catalog = try FixtureCatalog([
            "standards/templates/broken/template.yaml": FixtureCatalog.templateYAML("broken", spec: spec),
            "standards/templates/broken/files/bad.md": "# 見出し\n本文\n{{#phase}}段落{{/stage}}\n",
            "standards/templates/broken/files/good.md": "ok\n",
        ])
        do {
            _ = try render([], catalog: catalog, template: "broken")
            Issue.record("expected a render error")
        } catch let error as RenderError {
            #expect(error.diagnostics.count == 2)
            let content = try #require(error.diagnostics.first)
            #expect(content.file.hasSuffix("standards/templates/broken/files/bad.md"))
            #expect(content.range?.start.line == 3)
            #expect(content.message.contains("closed with a different name"))
            let target = error.diagnostics[1]
            #expect(target.file.hasSuffix("broken/template.yaml"))
            #expect(target.range?.start.line == 14)
        }
    }

    @Test func templateNamingAMissingFileIsAnError() throws {
        let spec = """
              files:
                - {source: there.md, target: there.md}
                - {source: gone.md, target: gone.md}
            """
        let catalog = try FixtureCatalog([
            "standards/templates/holes/template.yaml": FixtureCatalog.templateYAML("holes", spec: spec),
            "standards/templates/holes/files/there.md": "x\n",
        ])
        let loaded = try catalog.load()
        #expect(loaded.diagnostics.contains { $0.message == "template file 'files/gone.md' does not exist" && $0.range?.start.line == 14 })
        do {
            _ = try render([], catalog: catalog, template: "holes")
            Issue.record("expected a render error")
        } catch let error as RenderError {
            #expect(error.diagnostics.map(\.message) == ["template file 'files/gone.md' does not exist"])
        }
    }
}
