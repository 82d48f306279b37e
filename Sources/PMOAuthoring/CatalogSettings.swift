import Foundation
import PMOCatalog

/// What `pmo init` asks for: the organisation, the PMO team that owns the standards, and the taxonomy.
///
/// Every field has a default in the chosen language, so `pmo init --no-input` makes a working catalog.
package struct CatalogSettings: Sendable, Hashable {
    /// The language of the example documents, the site and the PMO team's README.
    package enum Language: String, Sendable, Hashable, CaseIterable {
        case ja, en
    }

    /// A team that owns documents (`spec.owners`).
    package struct Team: Sendable, Hashable {
        package var id: String
        package var name: String
        package var contact: String

        /// Creates a team.
        package init(id: String, name: String, contact: String) {
            self.id = id
            self.name = name
            self.contact = contact
        }
    }

    /// A category, phase or role of the taxonomy.
    package struct Term: Sendable, Hashable {
        package var id: String
        package var title: String

        /// Creates a term.
        package init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    package var language: Language
    /// The organisation's name as people write it (`株式会社アクメ`).
    package var organization: String
    /// The catalog's `metadata.name`, a slug.
    package var catalogName: String
    /// The PMO team: owner of every example document.
    package var owner: Team
    package var categories: [Term]
    package var phases: [Term]
    package var roles: [Term]
    /// The date written as `reviewed` and in the changelogs.
    package var date: CalendarDate

    /// The defaults for `language`: an example organisation, a PMO team and a small taxonomy.
    package static func defaults(language: Language, date: CalendarDate) -> CatalogSettings {
        let words = ScaffoldWording.for(language)
        return CatalogSettings(
            language: language, organization: words.defaultOrganization, catalogName: "pmo-catalog",
            owner: Team(id: "pmo-office", name: words.defaultTeamName, contact: "pmo@example.com"),
            categories: words.defaultCategories, phases: words.defaultPhases, roles: words.defaultRoles, date: date)
    }

    /// Reads `id:title, id:title` (a bare `id` is its own title); nil when an id is not a slug or the list is empty.
    package static func terms(from text: String) -> [Term]? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var terms: [Term] = []
        for part in parts {
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let id = pieces[0]
            guard Metadata.isSlug(id), !terms.contains(where: { $0.id == id }) else { return nil }
            terms.append(Term(id: id, title: pieces.count > 1 && !pieces[1].isEmpty ? pieces[1] : id))
        }
        return terms.isEmpty ? nil : terms
    }

    /// `id:title, id:title`, the form ``terms(from:)`` reads.
    package static func text(of terms: [Term]) -> String {
        terms.map { $0.id == $0.title ? $0.id : "\($0.id):\($0.title)" }.joined(separator: ", ")
    }

    /// The role the example checklist gives its items: `pm` when the taxonomy has it, else the first role.
    var projectManagerRole: String {
        roles.first { $0.id == "pm" }?.id ?? roles.first?.id ?? "pm"
    }
}
