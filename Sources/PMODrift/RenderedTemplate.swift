import PMOCatalog
import PMOSupport

/// One version of a template rendered with a project's parameters: what the standard would write.
public struct RenderedTemplate: Sendable, Hashable {
    /// One rendered file.
    public struct File: Sendable, Hashable {
        /// Project-relative path.
        public var path: String
        public var policy: TemplateSpec.Policy
        public var content: [UInt8]
        /// Whether the template's source file is executable (new files get the bit).
        public var executable: Bool

        public init(path: String, policy: TemplateSpec.Policy, content: [UInt8], executable: Bool = false) {
            self.path = path
            self.policy = policy
            self.content = content
            self.executable = executable
        }

        /// Lower-case hex SHA-256 of the content.
        public var sha256: String { FileDigest.sha256(content) }
    }

    public var version: Semver
    public var files: [File]

    public init(version: Semver, files: [File]) {
        self.version = version
        self.files = files
    }

    /// The file rendered to `path`.
    public func file(at path: String) -> File? {
        files.first { $0.path == path }
    }
}
