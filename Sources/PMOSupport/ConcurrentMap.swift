import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores (`DispatchQueue.concurrentPerform`), results in the original order.
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = ResultSlots<T>(count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values()
    }
}

/// Runs two independent pieces of work at once (one per core when there are two) and returns both results.
package func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let firstSlot = ResultSlots<A>(count: 1)
    let secondSlot = ResultSlots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstSlot.set(0, first()) } else { secondSlot.set(0, second()) }
    }
    return (firstSlot.values()[0], secondSlot.values()[0])
}

/// One slot per result, filled by concurrent workers.
package final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    /// `count` empty slots.
    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Fills slot `index` (from any thread).
    package func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every value in index order; every slot must have been filled.
    package func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
