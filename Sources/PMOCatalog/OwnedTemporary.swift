import Foundation

/// Names of the temporary files and folders pmo writes beside its targets (`.site.pmo-new-…`,
/// `.DEST.pmo-tmp-…`, `.pmo/.update-…`), and the clean-up of those a killed run left behind.
///
/// A name is `PREFIX` + the writing process's id + `-` + a random part: `.site.pmo-new-4711-1f2e3d4c`.
/// A later run removes an entry only when its name has one of its own prefixes and the process
/// that wrote it is gone, so it never touches another user's files or a run still in progress.
package enum OwnedTemporary {
    /// A fresh name for this process: `prefix` + pid + `-` + 8 random hex digits.
    package static func name(prefix: String) -> String {
        prefix + "\(getpid())-" + String(format: "%08x", UInt32.random(in: 0...UInt32.max))
    }

    /// The process id encoded in `name` when it is `prefix` + pid + `-` + something; nil for any other name.
    package static func owner(of name: String, prefix: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-"), dash != rest.endIndex, rest.index(after: dash) != rest.endIndex,
            let pid = pid_t(rest[..<dash]), pid > 0
        else { return nil }
        return pid
    }

    /// Whether the process `pid` no longer exists (so whatever it was writing was abandoned).
    package static func isDead(_ pid: pid_t) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The entries of `folder` named with `prefix` whose writer is dead, as full paths.
    package static func abandoned(in folder: String, prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { name in
            guard let pid = owner(of: name, prefix: prefix), isDead(pid) else { return nil }
            return folder + "/" + name
        }
    }

    /// Removes (recursively) the entries of `folder` named with `prefix` whose writer is dead; returns them.
    @discardableResult
    package static func removeAbandoned(in folder: String, prefix: String) -> [String] {
        let found = abandoned(in: folder, prefix: prefix)
        for path in found { try? FileManager.default.removeItem(atPath: path) }
        return found
    }
}
