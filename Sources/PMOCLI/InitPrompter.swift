import Foundation
import PMOAuthoring

/// Asks for the organisation, the PMO team and the taxonomy of `pmo init` on the terminal (prompts on stderr);
/// an empty answer keeps the default shown in brackets, a bad list is asked again.
struct InitPrompter {
    /// False when `--org` already gave the organisation.
    var askOrganization: Bool

    func ask(_ defaults: CatalogSettings) -> CatalogSettings {
        var settings = defaults
        if askOrganization { settings.organization = text("Organisation", defaults.organization) }
        settings.owner.name = text("PMO team (owner of the standards)", defaults.owner.name)
        settings.owner.contact = text("PMO team contact", defaults.owner.contact)
        settings.categories = terms("Categories (id:title, comma-separated)", defaults.categories)
        settings.phases = terms("Project phases, in order (id:title, …)", defaults.phases)
        settings.roles = terms("Roles (id:title, …)", defaults.roles)
        return settings
    }

    private func text(_ question: String, _ fallback: String) -> String {
        FileHandle.standardError.write(Data("\(question) [\(fallback)]: ".utf8))
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { return fallback }
        return answer
    }

    private func terms(_ question: String, _ fallback: [CatalogSettings.Term]) -> [CatalogSettings.Term] {
        while true {
            let answer = text(question, CatalogSettings.text(of: fallback))
            if answer == CatalogSettings.text(of: fallback) { return fallback }
            if let terms = CatalogSettings.terms(from: answer) { return terms }
            FileHandle.standardError.write(
                Data("  ✗ each id is lower-case letters, digits and hyphens (e.g. risk-issue:リスク・課題), no id twice\n".utf8))
        }
    }
}
