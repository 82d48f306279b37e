import Foundation
import PMOCatalog
import Testing

@Suite("CalendarDate and ReviewInterval")
struct CalendarDateTests {
    @Test(arguments: ["2026-01-01", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])
    func parsesRealDates(_ text: String) throws {
        #expect(try #require(CalendarDate(text)).description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00:00", "", "２０２６-01-01", "+2026-01-01",
    ])
    func rejectsDatesThatAreNotReal(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func dayNumberCountsFromTheUnixEpoch() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 1970, month: 1, day: 2).dayNumber == 1)
        #expect(CalendarDate(year: 1969, month: 12, day: 31).dayNumber == -1)
        #expect(CalendarDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        let date = CalendarDate(year: 2024, month: 2, day: 28)
        #expect(date.adding(days: 1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(date.adding(days: 2) == CalendarDate(year: 2024, month: 3, day: 1))
        #expect(CalendarDate(year: 2026, month: 12, day: 31).adding(days: 1) == CalendarDate(year: 2027, month: 1, day: 1))
        #expect(CalendarDate(year: 2026, month: 1, day: 1).adding(days: -1) == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(CalendarDate(year: 2026, month: 4, day: 1).adding(days: 180) == CalendarDate(year: 2026, month: 9, day: 28))
        #expect(date.adding(days: 0) == date)
    }

    @Test func addingIsTheInverseOfDayNumber() {
        let start = CalendarDate(year: 1999, month: 12, day: 31)
        for offset in stride(from: -800, through: 800, by: 37) {
            let moved = start.adding(days: offset)
            #expect(moved.dayNumber - start.dayNumber == offset)
            #expect(CalendarDate(moved.description) == moved)
        }
    }

    @Test func ordering() {
        let dates = ["2026-01-02", "2025-12-31", "2026-01-01", "2026-02-01"].compactMap(CalendarDate.init)
        #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-01-01", "2026-01-02", "2026-02-01"])
    }

    @Test func todayIsInUTC() {
        #expect(CalendarDate.today(Date(timeIntervalSince1970: 0)) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(CalendarDate.today(Date(timeIntervalSince1970: 86_399)) == CalendarDate(year: 1970, month: 1, day: 1))
    }

    @Test func reviewIntervals() {
        #expect(ReviewInterval("180d")?.days == 180)
        #expect(ReviewInterval("2w")?.days == 14)
        #expect(ReviewInterval("6m")?.days == 180)
        #expect(ReviewInterval("1y")?.days == 365)
        #expect(ReviewInterval("1y")?.description == "1y")
    }

    @Test(arguments: ["", "d", "0d", "-5d", "+5d", "5", "5h", "5 d", "1.5y", "５d", "9223372036854775807y", "99999999999999999999d"])
    func rejectsBadReviewIntervals(_ text: String) {
        #expect(ReviewInterval(text) == nil)
    }

    @Test func patternsAgreeWithTheParsers() throws {
        let interval = try Regex(ReviewInterval.pattern)
        for text in ["180d", "2w", "05m", "0d", "+5d", "5h", ""] {
            #expect((text.wholeMatch(of: interval) != nil) == (ReviewInterval(text) != nil), "\(text)")
        }
        let date = try Regex(CalendarDate.pattern)
        for text in ["2026-01-01", "2026-1-01", "20260101"] {
            #expect((text.wholeMatch(of: date) != nil) == (CalendarDate(text) != nil), "\(text)")
        }
    }
}
