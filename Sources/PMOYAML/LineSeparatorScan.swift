#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the first U+0085, U+2028 or U+2029 in UTF-8 bytes: libyaml breaks lines there (YAML 1.1)
/// and YAML 1.2 does not, so the builder refuses them (``TreeBuilder/checkLineSeparators()``).
///
/// The scan runs over every non-ASCII file, so it jumps from lead byte to lead byte with `memchr`
/// (0xC2 for U+0085, 0xE2 for the other two) instead of looking at each byte: both leads are rare in
/// Japanese text, whose characters start with 0xE3–0xE9.
enum LineSeparatorScan {
    /// A line separator and where it starts.
    struct Found: Equatable {
        /// Byte offset of the separator's first byte.
        var offset: Int
        /// The character's code point and name, as messages show it.
        var name: String
    }

    /// The first line separator in `bytes`, or nil.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        let nextLine = firstSequence(lead: 0xC2, in: bytes) { $0 == 0x85 ? "U+0085 (next line)" : nil }
        // Searching for U+2028/U+2029 only up to an earlier U+0085 keeps the whole scan one pass at most.
        let limit = nextLine?.offset ?? bytes.count
        let separator = firstSequence(lead: 0xE2, in: UnsafeBufferPointer(rebasing: bytes[..<limit])) { second, third in
            guard second == 0x80 else { return nil }
            switch third {
            case 0xA8: return "U+2028 (line separator)"
            case 0xA9: return "U+2029 (paragraph separator)"
            default: return nil
            }
        }
        return separator ?? nextLine
    }

    /// The first two-byte sequence that starts with `lead` and that `name` names.
    private static func firstSequence(lead: UInt8, in bytes: UnsafeBufferPointer<UInt8>, name: (UInt8) -> String?) -> Found? {
        firstMatch(of: lead, in: bytes, length: 2) { name($0[1]) }
    }

    /// The first three-byte sequence that starts with `lead` and that `name` names.
    private static func firstSequence(
        lead: UInt8, in bytes: UnsafeBufferPointer<UInt8>, name: (UInt8, UInt8) -> String?
    ) -> Found? {
        firstMatch(of: lead, in: bytes, length: 3) { name($0[1], $0[2]) }
    }

    /// Jumps with `memchr` to each `lead` that has `length - 1` bytes after it, until `name` names one.
    private static func firstMatch(
        of lead: UInt8, in bytes: UnsafeBufferPointer<UInt8>, length: Int, name: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> Found? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset + length <= bytes.count {
            guard let hit = memchr(base + offset, Int32(lead), bytes.count - offset) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard index + length <= bytes.count else { return nil }
            if let found = name(UnsafeBufferPointer(start: base + index, count: length)) {
                return Found(offset: index, name: found)
            }
            offset = index + 1
        }
        return nil
    }
}
