import PMOCatalog
import PMOSupport

/// One version of a template rendered with a project's parameters: what the standard would write.
package struct RenderedTemplate: Sendable, Hashable {
    /// One rendered file.
    package struct File: Sendable, Hashable {
        /// Project-relative path.
        package var path: String
        package var policy: TemplateSpec.Policy
        package var content: [UInt8]
        /// Whether the template's source file is executable (new files get the bit).
        package var executable: Bool

        package init(path: String, policy: TemplateSpec.Policy, content: [UInt8], executable: Bool = false) {
            self.path = path
            self.policy = policy
            self.content = content
            self.executable = executable
        }

        /// Lower-case hex SHA-256 of the content.
        package var sha256: String { FileDigest.sha256(content) }
    }

    package var version: Semver
    package var files: [File]

    package init(version: Semver, files: [File]) {
        self.version = version
        self.files = files
    }

    /// The file rendered to `path`.
    package func file(at path: String) -> File? {
        files.first { $0.path == path }
    }
}
