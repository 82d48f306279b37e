/// Kinds of inline node.
enum InlineKind { case root, text, softBreak, hardBreak, code, html, emphasis, strong, strikethrough, link, image }

/// One inline node; text-like nodes and link URLs point into `InlineTree.store`.
struct InlineNode {
    var kind: InlineKind
    var start = 0
    var end = 0
    var titleStart = -1
    var titleEnd = -1
    var parent = -1
    var first = -1
    var last = -1
    var previous = -1
    var next = -1
}

/// The inlines of one paragraph, heading or table cell: nodes in an arena linked as a tree, so
/// that emphasis and links can adopt their content in place (as cmark does) without copying.
struct InlineTree {
    var nodes: [InlineNode] = [InlineNode(kind: .root)]
    var store: [UInt8] = []

    /// A new node of `kind` holding `bytes`, not yet in the tree.
    mutating func make(_ kind: InlineKind, _ bytes: ArraySlice<UInt8> = []) -> Int {
        let start = store.count
        store.append(contentsOf: bytes)
        nodes.append(InlineNode(kind: kind, start: start, end: store.count))
        return nodes.count - 1
    }

    /// Appends `child` as the last child of `parent`.
    mutating func append(_ child: Int, to parent: Int) {
        nodes[child].parent = parent
        nodes[child].next = -1
        let last = nodes[parent].last
        nodes[child].previous = last
        if last >= 0 { nodes[last].next = child } else { nodes[parent].first = child }
        nodes[parent].last = child
    }

    /// Inserts `node` right after `sibling`, under the same parent.
    mutating func insert(_ node: Int, after sibling: Int) {
        let parent = nodes[sibling].parent
        let next = nodes[sibling].next
        nodes[node].parent = parent
        nodes[node].previous = sibling
        nodes[node].next = next
        nodes[sibling].next = node
        if next >= 0 { nodes[next].previous = node } else if parent >= 0 { nodes[parent].last = node }
    }

    /// Takes `node` out of its parent's children.
    mutating func unlink(_ node: Int) {
        let previous = nodes[node].previous
        let next = nodes[node].next
        let parent = nodes[node].parent
        if previous >= 0 { nodes[previous].next = next } else if parent >= 0 { nodes[parent].first = next }
        if next >= 0 { nodes[next].previous = previous } else if parent >= 0 { nodes[parent].last = previous }
        nodes[node].previous = -1
        nodes[node].next = -1
        nodes[node].parent = -1
    }
}
