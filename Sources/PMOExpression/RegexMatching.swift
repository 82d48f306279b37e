import Foundation

/// `matches` on Foundation's NSRegularExpression (ICU), bounded in input length and time.
///
/// ICU is a backtracking engine, unlike RE2, so a pattern such as `^(a+)+$` can take
/// exponential time; the match is abandoned after `ExpressionLimits.regexTimeLimit` seconds
/// (ICU reports progress while it backtracks) and becomes an error value.
extension Evaluator {
    func matches(_ string: String, pattern: String) -> Value {
        guard pattern.utf16.count <= limits.maxRegexPatternLength else {
            return Operators.error("matches() pattern is too long (the limit is \(limits.maxRegexPatternLength) characters)")
        }
        let length = string.utf16.count
        guard length <= limits.maxRegexInputLength else {
            return Operators.error("matches() input is too long (\(length) characters; the limit is \(limits.maxRegexInputLength))")
        }
        let regex: NSRegularExpression
        if let cached = regexCache[pattern] {
            regex = cached
        } else {
            guard let compiled = CompiledPatterns.compile(pattern) else {
                return Operators.error("invalid regular expression \(Value.quotedPrefix(pattern))")
            }
            regex = compiled
            regexCache[pattern] = regex
        }
        let clock = ContinuousClock()
        // The call's own limit, or the whole evaluation's deadline if that comes first.
        let callDeadline = clock.now.advanced(by: .nanoseconds(Int64(min(max(limits.regexTimeLimit, 0), 1e9) * 1e9)))
        let deadline = min(callDeadline, self.deadline)
        var found = false
        var timedOut = false
        regex.enumerateMatches(in: string, options: [.reportProgress], range: NSRange(location: 0, length: length)) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if clock.now > deadline {
                timedOut = true
                stop.pointee = true
            }
        }
        if timedOut, !found {
            if pastDeadline() { return budgetError(at: 0) }
            return Operators.error(
                "matches() gave up after \(limits.regexTimeLimit)s: the pattern \(Value.quotedPrefix(pattern)) backtracks too much on this input"
            )
        }
        return .bool(found)
    }

}

/// Regular expressions compiled when an expression is parsed, shared by all its evaluations.
/// `@unchecked` because NSRegularExpression is immutable and documented as safe to use from
/// several threads at once.
struct CompiledPatterns: @unchecked Sendable {
    let byPattern: [String: NSRegularExpression]

    init(_ patterns: Set<String>, limits: ExpressionLimits) {
        var compiled: [String: NSRegularExpression] = [:]
        for pattern in patterns where pattern.utf16.count <= limits.maxRegexPatternLength {
            compiled[pattern] = Self.compile(pattern)
        }
        byPattern = compiled
    }

    /// Compiles a CEL (RE2-style) pattern with ICU, or nil if ICU refuses it.
    static func compile(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: icuPattern(fromRE2: pattern))
    }

    /// Rewrites the RE2 spellings ICU does not know: named groups `(?P<name>…)` become `(?<name>…)`.
    static func icuPattern(fromRE2 pattern: String) -> String {
        pattern.replacingOccurrences(of: "(?P<", with: "(?<")
    }
}
