/// CEL's string extension functions (cel-go `ext.Strings`): indexes count Unicode code points.
enum StringFunctions {
    /// Calls a string extension; nil when `name` is not one or its arguments do not match.
    static func call(_ function: StandardFunction, target: Value?, _ arguments: [Value]) -> Value? {
        if function == .join {
            guard case .list(let elements)? = target else { return nil }
            var separator = ""
            if arguments.count == 1, case .string(let given) = arguments[0] {
                separator = given
            } else if !arguments.isEmpty {
                return nil
            }
            var parts: [String] = []
            for element in elements {
                guard case .string(let part) = element else {
                    return Operators.error("join() needs a list of strings, found \(element.type)")
                }
                parts.append(part)
            }
            return .string(parts.joined(separator: separator))
        }
        guard case .string(let string)? = target else { return nil }
        var strings: [String] = []
        var ints: [Int64] = []
        for argument in arguments {
            switch argument {
            case .string(let value) where ints.isEmpty: strings.append(value)
            case .int(let value): ints.append(value)
            default: return nil
            }
        }
        let scalars = Array(string.unicodeScalars)
        switch (function, strings.count, ints.count) {
        case (.charAt, 0, 1):
            guard ints[0] >= 0, ints[0] <= scalars.count else { return indexError(ints[0], scalars.count) }
            return .string(ints[0] == scalars.count ? "" : String(scalars[Int(ints[0])]))
        case (.indexOf, 1, 0), (.indexOf, 1, 1):
            let start = ints.first ?? 0
            guard start >= 0, start <= scalars.count else { return indexError(start, scalars.count) }
            let found = find(Array(strings[0].unicodeScalars), in: scalars, from: Int(start))
            return .int(Int64(found ?? -1))
        case (.lastIndexOf, 1, 0), (.lastIndexOf, 1, 1):
            let part = Array(strings[0].unicodeScalars)
            let end = ints.first ?? Int64(scalars.count)
            guard end >= 0, end <= scalars.count else { return indexError(end, scalars.count) }
            var candidate = min(Int(end), scalars.count - part.count)
            while candidate >= 0 {
                if scalars[candidate..<candidate + part.count].elementsEqual(part) { return .int(Int64(candidate)) }
                candidate -= 1
            }
            return .int(-1)
        case (.lowerAscii, 0, 0):
            return .string(String(String.UnicodeScalarView(scalars.map { $0 >= "A" && $0 <= "Z" ? Unicode.Scalar($0.value + 32)! : $0 })))
        case (.upperAscii, 0, 0):
            return .string(String(String.UnicodeScalarView(scalars.map { $0 >= "a" && $0 <= "z" ? Unicode.Scalar($0.value - 32)! : $0 })))
        case (.replace, 2, 0), (.replace, 2, 1):
            return .string(replace(string, strings[0], strings[1], limit: ints.first ?? -1))
        case (.split, 1, 0), (.split, 1, 1):
            return .list(split(scalars, separator: Array(strings[0].unicodeScalars), limit: ints.first ?? -1).map { .string($0) })
        case (.substring, 0, 1), (.substring, 0, 2):
            let start = ints[0]
            let end = ints.count > 1 ? ints[1] : Int64(scalars.count)
            guard start >= 0, start <= scalars.count else { return indexError(start, scalars.count) }
            guard end >= start, end <= scalars.count else {
                return Operators.error("substring end \(end) is out of range (start \(start), length \(scalars.count))")
            }
            return .string(String(String.UnicodeScalarView(scalars[Int(start)..<Int(end)])))
        case (.trim, 0, 0):
            var low = 0
            var high = scalars.count
            while low < high, scalars[low].properties.isWhitespace { low += 1 }
            while high > low, scalars[high - 1].properties.isWhitespace { high -= 1 }
            return .string(String(String.UnicodeScalarView(scalars[low..<high])))
        default:
            return nil
        }
    }

    /// The UTF-8 size of what `replace` or `join` will return, found without building it (nil for
    /// other functions and argument shapes), so that a result past the string limit costs nothing.
    static func resultSize(_ function: StandardFunction, target: Value?, _ arguments: [Value]) -> Int? {
        switch (function, target) {
        case (.join, .list(let elements)?):
            var separator = 0
            if arguments.count == 1, case .string(let given) = arguments[0] { separator = given.utf8.count }
            var size = separator * max(elements.count - 1, 0)
            for case .string(let part) in elements { size += part.utf8.count }
            return size
        case (.replace, .string(let string)?):
            guard arguments.count >= 2, case .string(let old) = arguments[0], case .string(let new) = arguments[1] else { return nil }
            var limit: Int64 = -1
            if arguments.count == 3, case .int(let given) = arguments[2] { limit = given }
            let scalars = Array(string.unicodeScalars)
            let oldScalars = Array(old.unicodeScalars)
            var count = 0
            if oldScalars.isEmpty {
                count = scalars.count + 1
            } else {
                var position = 0
                while let found = find(oldScalars, in: scalars, from: position) {
                    count += 1
                    position = found + oldScalars.count
                }
            }
            if limit >= 0 { count = min(count, Int(clamping: limit)) }
            let (growth, overflow) = count.multipliedReportingOverflow(by: new.utf8.count - old.utf8.count)
            let (total, overflowed) = string.utf8.count.addingReportingOverflow(growth)
            return overflow || overflowed ? Int.max : max(total, 0)
        default:
            return nil
        }
    }

    private static func indexError(_ index: Int64, _ count: Int) -> Value {
        Operators.error("index out of range: \(index) (string length \(count))")
    }

    /// First occurrence of `part` at or after `start` (Knuth–Morris–Pratt, so long inputs stay linear).
    static func find<Element: Equatable>(_ part: [Element], in text: [Element], from start: Int = 0) -> Int? {
        if part.isEmpty { return start }
        var failure = [0] + Array(repeating: 0, count: part.count - 1)
        var matched = 0
        for index in 1..<part.count {
            while matched > 0, part[index] != part[matched] { matched = failure[matched - 1] }
            if part[index] == part[matched] { matched += 1 }
            failure[index] = matched
        }
        matched = 0
        var index = start
        while index < text.count {
            while matched > 0, text[index] != part[matched] { matched = failure[matched - 1] }
            if text[index] == part[matched] { matched += 1 }
            if matched == part.count { return index - part.count + 1 }
            index += 1
        }
        return nil
    }

    private static func replace(_ string: String, _ old: String, _ new: String, limit: Int64) -> String {
        let scalars = Array(string.unicodeScalars)
        let oldScalars = Array(old.unicodeScalars)
        var output = String.UnicodeScalarView()
        var position = 0
        var replaced: Int64 = 0
        while limit < 0 || replaced < limit {
            guard let found = find(oldScalars, in: scalars, from: position), found <= scalars.count else { break }
            output.append(contentsOf: scalars[position..<found])
            output.append(contentsOf: new.unicodeScalars)
            replaced += 1
            if oldScalars.isEmpty {
                // An empty pattern matches between every scalar, as Go's strings.Replace does.
                guard found < scalars.count else {
                    position = scalars.count
                    break
                }
                output.append(scalars[found])
                position = found + 1
            } else {
                position = found + oldScalars.count
            }
        }
        if position < scalars.count { output.append(contentsOf: scalars[position...]) }
        return String(output)
    }

    private static func split(_ scalars: [Unicode.Scalar], separator: [Unicode.Scalar], limit: Int64) -> [String] {
        if limit == 0 { return [] }
        func text(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        if separator.isEmpty {
            var parts = scalars.map { String($0) }
            if limit > 0, parts.count > limit {
                parts = Array(parts.prefix(Int(limit - 1))) + [text(scalars[Int(limit - 1)...])]
            }
            return parts
        }
        var parts: [String] = []
        var position = 0
        while limit < 0 || parts.count < limit - 1, let found = find(separator, in: scalars, from: position) {
            parts.append(text(scalars[position..<found]))
            position = found + separator.count
        }
        parts.append(text(scalars[position...]))
        return parts
    }
}
