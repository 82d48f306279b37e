import PMOSupport

/// The collections the ``TreeBuilder`` has opened and not yet closed, innermost last, with the
/// children they have so far.
///
/// The children of all open collections share three buffers that live as long as the builder: a
/// collection's children are the tail of a buffer, so adding one never allocates once the buffers
/// have grown to the widest collection, and closing a collection moves its children into an
/// array of exactly their number (a loaded tree keeps every collection for the life of the catalog,
/// so none should carry unused capacity).
struct CollectionStack: ~Copyable {
    private var frames: [CollectionFrame] = []
    /// Items of the open sequences.
    private var items = ChildBuffer<Node>()
    /// Entries of the open mappings.
    private var entries = ChildBuffer<MappingEntry>()
    /// The key string of each of `entries` (for duplicate keys).
    private var keys = ChildBuffer<String>()

    /// How many collections are open.
    var depth: Int { frames.count }

    /// Whether no collection is open.
    var isEmpty: Bool { frames.isEmpty }

    /// Opens a sequence or a mapping inside the innermost open collection.
    mutating func open(isMapping: Bool, start: SourceLocation, anchor: String?) {
        frames.append(
            CollectionFrame(isMapping: isMapping, start: start, anchor: anchor, firstChild: isMapping ? entries.count : items.count))
    }

    /// Adds a finished node to the innermost open collection (see ``CollectionFrame/add(_:size:height:bytes:items:entries:keys:)``).
    mutating func add(_ node: consuming Node, size: Int, height: Int, bytes: Int) throws(CollectionFrame.Problem) {
        try frames[frames.count - 1].add(node, size: size, height: height, bytes: bytes, items: &items, entries: &entries, keys: &keys)
    }

    /// Closes the innermost collection: its frame (counts, anchor, merge keys) and its children.
    mutating func close() -> (frame: CollectionFrame, content: Node.Content)? {
        guard var frame = frames.popLast() else { return nil }
        let first = frame.firstChild
        guard frame.isMapping else {
            return (frame, .sequence(items.moveTail(from: first)))
        }
        if let key = frame.takePendingKey() {
            keys.append(TreeBuilder.keyString(key))
            entries.append(MappingEntry(key: key, value: Node(.scalar(Scalar(value: .null, text: "", style: .plain)), range: key.range)))
        }
        keys.removeTail(from: first)
        return (frame, .mapping(entries.moveTail(from: first)))
    }
}
