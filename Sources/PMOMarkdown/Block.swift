/// The kinds of block the parser builds.
enum BlockKind {
    case document, blockQuote, list, item, paragraph, heading, thematicBreak, codeBlock, htmlBlock, table

    /// Whether a block of this kind may hold a child of `child`'s kind.
    func canContain(_ child: BlockKind) -> Bool {
        switch self {
        case .document, .blockQuote, .item: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    /// Leaf blocks that take the rest of a line as content.
    var acceptsLines: Bool { self == .paragraph || self == .heading || self == .codeBlock || self == .table }
}

/// Column alignment of a GFM table.
enum TableAlignment { case none, left, center, right }

/// One block of the document tree, stored in `BlockTree` and addressed by index. A class, so
/// that reading a field of a block in the arena does not copy (and retain) all its arrays.
final class Block {
    var kind: BlockKind
    var parent: Int
    var depth: Int
    var children: [Int] = []
    var open = true
    var lastLineBlank = false
    var startLine = 0
    /// Paragraph, heading, code and HTML text (lines joined by LF).
    var content: [UInt8] = []
    var level = 0
    var setext = false
    // Lists and items.
    var ordered = false
    var bulletOrDelimiter: UInt8 = 0
    var start = 1
    var markerOffset = 0
    var padding = 0
    var tight = true
    // Code blocks.
    var fenced = false
    var fenceCharacter: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info: [UInt8] = []
    var htmlType = 0
    // Tables.
    var alignments: [TableAlignment] = []
    var rows: [[[UInt8]]] = []

    init(kind: BlockKind, parent: Int, depth: Int) {
        self.kind = kind
        self.parent = parent
        self.depth = depth
    }
}

/// The block tree: index 0 is the document.
struct BlockTree {
    var blocks: [Block] = [Block(kind: .document, parent: -1, depth: 0)]

    subscript(index: Int) -> Block { blocks[index] }

    /// Whether `index` or its last descendant through lists and items ended with a blank line.
    func endsWithBlankLine(_ index: Int) -> Bool {
        var current = index
        while true {
            if blocks[current].lastLineBlank { return true }
            let kind = blocks[current].kind
            guard kind == .list || kind == .item, let last = blocks[current].children.last else { return false }
            current = last
        }
    }
}
