/// Why a template file under `files/` cannot be used.
package enum TemplateFileProblem: Error, Sendable, Hashable {
    /// Nothing exists at the path.
    case missing
    /// The file itself is a symbolic link.
    case link
    /// A folder, FIFO, socket or device.
    case notRegular
    /// Any other reason, in words after the file's name (a link on the way leading out of the catalog, a read error).
    case unreadable(String)

    /// "template file 'files/NAME' …", the message every reader gives.
    package func message(source: String) -> String {
        let name = "template file 'files/\(source)'"
        switch self {
        case .missing: return "\(name) does not exist"
        case .link: return "\(name) is a symbolic link; templates may not contain links"
        case .notRegular: return "\(name) is not a regular file"
        case .unreadable(let reason): return "\(name) \(reason)"
        }
    }
}
