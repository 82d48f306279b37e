/// A file to write: project-relative path, content and whether it is executable.
package struct PlannedFile: Sendable, Hashable {
    package var path: String
    package var bytes: [UInt8]
    package var executable: Bool

    /// Creates a planned file.
    package init(path: String, bytes: [UInt8], executable: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.executable = executable
    }
}
