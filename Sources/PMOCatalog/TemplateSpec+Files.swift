import Foundation
import PMOYAML

extension TemplateSpec {
    /// The bytes and permission bits of a file under `files/`, read the one way every reader does
    /// (`pmo validate`, `pmo new`, `pmo update`, the publish preview): the file itself may not be a
    /// symbolic link, it must be a regular file, and no folder on the way may be a link leading out
    /// of the catalog.
    public func readSource(_ source: String, limit: Int = Int.max - 1) -> Result<(bytes: [UInt8], mode: mode_t), TemplateFileProblem> {
        let path = filesDirectory + "/" + source
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK { return .failure(.link) }
        switch FileBytes.readWithMode(path, under: catalogRoot, limit: limit) {
        case .success(let contents): return .success(contents)
        case .failure(.missing): return .failure(.missing)
        case .failure(.folder), .failure(.notRegular): return .failure(.notRegular)
        case .failure(let failure): return .failure(.unreadable(failure.reason(leaving: "catalog")))
        }
    }

    /// Checks a file under `files/` without keeping its bytes.
    func checkSource(_ source: String) -> TemplateFileProblem? {
        let path = filesDirectory + "/" + source
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK { return .link }
        if case .failure(let escape) = ContainedPath.resolve(path, under: catalogRoot) {
            return .unreadable(escape.reason(leaving: "catalog"))
        }
        guard stat(path, &status) == 0 else { return .missing }
        return (status.st_mode & S_IFMT) == S_IFREG ? nil : .notRegular
    }
}

/// Why a template file under `files/` cannot be used.
public enum TemplateFileProblem: Error, Sendable, Hashable {
    case missing
    /// The file itself is a symbolic link.
    case link
    /// A folder, FIFO, socket or device.
    case notRegular
    /// Any other reason, in words after the file's name (a link on the way leading out of the catalog, a read error).
    case unreadable(String)

    /// "template file 'files/NAME' …", the message every reader gives.
    public func message(source: String) -> String {
        let name = "template file 'files/\(source)'"
        switch self {
        case .missing: return "\(name) does not exist"
        case .link: return "\(name) is a symbolic link; templates may not contain links"
        case .notRegular: return "\(name) is not a regular file"
        case .unreadable(let reason): return "\(name) \(reason)"
        }
    }
}
