import Foundation
import PMOCatalog
import PMOSupport
import PMOTemplates

/// Writes a new catalog repository all or nothing, as `pmo new` writes a project.
///
/// A new folder (or an empty one elsewhere) is written in a temporary folder beside it and renamed into
/// place in one step (``ProjectWriter``). The working folder cannot be renamed over — the shell would be
/// left in a deleted folder — so there the files are written in a hidden temporary folder inside it and
/// each top-level entry is renamed out of it: a run killed in between leaves a folder that is not empty,
/// which the next `pmo init` refuses, never a half-written file.
enum ScaffoldWriter {
    static func write(_ files: [PlannedFile], to destination: String) throws(ScaffoldError) {
        var status = stat()
        if lstat(destination, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(destination) }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? ["?"]
            guard entries.isEmpty else { throw .notEmpty(destination) }
        }
        do {
            try ProjectWriter.createProject(at: destination, files: files)
        } catch {
            switch error {
            case .destinationIsCurrentFolder:
                try writeInside(files, folder: destination)
            case .destinationNotEmpty(let path): throw .notEmpty(path)
            case .destinationIsLink(let path): throw .notAFolder(path)
            case .parentMissing(let path): throw .parentMissing(path)
            case .parentNotWritable(let path, let reason): throw .io(path: path, reason: reason)
            case .io(let path, let reason): throw .io(path: path, reason: reason)
            default: throw .io(path: destination, reason: error.description)
            }
        }
    }

    /// Writes into a hidden folder inside `folder`, then renames each top-level entry out of it.
    private static func writeInside(_ files: [PlannedFile], folder: String) throws(ScaffoldError) {
        let staging = folder + "/" + OwnedTemporary.name(prefix: ".pmo-init-")
        guard mkdir(staging, 0o755) == 0 else { throw .io(path: folder, reason: SystemError.message(errno)) }
        defer { try? FileManager.default.removeItem(atPath: staging) }
        do {
            for file in files {
                let path = staging + "/" + file.path
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let mode = file.executable ? 0o755 : 0o644
                guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes), attributes: [.posixPermissions: mode]) else {
                    throw ScaffoldError.io(path: file.path, reason: "cannot create the file")
                }
            }
        } catch let error as ScaffoldError {
            throw error
        } catch {
            throw .io(path: folder, reason: error.localizedDescription)
        }
        var moved: [String] = []
        let topLevel = Set(files.map { String($0.path.split(separator: "/")[0]) }).sorted()
        for name in topLevel {
            if rename(staging + "/" + name, folder + "/" + name) != 0 {
                let reason = SystemError.message(errno)
                for done in moved { try? FileManager.default.removeItem(atPath: folder + "/" + done) }
                throw .io(path: name, reason: reason)
            }
            moved.append(name)
        }
    }
}
