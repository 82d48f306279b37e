/// A CEL duration: a signed span of time with nanosecond precision. Like cel-go (and as the
/// cel-spec conformance tests expect), its range is that of a 64-bit count of nanoseconds,
/// about ±292 years.
public struct CELDuration: Sendable, Hashable, Comparable {
    /// The whole span in seconds, rounded toward negative infinity.
    public let seconds: Int64
    /// Nanoseconds added to `seconds`, 0 ..< 1,000,000,000.
    public let nanos: Int32

    static let maxSeconds: Int64 = 9_223_372_036

    /// Creates a duration from seconds and nanoseconds (nanoseconds may be any sign and size),
    /// or nil when the total number of nanoseconds does not fit in 64 bits.
    public init?(seconds: Int64, nanos: Int64 = 0) {
        var carry = nanos / 1_000_000_000
        var rest = nanos % 1_000_000_000
        if rest < 0 {
            rest += 1_000_000_000
            carry -= 1
        }
        let (total, overflow) = seconds.addingReportingOverflow(carry)
        guard !overflow else { return nil }
        let (scaled, overflow2) = total.multipliedReportingOverflow(by: 1_000_000_000)
        let (_, overflow3) = scaled.addingReportingOverflow(rest)
        guard !overflow2, !overflow3 else { return nil }
        self.seconds = total
        self.nanos = Int32(rest)
    }

    /// Orders durations by length, shortest (most negative) first.
    public static func < (lhs: CELDuration, rhs: CELDuration) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }

    var isNegative: Bool { seconds < 0 }

    /// Sign and magnitude, as `(negative, wholeSeconds, nanos)`, for printing and truncating accessors.
    var magnitude: (negative: Bool, seconds: Int64, nanos: Int64) {
        if seconds >= 0 { return (false, seconds, Int64(nanos)) }
        if nanos == 0 { return (true, -seconds, 0) }
        return (true, -seconds - 1, 1_000_000_000 - Int64(nanos))
    }

    /// Seconds with a decimal fraction and an `s`, as protobuf's JSON form: `1.5s`, `-0.000000001s`.
    public var text: String {
        let (negative, wholeSeconds, fractionNanos) = magnitude
        return (negative ? "-" : "") + "\(wholeSeconds)" + Self.fraction(Int32(fractionNanos)) + "s"
    }

    /// `.5`, `.000000001`, or the empty string for zero nanoseconds.
    static func fraction(_ nanos: Int32) -> String {
        guard nanos != 0 else { return "" }
        var digits = String(nanos)
        digits = String(repeating: "0", count: 9 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    /// Parses Go-style duration text: `1.5s`, `-2h30m`, `100ms`, `1us`, `1ns`, `0`.
    public init?(text: String) {
        var chars = Substring(text)
        var negative = false
        if let sign = chars.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            chars = chars.dropFirst()
        }
        if chars == "0" {
            self.init(seconds: 0)
            return
        }
        guard !chars.isEmpty else { return nil }
        let units: [(String, Int64)] = [
            ("ns", 1), ("us", 1_000), ("µs", 1_000), ("μs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000),
            ("m", 60_000_000_000), ("h", 3_600_000_000_000),
        ]
        var totalSeconds: Int64 = 0
        var totalNanos: Int64 = 0
        while !chars.isEmpty {
            let whole = chars.prefix { $0.isASCII && $0.isNumber }
            chars = chars.dropFirst(whole.count)
            var fraction = Substring("")
            if chars.first == "." {
                chars = chars.dropFirst()
                fraction = chars.prefix { $0.isASCII && $0.isNumber }
                chars = chars.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty,
                let unit = units.filter({ chars.hasPrefix($0.0) }).max(by: { $0.0.count < $1.0.count })
            else { return nil }
            chars = chars.dropFirst(unit.0.count)
            guard whole.count <= 18, let wholeValue = Int64(whole.isEmpty ? "0" : whole) else { return nil }
            // Split the unit into seconds and nanoseconds so large counts of hours do not overflow.
            let unitSeconds = unit.1 / 1_000_000_000
            let unitNanos = unit.1 % 1_000_000_000
            let (secondsPart, overflow1) = wholeValue.multipliedReportingOverflow(by: unitSeconds)
            let (nanosPart, overflow2) = wholeValue.multipliedReportingOverflow(by: unitNanos)
            guard !overflow1, !overflow2 else { return nil }
            let (seconds, overflow3) = totalSeconds.addingReportingOverflow(secondsPart)
            let (nanos, overflow4) = totalNanos.addingReportingOverflow(nanosPart)
            guard !overflow3, !overflow4 else { return nil }
            totalSeconds = seconds
            totalNanos = nanos
            if !fraction.isEmpty {
                let digits = fraction.prefix(18)
                guard let fractionValue = Double("0." + digits) else { return nil }
                totalNanos += Int64((fractionValue * Double(unit.1)).rounded())
            }
            totalSeconds += totalNanos / 1_000_000_000
            totalNanos %= 1_000_000_000
            guard totalSeconds <= Self.maxSeconds else { return nil }
        }
        self.init(seconds: negative ? -totalSeconds : totalSeconds, nanos: negative ? -totalNanos : totalNanos)
    }
}
