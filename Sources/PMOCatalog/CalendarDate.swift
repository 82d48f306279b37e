import Foundation

/// A calendar date written `YYYY-MM-DD` (review dates, changelog dates), checked to be a real date.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD`; nil for malformed text or a day that does not exist (2026-02-30).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from its parts (not checked).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today's date in UTC.
    public static func today(_ now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return year < 0
            ? String(format: "%05d-%02d-%02d", year, month, day) : padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// The pattern of a date field, for JSON Schema and editors (the day is checked by ``init(_:)``).
    public static let pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        let z = dayNumber + days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// How often a document must be reviewed: `180d`, `12w`, `6m` or `1y`.
public struct ReviewInterval: Sendable, Hashable, CustomStringConvertible {
    /// The length in days (months count 30, years 365).
    public var days: Int
    /// The text as written.
    public var text: String

    /// Parses a positive whole number (ASCII digits, at most 1,000,000) followed by d, w, m or y; nil otherwise.
    public init?(_ text: String) {
        let digits = text.dropLast()
        guard let unit = text.last, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let count = Int(digits), count > 0, count <= 1_000_000
        else { return nil }
        let factor: Int
        switch unit {
        case "d": factor = 1
        case "w": factor = 7
        case "m": factor = 30
        case "y": factor = 365
        default: return nil
        }
        // The cap keeps date arithmetic (`reviewed + reviewEvery`) far from overflow.
        days = count * factor
        self.text = text
    }

    /// The pattern a review interval matches, for JSON Schema and editors.
    public static let pattern = "^[0-9]*[1-9][0-9]*[dwmy]$"

    public var description: String { text }
}
