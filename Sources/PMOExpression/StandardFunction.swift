/// The standard functions, resolved from their names once at parse time.
enum StandardFunction: String, Sendable {
    case size, contains, startsWith, endsWith, matches
    case int, uint, double, string, bytes, bool, timestamp, duration, dyn, type
    case getFullYear, getMonth, getDate, getDayOfMonth, getDayOfWeek, getDayOfYear
    case getHours, getMinutes, getSeconds, getMilliseconds
    case charAt, indexOf, lastIndexOf, lowerAscii, upperAscii, replace, split, substring, trim, join

    var isConversion: Bool {
        switch self {
        case .int, .uint, .double, .string, .bytes, .bool, .timestamp, .duration, .dyn, .type: return true
        default: return false
        }
    }

    var isTimeAccessor: Bool {
        switch self {
        case .getFullYear, .getMonth, .getDate, .getDayOfMonth, .getDayOfWeek, .getDayOfYear,
            .getHours, .getMinutes, .getSeconds, .getMilliseconds:
            return true
        default: return false
        }
    }
}
