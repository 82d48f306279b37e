/// Checks that a rendered target path stays inside the project: relative, no `..`, no empty parts.
///
/// A path comes from a template like `docs/{{project_code}}_計画書.md`, so a parameter value
/// such as `../../etc` or `/tmp/x` could otherwise make `pmo new` write outside DEST.
public enum RenderedPath {
    /// The folder pmo keeps its own files in; templates may not write into it.
    package static let reserved = ".pmo"

    /// Why `path` may not be written, or nil when it is a clean relative path inside the project.
    public static func problem(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.hasPrefix("/") { return "is absolute" }
        if path.contains("\\") { return "contains a backslash (write paths with '/')" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "contains a control character" }
        // Split on scalars, as the file system does: split on Characters, a prepended mark such as
        // U+0600 and the '/' after it are one Character, and "a\u{0600}/../b" hid its '..'.
        let parts = path.unicodeScalars.split(separator: "/", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        if parts.contains("..") { return "contains '..' and would leave the project folder" }
        if parts.contains(where: { $0.isEmpty }) { return "has an empty path component" }
        if parts.contains(".") { return "has a '.' path component" }
        if parts.first == reserved { return "is inside \(reserved)/, which pmo keeps for itself" }
        return nil
    }
}
