import PMOCatalog

/// How current a document's review is on a given day: 最新 / 要レビュー / 期限切れ, from `reviewed` + `reviewEvery`.
package enum Freshness: String, Sendable, Hashable, CaseIterable {
    /// Reviewed within its interval and not due soon.
    case fresh
    /// The review is due within the warning window.
    case reviewSoon
    /// The review date has passed.
    case overdue
    /// No `reviewed` date or no `reviewEvery`: freshness is not tracked.
    case untracked

    /// Days before the due date from which a document counts as 要レビュー.
    package static let defaultWarningDays = 30

    /// The freshness of `metadata` on `today` (passed in: the library never reads the clock).
    package init(_ metadata: Metadata, today: CalendarDate, warningDays: Int = Freshness.defaultWarningDays) {
        guard let due = metadata.reviewDue else {
            self = .untracked
            return
        }
        if today > due {
            self = .overdue
        } else if due.dayNumber - today.dayNumber <= warningDays {
            self = .reviewSoon
        } else {
            self = .fresh
        }
    }

    /// The badge text in Japanese.
    package var label: String {
        switch self {
        case .fresh: return "最新"
        case .reviewSoon: return "要レビュー"
        case .overdue: return "期限切れ"
        case .untracked: return "レビュー周期なし"
        }
    }

    /// Whether the document needs attention (shown on the home page).
    package var isStale: Bool { self == .reviewSoon || self == .overdue }
}
