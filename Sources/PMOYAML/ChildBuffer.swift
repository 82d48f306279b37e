/// A stack of values whose tail can be moved out into an array: the children of the collections
/// that the ``TreeBuilder`` has open (``CollectionStack``).
///
/// An `Array` cannot give up its last elements without destroying them, so handing a closed
/// collection's children over would copy each one (a retain per string and list it holds) and then
/// destroy the originals (a release each). This buffer moves them instead: no retain, no release.
/// It is noncopyable, so that its memory has exactly one owner, which frees it.
struct ChildBuffer<Element>: ~Copyable {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// How many values the buffer holds.
    private(set) var count = 0

    init() {
        capacity = 64
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// The value at `index` (below ``count``).
    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "ChildBuffer index out of range")
        return storage[index]
    }

    /// Adds `element` at the end.
    mutating func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The first index from `start` on whose value satisfies `predicate`.
    func firstIndex(from start: Int, where predicate: (Element) -> Bool) -> Int? {
        var index = max(start, 0)
        while index < count {
            if predicate(storage[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Moves the values from `start` on into an array of exactly their number, and removes them.
    mutating func moveTail(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "ChildBuffer tail out of range")
        // `reserveCapacity` is specialised for `Element` here; `init(unsafeUninitializedCapacity:)`
        // goes through the standard library's generic allocation, which looks up the array's
        // storage class at run time (about 400 instructions per array, callgrind).
        var result: [Element] = []
        result.reserveCapacity(count - start)
        for index in start..<count { result.append((storage + index).move()) }
        count = start
        return result
    }

    /// Removes the values from `start` on.
    mutating func removeTail(from start: Int) {
        precondition(start >= 0 && start <= count, "ChildBuffer tail out of range")
        (storage + start).deinitialize(count: count - start)
        count = start
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
