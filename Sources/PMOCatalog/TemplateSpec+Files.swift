import Foundation
import PMOSupport
import PMOYAML

extension TemplateSpec {
    /// The bytes and permission bits of a file under `files/`, read the one way every reader does
    /// (`pmo validate`, `pmo new`, `pmo update`, the publish preview): the file itself may not be a
    /// symbolic link, it must be a regular file, and no folder on the way may be a link leading out
    /// of the catalog.
    package func readSource(_ source: String, limit: Int = Int.max - 1) -> Result<(bytes: [UInt8], mode: mode_t), TemplateFileProblem> {
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

    /// Checks a file under the `files/` folder of the template in `directory` without reading it: what
    /// `pmo validate` reports at the file's `source:`.
    static func sourceProblem(_ source: String, directory: String, catalogRoot: String) -> TemplateFileProblem? {
        let path = directory + "/files/" + source
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK { return .link }
        if case .failure(let escape) = ContainedPath.resolve(path, under: catalogRoot) {
            return .unreadable(escape.reason(leaving: "catalog"))
        }
        guard stat(path, &status) == 0 else { return .missing }
        return (status.st_mode & S_IFMT) == S_IFREG ? nil : .notRegular
    }
}
