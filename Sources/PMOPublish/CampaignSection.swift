import Foundation
import PMOCatalog
import PMOSupport

/// The campaign part of a document page: the target expression, the deadline, which projects it
/// applies to, and its guidance (plain text; Markdown stays for pages).
struct CampaignSection {
    let context: SiteContext
    let spec: CampaignSpec
    let page: String

    func render() -> String {
        var out = "<section id=\"campaign\"><h2>キャンペーン</h2>\n<dl class=\"facts\">\n"
        out += "<dt>期日</dt><dd>\(HTML.escape(spec.deadline.description))</dd>\n"
        out += "<dt>目標（報告に対する式）</dt><dd><code>\(HTML.escape(spec.target.value))</code></dd>\n"
        let templates = spec.appliesTo.templates
        let owners = spec.appliesTo.owners
        out += "<dt>対象</dt><dd>"
        if templates.isEmpty && owners.isEmpty {
            out += "すべてのプロジェクト"
        } else {
            var parts: [String] = []
            if !templates.isEmpty {
                parts.append("テンプレート " + templates.map { context.link(to: $0.key, from: page) }.joined(separator: "、"))
            }
            if !owners.isEmpty {
                parts.append(
                    "担当チーム "
                        + owners.map {
                            "<a href=\"\(context.href(context.paths.owner($0.value), from: page))\">\(HTML.escape(context.ownerName($0.value)))</a>"
                        }
                        .joined(separator: "、"))
            }
            out += parts.joined(separator: " / ")
        }
        out += "</dd>\n</dl>\n"
        if let guidance = spec.guidance, !guidance.isEmpty {
            out += "<h3>進め方</h3>\n"
            for paragraph in guidance.split(separator: "\n\n", omittingEmptySubsequences: true) {
                out += "<p>\(HTML.escape(paragraph.trimmingCharacters(in: .whitespacesAndNewlines)))</p>\n"
            }
        }
        out += "<p>進捗は <code>pmo serve</code> のダッシュボードで確認できます（各プロジェクトの CI が送る <code>pmo report</code> で判定）。</p>\n"
        out += "</section>\n"
        return out
    }
}
