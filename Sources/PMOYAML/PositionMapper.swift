import PMOSupport

/// Converts libyaml's character indexes into byte offsets.
///
/// libyaml counts `mark.index` in characters; events arrive almost always in increasing
/// order, so a forward cursor makes the conversion O(1) amortised. Pure-ASCII input maps 1:1.
struct PositionMapper {
    private let bytes: [UInt8]
    /// Whether the file is pure ASCII (then character indexes are byte offsets, and no U+0085,
    /// U+2028 or U+2029 can occur: the builder refuses those, so libyaml's lines are pmo's lines).
    let isASCII: Bool
    /// Length of a leading UTF-8 byte-order mark, skipped before parsing.
    let bomLength: Int
    private var characterIndex = 0
    private var byteIndex: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.bomLength = (bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
        self.isASCII = bytes.withUnsafeBufferPointer { buffer in
            var combined: UInt8 = 0
            for byte in buffer { combined |= byte }
            return combined < 0x80
        }
        self.byteIndex = bomLength
    }

    /// The byte offset (in the whole file) of libyaml's character index `index`.
    mutating func byteOffset(ofCharacter index: Int) -> Int {
        if isASCII { return min(index, bytes.count) }
        if index < characterIndex {
            characterIndex = 0
            byteIndex = bomLength
        }
        if index > characterIndex {
            // Walk the bytes without bounds checks: the loop condition keeps the cursor inside.
            let (characters, offset) = bytes.withUnsafeBufferPointer { buffer in
                var characters = characterIndex
                var offset = byteIndex
                let count = buffer.count
                while characters < index && offset < count {
                    let lead = buffer[offset]
                    offset += lead < 0x80 ? 1 : SourceFile.sequenceLength(lead: lead)
                    characters += 1
                }
                return (characters, offset)
            }
            characterIndex = characters
            byteIndex = offset
        }
        return min(byteIndex, bytes.count)
    }

    /// The byte offset of character `index` when the characters from `start` on are known to take
    /// `byteCount` bytes (a plain scalar on one line is its source bytes verbatim): when the cursor
    /// stands at `start`, it jumps there without reading the bytes in between.
    mutating func byteOffset(ofCharacter index: Int, spanningFrom start: Int, byteCount: Int) -> Int {
        guard !isASCII && start == characterIndex && index >= start else { return byteOffset(ofCharacter: index) }
        characterIndex = index
        byteIndex += byteCount
        return min(byteIndex, bytes.count)
    }
}
