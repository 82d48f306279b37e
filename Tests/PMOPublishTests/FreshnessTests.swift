import PMOCatalog
import PMOPublish
import Testing

@Suite("Freshness from reviewed + reviewEvery against a given day")
struct FreshnessTests {
    func metadata(reviewed: String?, every: String?) throws -> Metadata {
        var document = try #require(Fixture.catalog().document(DocumentKey(kind: .page, name: "minutes-guide")))
        document.metadata.reviewed = reviewed.flatMap(CalendarDate.init)
        document.metadata.reviewEvery = every.flatMap(ReviewInterval.init)
        return document.metadata
    }

    @Test func states() throws {
        let m = try metadata(reviewed: "2026-01-01", every: "90d")  // due 2026-04-01
        #expect(Freshness(m, today: CalendarDate(year: 2026, month: 1, day: 15)) == .fresh)
        #expect(Freshness(m, today: CalendarDate(year: 2026, month: 3, day: 10)) == .reviewSoon)
        #expect(Freshness(m, today: CalendarDate(year: 2026, month: 4, day: 1)) == .reviewSoon)
        #expect(Freshness(m, today: CalendarDate(year: 2026, month: 4, day: 2)) == .overdue)
        #expect(Freshness.overdue.label == "期限切れ")
        #expect(Freshness.reviewSoon.label == "要レビュー")
        #expect(Freshness.fresh.label == "最新")
    }

    @Test func untrackedWithoutInterval() throws {
        #expect(Freshness(try metadata(reviewed: "2020-01-01", every: nil), today: Fixture.today) == .untracked)
        #expect(Freshness(try metadata(reviewed: nil, every: "1y"), today: Fixture.today) == .untracked)
    }
}
