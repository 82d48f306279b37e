import Foundation
import PMOSupport

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a project for the commands that change it (`pmo update`, `pmo new --add`,
/// `pmo checklist check`), so that two runs never merge into the same files at once.
///
/// It is an advisory `flock` on `.pmo/lock` (beside `.pmo/lock.yaml`, never in place of it): the system
/// drops it when the process ends, however it ends, so a killed run never leaves the project locked.
/// The holder writes its pid, command and start time into the file for the one that waits, and removes
/// the file when it is done, so that a project at rest has none; a waiter that then gets the lock of the
/// removed file notices (its inode is no longer at the path) and locks the path anew.
package final class ProjectWriteLock {
    /// The lock file's project-relative path.
    package static let path = ".pmo/lock"

    private let descriptor: Int32
    private let path: String
    private var released = false

    /// Who holds a project's lock, as it wrote itself into the lock file.
    package struct Holder: Sendable, Hashable, CustomStringConvertible {
        package var pid: String
        package var command: String
        package var since: String

        package var description: String { "pid \(pid) (\(command)) since \(since)" }
    }

    /// Why the lock was not taken.
    package enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// Another process held it for the whole wait.
        case busy(project: String, holder: Holder, waited: Double)
        /// The lock file could not be opened or locked.
        case unusable(project: String, reason: String)

        package var description: String {
            switch self {
            case .busy(let project, let holder, let waited):
                return
                    "\(project) is being changed by another pmo: \(holder); waited \(Self.seconds(waited)) — run again when it has finished"
            case .unusable(let project, let reason):
                return "cannot lock \(project)/\(ProjectWriteLock.path): \(reason)"
            }
        }

        private static func seconds(_ value: Double) -> String {
            value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
        }
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock of the project at `root` (whose `.pmo/` must exist), waiting up to `wait` seconds
    /// for another holder; `command` and `now` are written for whoever waits next. `displayRoot` names the
    /// project in errors.
    package static func acquire(
        projectRoot root: String, displayRoot: String, command: String, wait: Double,
        now: Date = Date()
    ) throws(Failure) -> ProjectWriteLock {
        let path = root + "/" + Self.path
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int64(max(wait, 0) * 1000)))
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { throw .unusable(project: displayRoot, reason: SystemError.message(errno)) }
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let error = errno
                guard error == EWOULDBLOCK || error == EINTR else {
                    close(descriptor)
                    throw .unusable(project: displayRoot, reason: SystemError.message(error))
                }
                guard clock.now < deadline else {
                    let holder = Self.holder(descriptor)
                    close(descriptor)
                    throw .busy(project: displayRoot, holder: holder, waited: max(wait, 0))
                }
                usleep(20_000)
            }
            // The previous holder may have removed the file between our open and our lock: lock the path anew.
            var opened = stat()
            var current = stat()
            guard fstat(descriptor, &opened) == 0, lstat(path, &current) == 0,
                opened.st_dev == current.st_dev, opened.st_ino == current.st_ino
            else {
                close(descriptor)
                continue
            }
            let record = "\(getpid())\n\(command)\n\(ISO8601DateFormatter().string(from: now))\n"
            _ = ftruncate(descriptor, 0)
            _ = record.withCString { pwrite(descriptor, $0, strlen($0), 0) }
            return ProjectWriteLock(descriptor: descriptor, path: path)
        }
    }

    /// Gives the lock up now and removes the lock file (the system also gives it up when the process ends).
    package func release() {
        guard !released else { return }
        released = true
        // Removed while still held, so that nobody locks a file that is about to go.
        unlink(path)
        _ = flock(descriptor, LOCK_UN)
    }

    private static func holder(_ descriptor: Int32) -> Holder {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        // What another process wrote is shown on a terminal: control characters are dropped.
        let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).unicodeScalars
            .filter { $0 == "\n" || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
        let lines = String(String.UnicodeScalarView(text)).split(separator: "\n").map(String.init)
        guard lines.count >= 3 else { return Holder(pid: "?", command: "unknown command", since: "an unknown time") }
        return Holder(pid: lines[0], command: lines[1], since: lines[2])
    }
}
