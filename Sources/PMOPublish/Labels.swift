import PMOCatalog
import PMOSupport

/// The Japanese words the site uses for kinds, statuses, severities and policies, in one place.
enum Labels {
    static func kind(_ kind: DocumentKind) -> String {
        switch kind {
        case .catalog: return "カタログ"
        case .template: return "テンプレート"
        case .checklist: return "チェックリスト"
        case .ruleSet: return "ルールセット"
        case .page: return "ナレッジページ"
        case .campaign: return "キャンペーン"
        }
    }

    static func status(_ status: Metadata.Status) -> String {
        switch status {
        case .draft: return "下書き"
        case .active: return "有効"
        case .deprecated: return "廃止予定"
        }
    }

    static func severity(_ severity: RuleSetSpec.Severity) -> String {
        switch severity {
        case .error: return "エラー"
        case .warning: return "警告"
        case .info: return "情報"
        }
    }

    static func policy(_ policy: TemplateSpec.Policy) -> String {
        switch policy {
        case .managed: return "管理（標準が所有・更新あり）"
        case .seeded: return "初期配置（生成後はチームが所有）"
        }
    }

    /// `<span class="badge …">` for a short label.
    static func badge(_ text: String, class name: String) -> String {
        "<span class=\"badge \(name)\">\(HTML.escape(text))</span>"
    }
}
