/// One day of a campaign's burn-up as stored: projects in scope and done at the end of the day (UTC).
package struct CampaignDayRecord: Sendable, Hashable {
    /// Days since 1970-01-01.
    package var day: Int
    package var done: Int
    package var total: Int

    package init(day: Int, done: Int, total: Int) {
        self.day = day
        self.done = done
        self.total = total
    }
}
