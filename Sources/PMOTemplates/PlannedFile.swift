/// A file to write: project-relative path, content and whether it is executable.
public struct PlannedFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]
    public var executable: Bool

    /// Creates a planned file.
    public init(path: String, bytes: [UInt8], executable: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.executable = executable
    }
}
