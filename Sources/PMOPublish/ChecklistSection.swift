import PMOCatalog
import PMOSupport

/// The checklist part of a document page: items grouped by phase (in the catalog's phase order) with role, evidence and self-checks.
struct ChecklistSection {
    let context: SiteContext
    let spec: ChecklistSpec
    let page: String

    /// The section's HTML; the search index reads its text from it (``VisibleText``).
    func render() -> String {
        let phaseOrder = context.catalog.spec?.phases.map(\.id.value) ?? []
        var groups: [String: [ChecklistSpec.Item]] = [:]
        for item in spec.items { groups[item.phase?.value ?? "", default: []].append(item) }
        let phases = phaseOrder.filter { groups[$0] != nil } + groups.keys.filter { !phaseOrder.contains($0) }.sorted()
        let verified = spec.items.filter { $0.verify != nil }.count
        var out =
            "<section id=\"items\"><h2>チェック項目</h2>\n<p>全 \(spec.items.count) 項目（うち自動確認 \(verified) 項目）。自動確認の項目は <code>pmo checklist</code> が判定します。</p>\n"
        for (index, phase) in phases.enumerated() {
            let title = phase.isEmpty ? "フェーズ未設定" : context.phaseTitle(phase)
            out += "<h3 id=\"phase-\(index + 1)\">\(HTML.escape(title))</h3>\n"
            out +=
                "<div class=\"table-wrap\"><table class=\"checklist\"><thead><tr><th>ID</th><th>項目</th><th>担当</th><th>証跡</th><th>確認方法</th></tr></thead><tbody>\n"
            for item in groups[phase] ?? [] {
                out +=
                    "<tr id=\"item-\(HTML.escape(HeadingAnchors.slug(item.id.value)))\"><td><code>\(HTML.escape(item.id.value))</code></td>"
                out += "<td>\(HTML.escape(item.text))\(item.help.map { "<p class=\"help\">\(HTML.escape($0))</p>" } ?? "")</td>"
                out += "<td>\(HTML.escape(item.role.map { context.roleTitle($0.value) } ?? ""))</td>"
                out += "<td>\(HTML.escape(item.evidence ?? ""))</td><td>\(verification(item.verify))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "</section>\n"
        return out
    }

    private func verification(_ verify: ChecklistSpec.Verify?) -> String {
        switch verify {
        case nil:
            return "手動で確認"
        case .assert(let expression):
            return Labels.badge("自動", class: "verify") + " <code>\(HTML.escape(expression.value))</code>"
        case .rule(let ruleSet, let ruleID, _):
            let key = DocumentKey(kind: .ruleSet, name: ruleSet)
            let label = "\(ruleSet)/\(ruleID)"
            guard context.catalog.rule(ruleSet: ruleSet, ruleID: ruleID) != nil else {
                return Labels.badge("自動", class: "verify") + " <code>\(HTML.escape(label))</code>"
            }
            let href = context.href(context.paths.document(key) + "#rule-" + ruleID, from: page)
            return Labels.badge("自動", class: "verify") + " ルール <a href=\"\(href)\"><code>\(HTML.escape(label))</code></a>"
        }
    }
}
