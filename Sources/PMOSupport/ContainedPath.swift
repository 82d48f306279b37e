import Foundation

/// Resolves a path below a root folder (a catalog, a project) so that nothing is read through a
/// symbolic link that leads out of it.
///
/// Every component is checked, not only the last: a linked folder in the middle of a path leaks as
/// much as a linked file. Links that stay inside the root are followed. The returned path has no
/// link left in its last component, so opening it with `O_NOFOLLOW` closes the window in which the
/// file itself could be swapped for a link; a folder swapped between the check and the open is not
/// guarded against (pmo reads content that its own user controls).
package enum ContainedPath {
    /// A symbolic link on the way to a file that points out of the root.
    package struct Escape: Error, Sendable, Hashable {
        /// The link, relative to the root (`files/sub`).
        package var link: String
        /// Where the link points, as written in the link (`/etc`), or `..` for a path that climbs out.
        package var target: String

        /// Creates an escape.
        package init(link: String, target: String) {
            self.link = link
            self.target = target
        }

        /// "through the symbolic link 'files/sub' → '/etc', which leads out of the catalog"
        package func reason(leaving place: String) -> String {
            if target == ".." {
                return link.hasPrefix("/") ? "'\(link)' is outside the \(place)" : "'\(link)' climbs out of the \(place) with '..'"
            }
            return "is read through the symbolic link '\(link)' → '\(target)', which leads out of the \(place)"
        }
    }

    /// The path to open for `path` under `root`. `path` is relative to `root`, or absolute and below it.
    ///
    /// A path that does not exist resolves to itself (opening it reports it missing); a component
    /// that is a link pointing out of `root`, a `..` component, or an absolute path outside `root`
    /// is an ``Escape``.
    package static func resolve(_ path: String, under root: String) -> Result<String, Escape> {
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let relative: Substring
        if path.hasPrefix("/") {
            let prefix = base == "/" ? "/" : base + "/"
            guard path.hasPrefix(prefix) else { return .failure(Escape(link: path, target: "..")) }
            relative = path.dropFirst(prefix.count)
        } else {
            relative = path[...]
        }
        var current = base
        var walked = ""
        var realRoot: String?
        var followedLink = false
        for component in relative.split(separator: "/") where component != "." {
            walked += (walked.isEmpty ? "" : "/") + component
            if component == ".." { return .failure(Escape(link: walked, target: "..")) }
            current += (current == "/" ? "" : "/") + component
            var status = stat()
            guard lstat(current, &status) == 0 else { return .success(current + rest(of: relative, after: walked)) }
            guard (status.st_mode & S_IFMT) == S_IFLNK else { continue }
            let inside = realRoot ?? realPath(base) ?? base
            realRoot = inside
            // A dangling link leads nowhere: opening it reports the file missing.
            guard let resolved = realPath(current) else { return .success(current + rest(of: relative, after: walked)) }
            guard resolved == inside || resolved.hasPrefix(inside == "/" ? "/" : inside + "/") else {
                return .failure(Escape(link: walked, target: linkText(current) ?? resolved))
            }
            followedLink = true
        }
        guard followedLink else { return .success(current) }
        return .success(realPath(current) ?? current)
    }

    /// The absolute path of `path` with every link resolved, or nil when some component does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The components of `relative` after the `walked` prefix, with their leading slash.
    private static func rest(of relative: Substring, after walked: String) -> String {
        let parts = relative.split(separator: "/").filter { $0 != "." }
        let done = walked.split(separator: "/").count
        return parts.dropFirst(done).map { "/" + $0 }.joined()
    }
}
