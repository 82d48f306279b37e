import Foundation
import PMOCatalog

#if canImport(Glibc)
import Glibc
import PMOSupport
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

    /// Refuses folders that must not be replaced: a non-folder, the catalog itself, and any folder that holds
    /// something pmo did not publish. `force` does not widen this: pmo never deletes what it did not write.
    func check(catalogRoot: String) throws(PublishError) {
        let root = URL(fileURLWithPath: catalogRoot).standardizedFileURL.path
        if path == "/" || root == path || root.hasPrefix(path.hasSuffix("/") ? path : path + "/") {
            throw .containsCatalog(path: path)
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path: path) }
        guard let marker = SiteMarker.read(in: path) else {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            if !contents.isEmpty { throw .notAPMOSite(path: path) }
            return
        }
        let foreign = marker.foreignFiles(in: path)
        if !foreign.isEmpty { throw .holdsForeignFiles(path: path, files: foreign) }
    }

    /// A fresh temporary folder beside the output, after removing what killed runs left there.
    /// The caller writes into it and then calls ``swapIn(_:)``, or ``StagingFolder/discard()`` on failure.
    func stage() throws(PublishError) -> StagingFolder {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: parent, reason: Self.reason(error))
        }
        recoverAbandoned()
        let staging = parent + "/" + OwnedTemporary.name(prefix: newPrefix)
        guard mkdir(staging, 0o755) == 0 else { throw .cannotWrite(path: staging, reason: SystemError.message(errno)) }
        StagingFolder.spreadSubfolders(staging)
        return StagingFolder(path: staging)
    }

    private var newPrefix: String { "." + name + ".pmo-new-" }
    private var oldPrefix: String { "." + name + ".pmo-old-" }

    /// Puts back a previous site that a killed run had renamed aside, and removes what killed runs left behind.
    func recoverAbandoned() {
        var olds = OwnedTemporary.abandoned(in: parent, prefix: oldPrefix)
        var status = stat()
        if lstat(path, &status) != 0, errno == ENOENT, let newest = olds.max(by: { Self.modified($0) < Self.modified($1) }),
            rename(newest, path) == 0
        {
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

    /// Puts the staged site in place of the output folder; the previous site, if any, is removed.
    func swapIn(_ staging: StagingFolder) throws(PublishError) {
        let staging = staging.path
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else {
            guard rename(staging, path) == 0 else { throw .cannotWrite(path: path, reason: SystemError.message(errno)) }
            return
        }
        if Self.exchange(staging, path) {
            // `staging` now holds the previous site.
            try? manager.removeItem(atPath: staging)
            return
        }
        let old = parent + "/" + OwnedTemporary.name(prefix: oldPrefix)
        guard rename(path, old) == 0 else { throw .cannotWrite(path: path, reason: SystemError.message(errno)) }
        guard rename(staging, path) == 0 else {
            let reason = SystemError.message(errno)
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

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return SystemError.message(Int32(underlying.code))
        }
        return nsError.localizedDescription
    }
}
