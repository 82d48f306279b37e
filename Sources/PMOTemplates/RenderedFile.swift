import PMOCatalog
import PMOSupport

/// One file as `pmo new` will write it: project-relative path, exact bytes, policy and mode.
public struct RenderedFile: Sendable, Hashable {
    /// Project-relative path, checked by ``RenderedPath``.
    public var path: String
    /// The content to write (rendered text, or the source bytes of a binary file).
    package var bytes: [UInt8]
    /// managed or seeded.
    package var policy: TemplateSpec.Policy
    /// Whether the source file was executable (the bit is kept).
    package var executable: Bool
    /// The source path under the template's `files/` folder.
    package var source: String
    /// Whether the file was copied byte for byte (NUL bytes or invalid UTF-8) instead of rendered.
    package var isBinary: Bool

    /// Creates a rendered file.
    package init(
        path: String, bytes: [UInt8], policy: TemplateSpec.Policy, executable: Bool = false, source: String, isBinary: Bool = false
    ) {
        self.path = path
        self.bytes = bytes
        self.policy = policy
        self.executable = executable
        self.source = source
        self.isBinary = isBinary
    }

    /// Lower-case hex SHA-256 of the content, as recorded in the lock.
    package var sha256: String { FileDigest.sha256(bytes) }
}
