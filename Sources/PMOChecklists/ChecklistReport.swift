import PMOCatalog

/// The live status of one checklist: each item, manual or verified, with progress by phase.
package struct ChecklistReport: Sendable, Hashable {
    /// How one item stands.
    package enum ItemStatus: Sendable, Hashable {
        /// A manual item attested by someone.
        case done(by: String?, at: String?, evidence: String?)
        /// A manual item not attested yet.
        case open
        /// A `verify:` item whose check passed.
        case passed
        /// A `verify:` item whose check failed, with why.
        case failed(String)
        /// A `verify:` item that could not be evaluated.
        case notEvaluated(String)

        /// Whether the item counts as done.
        package var isDone: Bool {
            switch self {
            case .done, .passed: return true
            default: return false
            }
        }

        /// `done`, `open`, `passed`, `failed` or `not-evaluated`.
        package var name: String {
            switch self {
            case .done: return "done"
            case .open: return "open"
            case .passed: return "passed"
            case .failed: return "failed"
            case .notEvaluated: return "not-evaluated"
            }
        }
    }

    /// One item.
    package struct Item: Sendable, Hashable {
        package var id: String
        package var text: String
        package var phase: String?
        package var role: String?
        /// What evidence the item requires, if any.
        package var evidence: String?
        /// Whether the item checks itself.
        package var isVerified: Bool
        package var status: ItemStatus
        /// Recorded in the project but no longer in the catalog's checklist: shown with its history, not counted.
        package var isRetired: Bool = false
    }

    /// Progress of one phase.
    package struct Phase: Sendable, Hashable {
        /// The phase id (empty for items without a phase).
        package var id: String
        /// The phase title from the catalog taxonomy, or the id.
        package var title: String
        package var done: Int
        package var total: Int
    }

    package var name: String
    /// The checklist's title from the catalog (or its name).
    package var title: String
    /// The version the project's checklist was instantiated from.
    package var version: String
    /// The version in the catalog now, when it differs.
    package var catalogVersion: String?
    package var items: [Item]
    /// Set when a newer template version dropped the checklist (see ``ChecklistState/retired``).
    package var retired: String? = nil

    /// The items that count: those still in the catalog's checklist.
    package var currentItems: [Item] { items.filter { !$0.isRetired } }
    /// Items done (retired items not counted).
    package var done: Int { currentItems.filter(\.status.isDone).count }
    /// All items that count.
    package var total: Int { currentItems.count }

    /// Progress per phase, in the catalog's phase order (phases it does not know last).
    package func phases(in catalog: Catalog?) -> [Phase] {
        let known = catalog?.spec?.phases ?? []
        var order = known.map(\.id.value)
        for item in currentItems { if let phase = item.phase, !order.contains(phase) { order.append(phase) } }
        if currentItems.contains(where: { $0.phase == nil }) { order.append("") }
        return order.compactMap { id in
            let members = currentItems.filter { ($0.phase ?? "") == id }
            guard !members.isEmpty else { return nil }
            let title = known.first { $0.id.value == id }?.title ?? (id.isEmpty ? "-" : id)
            return Phase(id: id, title: title, done: members.filter(\.status.isDone).count, total: members.count)
        }
    }
}
