/// One day of a campaign's burn-up as stored: projects in scope and done at the end of the day (UTC).
public struct CampaignDayRecord: Sendable, Hashable {
    /// Days since 1970-01-01.
    public var day: Int
    public var done: Int
    public var total: Int

    public init(day: Int, done: Int, total: Int) {
        self.day = day
        self.done = done
        self.total = total
    }
}
