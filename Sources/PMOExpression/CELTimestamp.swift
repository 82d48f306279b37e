import Foundation

/// A CEL timestamp: seconds and nanoseconds since 1970-01-01T00:00:00Z, within years 0001–9999.
public struct CELTimestamp: Sendable, Hashable, Comparable {
    /// Whole seconds since the Unix epoch (negative before 1970).
    public let seconds: Int64
    /// Nanoseconds within the second, 0 ..< 1,000,000,000.
    public let nanos: Int32

    static let minSeconds: Int64 = -62_135_596_800  // 0001-01-01T00:00:00Z
    static let maxSeconds: Int64 = 253_402_300_799  // 9999-12-31T23:59:59Z

    /// Creates a timestamp, or nil when it is outside 0001-01-01 … 9999-12-31.
    public init?(seconds: Int64, nanos: Int32 = 0) {
        guard (0..<1_000_000_000).contains(nanos),
            seconds >= Self.minSeconds, seconds <= Self.maxSeconds
        else { return nil }
        self.seconds = seconds
        self.nanos = nanos
    }

    /// Creates a timestamp from a Foundation date, clamped to the CEL range.
    public init(_ date: Date) {
        let interval = date.timeIntervalSince1970.isFinite ? date.timeIntervalSince1970 : 0
        let whole = interval.rounded(.down)
        let clamped = Int64(max(Double(Self.minSeconds), min(Double(Self.maxSeconds), whole)))
        seconds = clamped
        nanos = Double(clamped) == whole ? Int32(max(0, min(999_999_999, ((interval - whole) * 1e9).rounded()))) : 0
    }

    /// The Foundation date (precision is that of `TimeInterval`).
    public var date: Date { Date(timeIntervalSince1970: Double(seconds) + Double(nanos) / 1e9) }

    /// Orders timestamps in time.
    public static func < (lhs: CELTimestamp, rhs: CELTimestamp) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }

    /// Parses RFC 3339 text such as `2009-02-13T23:31:30Z` or `2009-02-13T23:31:30.5+09:00`.
    public init?(rfc3339 text: String) {
        let chars = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= chars.count else { return nil }
            var value = 0
            for offset in 0..<width {
                let char = chars[index + offset]
                guard char >= 48, char <= 57 else { return nil }
                value = value * 10 + Int(char - 48)
            }
            index += width
            return value
        }
        func expect(_ options: String) -> Bool {
            guard index < chars.count, options.utf8.contains(chars[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
            let second = number(2)
        else { return nil }
        var nanos = 0
        if index < chars.count, chars[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < chars.count, chars[index] >= 48, chars[index] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int(chars[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 9) { nanos *= 10 }
        }
        var offset = 0
        if expect("Zz") {
            offset = 0
        } else if index < chars.count, chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-") {
            let negative = chars[index] == UInt8(ascii: "-")
            index += 1
            guard let hours = number(2), expect(":"), let minutes = number(2), hours < 24, minutes < 60 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (negative ? -1 : 1)
        } else {
            return nil
        }
        guard index == chars.count, (1...12).contains(month), day >= 1,
            day <= CivilTime.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilTime.daysSinceEpoch(year: year, month: month, day: day)
        let total = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        self.init(seconds: total, nanos: Int32(nanos))
    }

    /// RFC 3339 in UTC, fractional seconds without trailing zeros: `2009-02-13T23:31:30.5Z`.
    public var rfc3339: String {
        let civil = CivilTime(seconds: seconds, offset: 0)
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d",
            civil.year, civil.month, civil.day, civil.hour, civil.minute, civil.second)
        text += CELDuration.fraction(nanos)
        return text + "Z"
    }
}
