import Foundation
import PMOCatalog

#if canImport(Glibc)
import Glibc
import PMOSupport
#endif

/// The temporary folder a site is written into before ``OutputFolder/swapIn(_:)`` puts it in place.
/// Folders are made first, one thread; files may then be written from any number of threads.
struct StagingFolder: Sendable {
    /// Absolute path of the temporary folder.
    let path: String

    /// Creates every folder the site paths `relatives` need.
    func makeFolders(for relatives: some Sequence<String>) throws(PublishError) {
        var folders: Set<String> = []
        for relative in relatives {
            let folder = ((path + "/" + relative) as NSString).deletingLastPathComponent
            if folders.insert(folder).inserted && folder != path {
                try Self.createFolder(folder, in: path)
            }
        }
    }

    /// Writes one file at site path `relative`; its folder must exist.
    func write(_ bytes: [UInt8], to relative: String) throws(PublishError) {
        try Self.writeFile(bytes, to: path + "/" + relative)
    }

    /// Removes the folder and everything in it (after a failure).
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
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
        let getFlags: UInt = 0x8008_6601
        let setFlags: UInt = 0x4008_6602
        let topDirectory: Int = 0x0002_0000
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
                throw .cannotWrite(path: folder, reason: SystemError.message(errno))
            }
            return
        }
        let scratch = staging + "/" + OwnedTemporary.name(prefix: ".pmo-folder-")
        guard mkdir(scratch, 0o755) == 0 else { throw .cannotWrite(path: folder, reason: SystemError.message(errno)) }
        guard rename(scratch, folder) == 0 else {
            let reason = SystemError.message(errno)
            rmdir(scratch)
            throw .cannotWrite(path: folder, reason: reason)
        }
    }

    /// Writes a new file with plain POSIX calls: thousands of small files, no intermediate copies.
    static func writeFile(_ bytes: [UInt8], to target: String) throws(PublishError) {
        let result = bytes.withUnsafeBytes { buffer -> PublishError? in
            do throws(PublishError) { try writeFile(buffer, to: target) } catch { return error }
            return nil
        }
        if let result { throw result }
    }

    /// Writes one page given as text, straight from the string's UTF-8 storage.
    func write(text: String, to relative: String) throws(PublishError) {
        var text = text
        let target = path + "/" + relative
        let result = text.withUTF8 { buffer -> PublishError? in
            do throws(PublishError) { try Self.writeFile(UnsafeRawBufferPointer(buffer), to: target) } catch { return error }
            return nil
        }
        if let result { throw result }
    }

    static func writeFile(_ buffer: UnsafeRawBufferPointer, to target: String) throws(PublishError) {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: target, reason: SystemError.message(errno)) }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            #else
            let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            #endif
            guard written > 0 else { throw .cannotWrite(path: target, reason: SystemError.message(errno)) }
            offset += written
        }
    }
}
