/// Timestamp and duration arithmetic with CEL's range errors, and the timestamp accessors.
enum TimeArithmetic {
    static let timestampRange = Value.error(EvaluationError(message: "timestamp out of range"))
    static let durationRange = Value.error(EvaluationError(message: "duration out of range"))

    static func add(_ timestamp: CELTimestamp, _ duration: CELDuration) -> Value {
        let (seconds, overflow) = timestamp.seconds.addingReportingOverflow(duration.seconds)
        let nanos = Int64(timestamp.nanos) + Int64(duration.nanos)
        guard !overflow,
            let result = CELTimestamp(
                seconds: seconds + nanos / 1_000_000_000,
                nanos: Int32(nanos % 1_000_000_000))
        else { return timestampRange }
        return .timestamp(result)
    }

    static func subtract(_ timestamp: CELTimestamp, _ duration: CELDuration) -> Value {
        guard let negated = CELDuration(seconds: -duration.seconds, nanos: -Int64(duration.nanos)) else { return timestampRange }
        return add(timestamp, negated)
    }

    static func add(_ lhs: CELDuration, _ rhs: CELDuration) -> Value {
        let (seconds, overflow) = lhs.seconds.addingReportingOverflow(rhs.seconds)
        guard !overflow, let result = CELDuration(seconds: seconds, nanos: Int64(lhs.nanos) + Int64(rhs.nanos)) else {
            return durationRange
        }
        return .duration(result)
    }

    static func subtract(_ lhs: CELDuration, _ rhs: CELDuration) -> Value {
        let (seconds, overflow) = lhs.seconds.subtractingReportingOverflow(rhs.seconds)
        guard !overflow, let result = CELDuration(seconds: seconds, nanos: Int64(lhs.nanos) - Int64(rhs.nanos)) else {
            return durationRange
        }
        return .duration(result)
    }

    static func subtract(_ lhs: CELTimestamp, _ rhs: CELTimestamp) -> Value {
        guard let result = CELDuration(seconds: lhs.seconds - rhs.seconds, nanos: Int64(lhs.nanos) - Int64(rhs.nanos)) else {
            return durationRange
        }
        return .duration(result)
    }

    /// `getFullYear`, `getMonth`, … on a timestamp, in UTC or the given time zone.
    static func accessor(_ name: String, _ timestamp: CELTimestamp, zone: String?) -> Value? {
        var offset = 0
        if let zone {
            guard let zoneOffset = CivilTime.offset(ofZone: zone, at: timestamp.seconds) else {
                return .error(EvaluationError(message: "unknown time zone '\(zone)'"))
            }
            offset = zoneOffset
        }
        let civil = CivilTime(seconds: timestamp.seconds, offset: offset)
        switch name {
        case "getFullYear": return .int(Int64(civil.year))
        case "getMonth": return .int(Int64(civil.month - 1))
        case "getDate": return .int(Int64(civil.day))
        case "getDayOfMonth": return .int(Int64(civil.day - 1))
        case "getDayOfWeek": return .int(Int64(civil.dayOfWeek))
        case "getDayOfYear": return .int(Int64(civil.dayOfYear))
        case "getHours": return .int(Int64(civil.hour))
        case "getMinutes": return .int(Int64(civil.minute))
        case "getSeconds": return .int(Int64(civil.second))
        case "getMilliseconds": return .int(Int64(timestamp.nanos / 1_000_000))
        default: return nil
        }
    }

    /// `getHours`, `getMinutes`, `getSeconds` (whole units, truncated toward zero) and
    /// `getMilliseconds` (the millisecond part) on a duration.
    static func accessor(_ name: String, _ duration: CELDuration) -> Value? {
        let (negative, seconds, nanos) = duration.magnitude
        let sign: Int64 = negative ? -1 : 1
        switch name {
        case "getHours": return .int(sign * (seconds / 3600))
        case "getMinutes": return .int(sign * (seconds / 60))
        case "getSeconds": return .int(sign * seconds)
        case "getMilliseconds": return .int(sign * (nanos / 1_000_000))
        default: return nil
        }
    }
}
