import Foundation
import PMOCatalog
#if canImport(Glibc)
import Glibc
#endif

/// The output folder and its safe replacement: the new site is written to a temporary folder beside it
/// and swapped in with renames, so a failed build leaves the previous site as it was.
///
/// The swap exchanges the two folders in one step (`renameat2(RENAME_EXCHANGE)` on Linux,
/// `renamex_np(RENAME_SWAP)` on macOS), so a run killed at any moment leaves `--out` holding either the
/// previous site or the new one. Where the file system cannot exchange, the old site is first renamed
/// aside to `.NAME.pmo-old-PID-…`; a run killed between the two renames leaves `--out` missing, and
/// the next publish renames the old site back before it starts. The next publish also removes the
/// `.NAME.pmo-new-…` and `.NAME.pmo-old-…` folders a killed run left behind (see ``OwnedTemporary``).
struct OutputFolder {
    /// Absolute, standardised path of `--out`.
    let path: String

    init(path: String) {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        self.path = URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    var parent: String { (path as NSString).deletingLastPathComponent }
    var name: String { (path as NSString).lastPathComponent }

    /// Refuses folders that must not be replaced: a non-folder, a foreign folder (unless `force`), the catalog itself.
    func check(force: Bool, catalogRoot: String) throws(PublishError) {
        let root = URL(fileURLWithPath: catalogRoot).standardizedFileURL.path
        if path == "/" || root == path || root.hasPrefix(path.hasSuffix("/") ? path : path + "/") {
            throw .containsCatalog(path: path)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .notAFolder(path: path) }
        if force || FileManager.default.fileExists(atPath: path + "/" + SitePaths.marker) { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !contents.isEmpty { throw .notAPMOSite(path: path) }
    }

    /// Writes `files` (site path → bytes) into a fresh temporary folder beside the output and swaps it in.
    func replace(with files: [(String, [UInt8])]) throws(PublishError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: parent, reason: Self.reason(error))
        }
        recoverAbandoned()
        let staging = parent + "/" + OwnedTemporary.name(prefix: newPrefix)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(path: staging, reason: Self.reason(error))
        }
        Self.spreadSubfolders(staging)
        do {
            var folders: Set<String> = []
            for (relative, _) in files {
                let folder = ((staging + "/" + relative) as NSString).deletingLastPathComponent
                if folders.insert(folder).inserted && folder != staging {
                    try Self.createFolder(folder, in: staging)
                }
            }
            // Creating a thousand files is mostly kernel time per file: spread it over the cores.
            let failures = files.concurrentMap { (relative, bytes) -> PublishError? in
                do throws(PublishError) {
                    try Self.writeFile(bytes, to: staging + "/" + relative)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            try swapIn(staging)
        } catch {
            try? manager.removeItem(atPath: staging)
            if let error = error as? PublishError { throw error }
            throw .cannotWrite(path: path, reason: Self.reason(error))
        }
    }

    private var newPrefix: String { "." + name + ".pmo-new-" }
    private var oldPrefix: String { "." + name + ".pmo-old-" }

    /// Puts back a previous site that a killed run had renamed aside, and removes what killed runs left behind.
    func recoverAbandoned() {
        var olds = OwnedTemporary.abandoned(in: parent, prefix: oldPrefix)
        var status = stat()
        if lstat(path, &status) != 0, errno == ENOENT, let newest = olds.max(by: { Self.modified($0) < Self.modified($1) }),
           rename(newest, path) == 0 {
            olds.removeAll { $0 == newest }
        }
        for leftover in olds + OwnedTemporary.abandoned(in: parent, prefix: newPrefix) {
            try? FileManager.default.removeItem(atPath: leftover)
        }
    }

    private static func modified(_ path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(status.st_mtimespec.tv_sec)
        #else
        return Int(status.st_mtim.tv_sec)
        #endif
    }

    private func swapIn(_ staging: String) throws(PublishError) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else {
            guard rename(staging, path) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        if Self.exchange(staging, path) {
            // `staging` now holds the previous site.
            try? manager.removeItem(atPath: staging)
            return
        }
        let old = parent + "/" + OwnedTemporary.name(prefix: oldPrefix)
        guard rename(path, old) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        guard rename(staging, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, path)
            throw .cannotWrite(path: path, reason: reason)
        }
        try? manager.removeItem(atPath: old)
    }

    /// Swaps two paths atomically; false when the system or file system cannot (the caller then renames twice).
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
        // glibc declares renameat2 only under _GNU_SOURCE, which Swift's Glibc module does not set.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #endif
    }

    /// Marks a fresh folder as the top of a hierarchy for ext4's Orlov allocator (`chattr +T`), so that
    /// each subfolder, and the files in it, get inodes from a block group picked by the subfolder's name
    /// rather than the parent's group (see ``createFolder(_:in:)`` for why the name is random).
    ///
    /// On ext4 without a journal, a new inode is taken only after skipping every inode of its group freed
    /// in the last 5–10 seconds, one buffer-cache lookup each. Publishing again soon after the previous
    /// site was removed then scans thousands of freed inodes per file: 1,000 files took 0.2–1 s instead
    /// of 45 ms, growing with each republish. The flag is only a placement hint: where the file system
    /// does not know it, the call fails and nothing changes.
    static func spreadSubfolders(_ folder: String) {
        #if os(Linux)
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let getFlags: UInt = 0x8008_6601, setFlags: UInt = 0x4008_6602, topDirectory: Int = 0x0002_0000
        var flags = 0
        guard ioctl(descriptor, getFlags, &flags) == 0 else { return }
        flags |= topDirectory
        _ = ioctl(descriptor, setFlags, &flags)
        #endif
    }

    /// Creates `folder` (and missing parents) inside `staging`. A direct child of `staging` is made under
    /// a random name and then renamed: ext4 places a top folder's child by a hash of its name, so the
    /// real name (`page`) would land in the group where the previous site's inodes were just freed.
    static func createFolder(_ folder: String, in staging: String) throws(PublishError) {
        let parent = (folder as NSString).deletingLastPathComponent
        var status = stat()
        if parent != staging, parent.count > staging.count, lstat(parent, &status) != 0 {
            try createFolder(parent, in: staging)
        }
        guard parent == staging else {
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
                throw .cannotWrite(path: folder, reason: String(cString: strerror(errno)))
            }
            return
        }
        let scratch = staging + "/" + OwnedTemporary.name(prefix: ".pmo-folder-")
        guard mkdir(scratch, 0o755) == 0 else { throw .cannotWrite(path: folder, reason: String(cString: strerror(errno))) }
        guard rename(scratch, folder) == 0 else {
            let reason = String(cString: strerror(errno))
            rmdir(scratch)
            throw .cannotWrite(path: folder, reason: reason)
        }
    }

    /// Writes a new file with plain POSIX calls: thousands of small files, no intermediate copies.
    static func writeFile(_ bytes: [UInt8], to target: String) throws(PublishError) {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: target, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
                #endif
            }
            guard written > 0 else { throw .cannotWrite(path: target, reason: String(cString: strerror(errno))) }
            offset += written
        }
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
