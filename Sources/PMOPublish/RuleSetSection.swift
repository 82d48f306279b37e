import PMOCatalog
import PMOSupport
import PMOYAML

/// The rule-set part of a document page: each rule with severity, description, its check and its
/// pass/fail examples — the same examples `pmo validate` runs as tests, with the `↓` marker shown.
struct RuleSetSection {
    let spec: RuleSetSpec

    /// The section's HTML; the search index reads its text from it (``VisibleText``).
    func render() -> String {
        let target = spec.target == .project ? "プロジェクト（pmo lint）" : "カタログ自身（pmo validate）"
        var out = "<section id=\"rules\"><h2>ルール</h2>\n<p>対象: \(HTML.escape(target))。全 \(spec.rules.count) ルール。</p>\n"
        if !spec.rules.isEmpty {
            out += "<ul class=\"rule-index\">\n"
            for rule in spec.rules {
                out +=
                    "<li><a href=\"#rule-\(HTML.escape(rule.id.value))\">\(HTML.escape(rule.title))</a> \(Labels.badge(Labels.severity(rule.severity), class: "severity-\(rule.severity.rawValue)"))</li>\n"
            }
            out += "</ul>\n"
        }
        for rule in spec.rules {
            out += "<section class=\"rule\" id=\"rule-\(HTML.escape(rule.id.value))\">\n"
            out +=
                "<h3>\(HTML.escape(rule.title)) \(Labels.badge(Labels.severity(rule.severity), class: "severity-\(rule.severity.rawValue)"))</h3>\n"
            out += "<p class=\"rule-id\">ID: <code>\(HTML.escape(rule.id.value))</code></p>\n"
            if !rule.description.isEmpty { out += "<p>\(HTML.escape(rule.description))</p>\n" }
            out += "<dl class=\"facts\">\n"
            if let when = rule.when { out += "<dt>適用条件</dt><dd><code>\(HTML.escape(when.value))</code></dd>\n" }
            if let assertion = rule.assert { out += "<dt>判定式</dt><dd><code>\(HTML.escape(assertion.value))</code></dd>\n" }
            if let check = rule.check { out += "<dt>組み込みチェック</dt><dd><code>\(HTML.escape(ExampleText.inline(check)))</code></dd>\n" }
            if let message = rule.message { out += "<dt>メッセージ</dt><dd>\(HTML.escape(message))</dd>\n" }
            if let help = rule.help { out += "<dt>対処</dt><dd>\(HTML.escape(help))</dd>\n" }
            out += "</dl>\n"
            out += examples(rule.examples)
            out += "</section>\n"
        }
        out += "</section>\n"
        return out
    }

    private func examples(_ node: Node?) -> String {
        guard let node else { return "" }
        var out = "<div class=\"examples\">\n"
        for (key, label, css) in [("pass", "合格する例", "pass"), ("fail", "違反になる例", "fail")] {
            guard let items = node[key]?.sequence, !items.isEmpty else { continue }
            out += "<h4>\(label)</h4>\n"
            for item in items {
                out += "<pre class=\"example example-\(css)\"><code>\(ExampleText.markedHTML(ExampleText.block(item)))</code></pre>\n"
            }
        }
        out += "<p class=\"legend\"><mark class=\"marker\">↓</mark> は指摘が指す位置です。例は <code>pmo validate</code> がテストとして実行します。</p>\n</div>\n"
        return out
    }
}
