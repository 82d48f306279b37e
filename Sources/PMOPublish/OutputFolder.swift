import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output folder and its safe replacement: the new site is written to a temporary folder beside it
/// and swapped in with renames, so a failed build leaves the previous site as it was.
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
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent + "/." + name + ".pmo-new-" + suffix
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(path: staging, reason: Self.reason(error))
        }
        do {
            var folders: Set<String> = []
            for (relative, bytes) in files {
                let target = staging + "/" + relative
                let folder = (target as NSString).deletingLastPathComponent
                if folders.insert(folder).inserted && folder != staging {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try Self.writeFile(bytes, to: target)
            }
            try swapIn(staging)
        } catch {
            try? manager.removeItem(atPath: staging)
            if let error = error as? PublishError { throw error }
            throw .cannotWrite(path: path, reason: Self.reason(error))
        }
    }

    private func swapIn(_ staging: String) throws(PublishError) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else {
            guard rename(staging, path) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        let old = parent + "/." + name + ".pmo-old-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(path, old) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        guard rename(staging, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, path)
            throw .cannotWrite(path: path, reason: reason)
        }
        try? manager.removeItem(atPath: old)
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
