import PMOSupport

/// A sequence or mapping that the ``TreeBuilder`` has opened and not yet closed.
///
/// A frame holds no children of its own: they wait in the ``CollectionStack``'s shared buffers,
/// from `firstChild` on, so that a collection costs one exact-size array when it closes instead of
/// an array that grows, is trimmed and is freed. Duplicate keys are found by a linear scan of the key
/// strings while the mapping is small and through a hash index once it has more than sixteen keys.
struct CollectionFrame {
    /// Why a child could not be added.
    enum Problem: Error {
        /// A sequence or mapping was used as a mapping key.
        case collectionKey(Node)
        /// The key was already set; carries the duplicate and the first key.
        case duplicateKey(key: Node, name: String, first: Node)
    }

    /// Mappings this small are searched linearly; larger ones get a hash index. Comparing short keys
    /// costs less than hashing them and building the index up to about twenty keys (callgrind).
    private static let linearLimit = 16

    let isMapping: Bool
    let start: SourceLocation
    let anchor: String?
    /// Index of this collection's first child in the stack's buffer of items (a sequence) or of
    /// entries and key strings (a mapping).
    let firstChild: Int
    /// Key strings of a large mapping and their index in the entries buffer.
    private var keyIndex: [String: Int] = [:]
    private var pendingKey: Node?
    /// Whether a plain `<<` key was added, so that merge keys need resolving at the end.
    private(set) var hasMergeKey = false
    /// Nodes in this collection after alias expansion, counting itself (for the alias budget).
    private(set) var size = 1
    /// Levels of nesting from this collection down, counting itself (for the depth limit).
    private(set) var height = 1
    /// Bytes of scalar text in this collection after alias expansion (for the alias byte budget).
    private(set) var bytes = 0

    init(isMapping: Bool, start: SourceLocation, anchor: String?, firstChild: Int) {
        self.isMapping = isMapping
        self.start = start
        self.anchor = anchor
        self.firstChild = firstChild
    }

    /// Adds a finished child: an item of a sequence, or alternately a key and a value of a mapping.
    ///
    /// Children go to the end of `items` or of `entries` and `keys` (the key strings, in step with
    /// `entries`), where this frame's children are the last ones. A duplicate key and its value are
    /// left out.
    mutating func add(
        _ node: consuming Node, size: Int, height: Int, bytes: Int,
        items: inout ChildBuffer<Node>, entries: inout ChildBuffer<MappingEntry>, keys: inout ChildBuffer<String>
    ) throws(Problem) {
        self.size += size
        self.bytes += bytes
        if height >= self.height { self.height = height + 1 }
        guard isMapping else {
            items.append(node)
            return
        }
        guard let key = pendingKey.take() else {
            guard case .scalar = node.content else { throw .collectionKey(node) }
            pendingKey = node
            return
        }
        let name = TreeBuilder.keyString(key)
        if let first = index(ofKey: name, in: keys) {
            throw .duplicateKey(key: key, name: name, first: entries[first].key)
        }
        if name == "<<", Self.isMergeKey(key) { hasMergeKey = true }
        entries.append(MappingEntry(key: key, value: node))
        keys.append(name)
        let count = keys.count - firstChild
        if count > Self.linearLimit {
            if keyIndex.isEmpty {
                keyIndex.reserveCapacity(count * 2)
                for index in firstChild..<keys.count { keyIndex[keys[index]] = index }
            } else {
                keyIndex[name] = keys.count - 1
            }
        }
    }

    /// A key left without a value (libyaml never does this), to be kept as `key: null`.
    mutating func takePendingKey() -> Node? {
        pendingKey.take()
    }

    /// Index in `keys` of this mapping's key `name`, if it has it.
    private func index(ofKey name: String, in keys: borrowing ChildBuffer<String>) -> Int? {
        if keys.count - firstChild > Self.linearLimit { return keyIndex[name] }
        // Comparing lengths first spares most calls into String's full comparison.
        let length = name.utf8.count
        return keys.firstIndex(from: firstChild) { $0.utf8.count == length && $0 == name }
    }

    /// A plain `<<` key (a quoted `'<<'` is an ordinary key).
    static func isMergeKey(_ key: Node) -> Bool {
        guard case .scalar(let scalar) = key.content else { return false }
        return scalar.style == .plain && scalar.text == "<<"
    }
}
