import PMOCatalog

/// Drift of one project: every template in its lock, plus lint and checklist figures when available.
package struct ProjectDrift: Sendable, Hashable {
    /// The project folder as given (or as found under the fleet folder).
    package var path: String
    package var templates: [TemplateDrift]
    package var lint: LintSummary?
    package var checklists: ChecklistCompletion?

    package init(path: String, templates: [TemplateDrift], lint: LintSummary? = nil, checklists: ChecklistCompletion? = nil) {
        self.path = path
        self.templates = templates
        self.lint = lint
        self.checklists = checklists
    }

    /// Managed files in `status`, over all templates.
    package func count(_ status: FileDrift.Status) -> Int {
        templates.reduce(0) { $0 + $1.files(status).count }
    }

    /// Whether any template is behind the catalog.
    package var isBehind: Bool { templates.contains(where: \.isBehind) }

    /// Versions behind, summed over the templates.
    package var versionsBehind: Int { templates.reduce(0) { $0 + $1.versionsBehind } }

    /// Whether something named in `conditions` is found (what `--fail-on` gates on).
    package func fails(on conditions: Set<DriftCondition>) -> Bool {
        conditions.contains { condition in
            switch condition {
            case .modified: return count(.modified) > 0
            case .deleted: return count(.deleted) > 0
            case .behind: return isBehind
            case .lint: return (lint?.errors ?? 0) > 0
            }
        }
    }
}

/// What `pmo drift --fail-on` can gate on.
package enum DriftCondition: String, Sendable, Hashable, CaseIterable {
    case modified, deleted, behind, lint
}
