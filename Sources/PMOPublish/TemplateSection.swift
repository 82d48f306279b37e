import Foundation
import PMOCatalog
import PMOSupport

/// The template part of a document page: `pmo new`, parameters, files with policies and previews, what a project gets.
struct TemplateSection {
    let context: SiteContext
    let document: Document
    let spec: TemplateSpec
    let page: String

    /// Files larger than this are previewed only in part.
    static let previewLimit = 200_000

    /// The section's HTML; the search index reads its text from it (``VisibleText``).
    func render() -> String {
        var out = "<section id=\"pmo-new\"><h2>このテンプレートで始める</h2>\n<pre><code>\(HTML.escape(newCommand()))</code></pre></section>\n"
        out += "<section id=\"parameters\"><h2>パラメーター</h2>\n"
        if spec.parameters.isEmpty {
            out += "<p>パラメーターはありません。</p>"
        } else {
            out +=
                "<div class=\"table-wrap\"><table><thead><tr><th>名前</th><th>項目</th><th>型</th><th>必須</th><th>既定値</th><th>説明</th></tr></thead><tbody>\n"
            for parameter in spec.parameters {
                var notes: [String] = []
                if let help = parameter.help { notes.append(HTML.escape(help)) }
                if !parameter.choices.isEmpty {
                    notes.append("選択肢: " + parameter.choices.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: " "))
                }
                if let pattern = parameter.pattern { notes.append("形式: <code>\(HTML.escape(pattern.value))</code>") }
                let defaultText = parameter.defaultValue.flatMap(TemplatePreview.text) ?? ""
                out += "<tr><td><code>\(HTML.escape(parameter.name.value))</code></td><td>\(HTML.escape(parameter.title))</td>"
                out += "<td>\(HTML.escape(parameter.type.rawValue))</td><td>\(parameter.required ? "必須" : "任意")</td>"
                out +=
                    "<td>\(defaultText.isEmpty ? "" : "<code>\(HTML.escape(defaultText))</code>")</td><td>\(notes.joined(separator: "<br>"))</td></tr>\n"
            }
            out += "</tbody></table></div>"
        }
        out += "</section>\n"
        let preview = TemplatePreview(parameters: spec.parameters.map { ($0.name.value, $0.defaultValue) })
        out += "<section id=\"files\"><h2>生成されるファイル</h2>\n<ul class=\"file-tree\">\n"
        for (index, file) in spec.files.enumerated() {
            let target = targetPath(file, preview: preview)
            out += "<li><a href=\"#file-\(index + 1)\"><code>\(HTML.escape(target))</code></a> "
            out += Labels.badge(file.policy == .managed ? "管理" : "初期配置", class: "policy-\(file.policy.rawValue)")
            if let when = file.when { out += " <span class=\"when\">条件: <code>\(HTML.escape(when.value))</code></span>" }
            out += "</li>\n"
        }
        out +=
            "</ul>\n<p class=\"legend\">管理 = \(HTML.escape(Labels.policy(.managed)))。初期配置 = \(HTML.escape(Labels.policy(.seeded)))。</p>\n</section>\n"
        out += "<section id=\"preview\"><h2>プレビュー（既定値で表示）</h2>\n"
        for (index, file) in spec.files.enumerated() {
            out +=
                "<details id=\"file-\(index + 1)\"><summary><code>\(HTML.escape(targetPath(file, preview: preview)))</code> ← <code>files/\(HTML.escape(file.source.value))</code></summary>\n"
            out += fileBody(file, preview: preview)
            out += "</details>\n"
        }
        out += "</section>\n"
        if !spec.checklists.isEmpty || !spec.rules.isEmpty {
            out += "<section id=\"project-gets\"><h2>プロジェクトに配布されるもの</h2><ul>\n"
            for reference in spec.checklists + spec.rules {
                out += "<li>\(HTML.escape(Labels.kind(reference.kind))): \(context.link(to: reference.key, from: page))</li>\n"
            }
            out += "</ul></section>\n"
        }
        return out
    }

    private func newCommand() -> String {
        var command = "pmo new \(document.metadata.name.value) ./my-project"
        for parameter in spec.parameters where parameter.required && parameter.defaultValue == nil {
            command += " --set \(parameter.name.value)=…"
        }
        return command
    }

    private func targetPath(_ file: TemplateSpec.File, preview: TemplatePreview) -> String {
        if case .rendered(let text) = preview.render(file.target.value) { return text }
        return file.target.value
    }

    private func fileBody(_ file: TemplateSpec.File, preview: TemplatePreview) -> String {
        guard case .success(let contents) = spec.readSource(file.source.value) else {
            return "<p>ファイルを読めませんでした。</p>\n"
        }
        let data = Data(contents.bytes)
        guard var text = String(data: data, encoding: .utf8) else {
            return "<p>バイナリファイル（\(data.count) バイト）のためプレビューはありません。</p>\n"
        }
        var note = ""
        if text.utf8.count > Self.previewLimit {
            text = String(decoding: Array(text.utf8.prefix(Self.previewLimit)), as: UTF8.self)
            note = "<p class=\"note\">大きいファイルのため先頭だけを表示しています。</p>\n"
        }
        switch preview.render(text) {
        case .rendered(let rendered):
            return note + "<pre class=\"file-preview\"><code>\(HTML.escape(rendered))</code></pre>\n"
        case .raw(let missing):
            let names = missing.prefix(8).map { "<code>\(HTML.escape($0))</code>" }.joined(separator: " ")
            return note + "<p class=\"note\">既定値のない項目（\(names)）があるため、テンプレートをそのまま表示しています。</p>\n"
                + "<pre class=\"file-preview\"><code>\(HTML.escape(text))</code></pre>\n"
        }
    }
}
