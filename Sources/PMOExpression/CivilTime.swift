import Foundation

/// Calendar fields of an instant in the proleptic Gregorian calendar, as CEL's timestamp
/// accessors need them (Foundation's Gregorian calendar switches to Julian before 1582).
struct CivilTime {
    let year: Int
    let month: Int  // 1...12
    let day: Int  // 1...31
    let hour: Int
    let minute: Int
    let second: Int
    let dayOfWeek: Int  // 0 = Sunday
    let dayOfYear: Int  // 0-based

    /// Breaks down `seconds` since the epoch, shifted by `offset` seconds east of UTC.
    init(seconds: Int64, offset: Int) {
        let local = seconds + Int64(offset)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfShiftedYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfShiftedYear + 2) / 153
        day = dayOfShiftedYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
        dayOfWeek = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday
        dayOfYear = days - Self.daysSinceEpoch(year: year, month: 1, day: 1)
    }

    /// Howard Hinnant's days_from_civil.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The offset east of UTC, in seconds, of a CEL time zone at an instant: `UTC`, a fixed
    /// `+09:00` / `-02:30` / `02:00`, or an IANA name such as `Asia/Tokyo`. Nil if unknown.
    static func offset(ofZone zone: String, at seconds: Int64) -> Int? {
        if zone == "UTC" || zone == "Z" { return 0 }
        let chars = Array(zone.utf8)
        var body = chars[...]
        var sign = 1
        if let first = chars.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            body = chars.dropFirst()
        }
        if body.count == 5, body[body.startIndex + 2] == UInt8(ascii: ":"),
            let hours = Int(String(decoding: body.prefix(2), as: UTF8.self)),
            let minutes = Int(String(decoding: body.suffix(2), as: UTF8.self)), hours < 24, minutes < 60
        {
            return sign * (hours * 3600 + minutes * 60)
        }
        guard let timeZone = TimeZone(identifier: zone) else { return nil }
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
    }
}
