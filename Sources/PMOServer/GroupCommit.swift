import Foundation

/// Group commit for SQLite: transactions that arrive while one is being written share the next
/// commit, each in its own savepoint. With `synchronous=FULL` a commit costs one fsync (≈ 6 ms on
/// this machine), so one transaction per report would cap ingest near 150 reports/s; sharing the
/// fsync keeps every acknowledged report durable at a multiple of that.
actor GroupCommit {
    /// One caller's transaction, waiting for the commit that carries it.
    struct Job: Sendable {
        /// Runs the caller's statements (inside a savepoint).
        let run: @Sendable (any SQLSession) async throws -> Void
        /// Tells the caller how it ended: nil once committed, else the error.
        let finish: @Sendable ((any Error)?) -> Void
    }

    /// Most transactions in one commit.
    static let maxBatch = 128

    private var pending: [Job] = []
    private var draining = false

    /// Queues a job; the first caller while none is draining becomes the writer until the queue is empty.
    /// `write` runs a batch in one transaction and finishes every job of it.
    func submit(_ job: Job, write: @Sendable ([Job]) async -> Void) async {
        pending.append(job)
        guard !draining else { return }
        draining = true
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.maxBatch))
            pending.removeFirst(batch.count)
            await write(batch)
        }
        draining = false
    }
}

/// The value a job's statements produced, kept until its commit.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private var stored: T?
    private let lock = NSLock()

    var value: T? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
        set {
            lock.lock()
            stored = newValue
            lock.unlock()
        }
    }
}
