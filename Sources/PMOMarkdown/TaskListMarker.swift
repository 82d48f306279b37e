/// GFM's task list item marker: `[ ]` or `[x]` (`[X]`) at the very start of a list item's first
/// paragraph, followed by a space or tab and then text (`- [x] 計画書が承認されている`).
struct TaskListMarker {
    /// Whether the box is ticked (`[x]`).
    var checked: Bool

    /// The marker's length in bytes.
    static let length = 3

    /// The marker that starts `block`, when it is a paragraph that starts with one.
    init?(_ block: Block) {
        let content = block.content
        guard block.kind == .paragraph, content.count > Self.length, content[0] == UInt8(ascii: "["), content[2] == UInt8(ascii: "]"),
            ByteClass.isSpaceOrTab(content[3]), content[3...].contains(where: { !ByteClass.isWhitespace($0) })
        else { return nil }
        switch content[1] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"): checked = false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
        default: return nil
        }
    }
}
