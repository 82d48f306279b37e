import PMOSupport

/// A sequence or mapping that the ``TreeBuilder`` has opened and not yet closed.
///
/// Children are added in place (`stack[top].add(...)`), so a large mapping is never copied
/// while it grows. Duplicate keys are found by a linear scan of the key strings while the
/// mapping is small and through a hash index once it has more than eight keys.
struct CollectionFrame {
    /// Why a child could not be added.
    enum Problem {
        /// A sequence or mapping was used as a mapping key.
        case collectionKey(Node)
        /// The key was already set; carries the duplicate and the first key.
        case duplicateKey(key: Node, name: String, first: Node)
    }

    /// Mappings this small are searched linearly; larger ones get a hash index.
    private static let linearLimit = 8

    let isMapping: Bool
    let start: SourceLocation
    let anchor: String?
    private(set) var items: [Node] = []
    private(set) var entries: [MappingEntry] = []
    /// The key strings of `entries`, in the same order.
    private var keys: [String] = []
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

    init(isMapping: Bool, start: SourceLocation, anchor: String?) {
        self.isMapping = isMapping
        self.start = start
        self.anchor = anchor
    }

    /// Adds a finished child: an item of a sequence, or alternately a key and a value of a mapping.
    mutating func add(_ node: consuming Node, size: Int, height: Int, bytes: Int) -> Problem? {
        self.size += size
        self.bytes += bytes
        if height >= self.height { self.height = height + 1 }
        guard isMapping else {
            // Most lists and mappings are short; starting at four saves two regrowths.
            if items.isEmpty { items.reserveCapacity(4) }
            items.append(node)
            return nil
        }
        guard let key = pendingKey.take() else {
            guard case .scalar = node.content else { return .collectionKey(node) }
            pendingKey = node
            return nil
        }
        let name = TreeBuilder.keyString(key)
        if let first = index(ofKey: name) {
            return .duplicateKey(key: key, name: name, first: entries[first].key)
        }
        if name == "<<", Self.isMergeKey(key) { hasMergeKey = true }
        if entries.isEmpty {
            entries.reserveCapacity(4)
            keys.reserveCapacity(4)
        }
        entries.append(MappingEntry(key: key, value: node))
        keys.append(name)
        if keys.count > Self.linearLimit {
            if keyIndex.isEmpty {
                keyIndex.reserveCapacity(keys.count * 2)
                for (i, key) in keys.enumerated() { keyIndex[key] = i }
            } else {
                keyIndex[name] = keys.count - 1
            }
        }
        return nil
    }

    /// The entries, with a key left without a value (libyaml never does this) kept as `key: null`.
    mutating func finishedEntries() -> [MappingEntry] {
        if let key = pendingKey.take() {
            entries.append(MappingEntry(key: key, value: Node(.scalar(Scalar(value: .null, text: "", style: .plain)), range: key.range)))
        }
        return entries
    }

    private func index(ofKey name: String) -> Int? {
        if keys.count > Self.linearLimit { return keyIndex[name] }
        return keys.firstIndex(of: name)
    }

    /// A plain `<<` key (a quoted `'<<'` is an ordinary key).
    static func isMergeKey(_ key: Node) -> Bool {
        guard case .scalar(let scalar) = key.content else { return false }
        return scalar.style == .plain && scalar.text == "<<"
    }
}

extension Array {
    /// The same elements in a buffer no larger than needed: a loaded tree keeps every collection for
    /// the life of the catalog, and growth by doubling leaves a quarter of it unused on average.
    func trimmedToCount() -> [Element] {
        guard capacity - count > 1 else { return self }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}
