/// The distinct bigram keys of one document, in first-seen order: an open-addressing table with a
/// multiplicative hash. A document has a few thousand bigrams; sorting them or hashing each through
/// `Hasher` cost more than building the rest of its index entry.
struct BigramSet {
    /// Keys in the order first seen.
    private(set) var keys: [UInt64] = []
    /// Power-of-two table of keys; 0 marks an empty slot (a bigram key is never 0).
    private var slots: [UInt64]
    private var shift: UInt64

    /// A set sized for about `expected` distinct keys; it grows when they are more.
    init(expected: Int = 512) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        keys.reserveCapacity(expected)
    }

    /// Adds `key` (non-zero) unless it is already in.
    mutating func insert(_ key: UInt64) {
        precondition(key != 0, "bigram keys are never 0")
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == key { return }
            if slot == 0 { break }
            index = (index + 1) & mask
        }
        slots[index] = key
        keys.append(key)
        if keys.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        let mask = capacity - 1
        for key in keys {
            var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = key
        }
    }
}
