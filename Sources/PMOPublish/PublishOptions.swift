import PMOCatalog

/// How to build the site: the day freshness is computed for, the public URL, and whether to replace a foreign folder.
package struct PublishOptions: Sendable {
    /// The build day; freshness badges are computed against it (the library never reads the clock).
    package var today: CalendarDate
    /// The public URL of the site root, used only for canonical links and the sitemap.
    package var baseURL: String?
    /// Kept for callers written for older versions; it no longer changes anything: an output folder is
    /// replaced only when it is empty or a pmo site holding nothing but what pmo wrote.
    package var force: Bool
    /// Days before a review is due from which a document shows 要レビュー.
    package var reviewWarningDays: Int

    /// Creates options; `baseURL` defaults to none (all links are relative anyway).
    package init(today: CalendarDate, baseURL: String? = nil, force: Bool = false, reviewWarningDays: Int = Freshness.defaultWarningDays) {
        self.today = today
        self.baseURL = baseURL.flatMap { $0.isEmpty ? nil : $0 }
        self.force = force
        self.reviewWarningDays = reviewWarningDays
    }
}
