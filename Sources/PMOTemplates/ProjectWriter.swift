import Foundation
import PMOCatalog
import PMOSupport

/// Writes a project so that a failed or killed run leaves either nothing or the complete result.
///
/// `createProject` writes everything into `.DEST.pmo-tmp-PID-XXXXXX` beside DEST (same folder, so the
/// same file system) and renames it into place: `rename(2)` is atomic, and replaces DEST when it
/// is an empty folder. A run killed before the rename leaves only the hidden temporary folder; the
/// next `pmo new` of the same DEST removes it once the process named by PID is gone.
/// Templates cannot run commands, so nothing else touches the disk.
package enum ProjectWriter {
    /// Creates DEST with `files`; refuses a DEST that exists and is not an empty folder.
    package static func createProject(at destination: String, files: [PlannedFile]) throws(WriteError) {
        let dest = normalized(destination)
        let parent = (dest as NSString).deletingLastPathComponent
        let name = (dest as NSString).lastPathComponent
        var status = stat()
        if lstat(dest, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFLNK { throw .destinationIsLink(destination) }
            guard (status.st_mode & S_IFMT) == S_IFDIR, isEmptyFolder(dest) else { throw .destinationNotEmpty(destination) }
            // Renaming over the working folder would leave the shell in a deleted folder.
            var current = stat()
            if stat(".", &current) == 0 && current.st_dev == status.st_dev && current.st_ino == status.st_ino {
                throw .destinationIsCurrentFolder(destination, name: name)
            }
        }
        var parentStatus = stat()
        guard stat(parent.isEmpty ? "/" : parent, &parentStatus) == 0, (parentStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw .parentMissing(parent)
        }
        let prefix = temporaryPrefix(for: dest)
        OwnedTemporary.removeAbandoned(in: parent.isEmpty ? "/" : parent, prefix: prefix)
        var template = Array((parent + "/" + prefix + "\(getpid())-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .parentNotWritable(parent, reason: SystemError.message(errno))
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(WriteError) {
            // mkdtemp makes the folder private (0700); give it the mode mkdir would have.
            let mask = umask(0)
            umask(mask)
            chmod(temporary, 0o777 & ~mask)
            for file in files { try write(file, under: temporary) }
            if rename(temporary, dest) != 0 {
                let code = errno
                if code == ENOTEMPTY || code == EEXIST { throw .destinationNotEmpty(destination) }
                throw .io(path: destination, reason: SystemError.message(code))
            }
        } catch {
            removeTree(temporary)
            throw error
        }
    }

    /// Adds `files` to an existing project: refuses any that exist or would go through a link.
    ///
    /// Files are staged under `.pmo/` and then linked into place without replacing anything;
    /// on failure every file placed so far is removed again. `replacing` files (the lock) are
    /// written last, each by an atomic rename.
    package static func addFiles(to project: String, files: [PlannedFile], replacing: [PlannedFile]) throws(WriteError) {
        let root = normalized(project)
        var existing: [String] = []
        for file in files {
            if let linked = symlinkComponent(file.path, under: root) { throw .throughSymlink(linked) }
            var status = stat()
            if lstat(root + "/" + file.path, &status) == 0 { existing.append(file.path) }
        }
        if !existing.isEmpty { throw .filesExist(existing) }
        var template = Array((root + "/.pmo/.add-tmp-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .parentNotWritable(root + "/.pmo", reason: SystemError.message(errno))
        }
        let staging = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { removeTree(staging) }
        var placed: [String] = []
        var createdFolders: [String] = []
        do throws(WriteError) {
            for file in files { try write(file, under: staging) }
            for file in files {
                createdFolders += try makeFolders(for: file.path, under: root)
                if link(staging + "/" + file.path, root + "/" + file.path) != 0 {
                    let code = errno
                    throw code == EEXIST ? .filesExist([file.path]) : .io(path: file.path, reason: SystemError.message(code))
                }
                placed.append(root + "/" + file.path)
            }
            for file in replacing {
                let staged = staging + "/replace-" + String(placed.count) + "-" + (file.path as NSString).lastPathComponent
                try writeBytes(file.bytes, to: staged, executable: file.executable)
                if rename(staged, root + "/" + file.path) != 0 { throw .io(path: file.path, reason: SystemError.message(errno)) }
            }
        } catch {
            for path in placed { unlink(path) }
            for folder in createdFolders.reversed() { rmdir(folder) }
            throw error
        }
    }

    /// The name prefix of the temporary folders `createProject` makes beside `destination`: `.DEST.pmo-tmp-`.
    package static func temporaryPrefix(for destination: String) -> String {
        "." + (normalized(destination) as NSString).lastPathComponent + ".pmo-tmp-"
    }

    // MARK: helpers

    private static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var standard = URL(fileURLWithPath: absolute).standardizedFileURL.path
        while standard.count > 1 && standard.hasSuffix("/") { standard.removeLast() }
        return standard
    }

    private static func isEmptyFolder(_ path: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return entries.isEmpty
    }

    /// The first existing component of `relative` under `root` that is a symbolic link.
    static func symlinkComponent(_ relative: String, under root: String) -> String? {
        var path = root
        for part in relative.split(separator: "/") {
            path += "/" + part
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }
            if (status.st_mode & S_IFMT) == S_IFLNK { return String(path.dropFirst(root.count + 1)) }
        }
        return nil
    }

    /// Creates the missing folders of `relative`'s parent under `root`; returns the ones it made.
    private static func makeFolders(for relative: String, under root: String) throws(WriteError) -> [String] {
        switch StagedFile.makeParentFolders(of: relative, under: root) {
        case .success(let created): return created
        case .failure(.throughSymlink(let linked)): throw .throughSymlink(linked)
        case .failure(.notAFolder(let path, _)): throw .io(path: path, reason: "exists and is not a folder")
        case .failure(.cannotCreate(let path, _, let reason)): throw .io(path: path, reason: reason)
        }
    }

    private static func write(_ file: PlannedFile, under root: String) throws(WriteError) {
        _ = try makeFolders(for: file.path, under: root)
        try writeBytes(file.bytes, to: root + "/" + file.path, executable: file.executable)
    }

    private static func writeBytes(_ bytes: [UInt8], to path: String, executable: Bool) throws(WriteError) {
        // Not flushed, as before: pmo new's time budget has no room for an fsync per file.
        if let reason = StagedFile.write(bytes, to: path, mode: executable ? 0o777 : 0o666, exactMode: false, flush: false) {
            throw .io(path: path, reason: reason)
        }
    }

    private static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
