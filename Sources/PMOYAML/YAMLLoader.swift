import Foundation
import PMOSupport

/// The documents of one YAML file, with the source kept for rendering diagnostics.
public struct YAMLStream: Sendable {
    /// The file the documents came from.
    public var source: SourceFile
    /// One root node per document; an empty document is a `null` scalar, an empty stream has none.
    public var documents: [Node]

    /// Creates a stream.
    public init(source: SourceFile, documents: [Node]) {
        self.source = source
        self.documents = documents
    }
}

/// The strict, position-preserving YAML loader (libyaml's event parser underneath).
///
/// Errors are thrown as a ``DiagnosticList``: syntax errors stop the file, while problems such
/// as duplicate keys are collected so that one run reports all of them.
public struct YAMLLoader: Sendable {
    /// The bounds applied to every file.
    public var limits: YAMLLimits

    /// Creates a loader.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Loads the file at `path`, shown to the user as `displayPath`.
    ///
    /// The size limit is checked before the file is read; unreadable files, folders and
    /// oversized files are diagnostics without a line.
    /// With `root`, a symbolic link on the way that leads out of it is refused (see ``ContainedPath``);
    /// `place` names that folder in the error ("catalog", "project").
    public func loadFile(
        atPath path: String, displayPath: String? = nil, under root: String? = nil, place: String = "root folder"
    ) throws -> YAMLStream {
        let shown = displayPath ?? path
        let source = try readSource(atPath: path, displayPath: shown, under: root, place: place)
        return try load(source)
    }

    /// Loads YAML text (for tests and for documents that are not files).
    public func load(_ text: String, path: String = "<input>") throws -> YAMLStream {
        try load(SourceFile(path: path, text: text))
    }

    /// Loads the bytes of `source`.
    public func load(_ source: SourceFile) throws -> YAMLStream {
        if source.bytes.count > limits.maxInputBytes {
            throw DiagnosticList([oversize(source.path, size: source.bytes.count)])
        }
        var builder = TreeBuilder(source: source, limits: limits)
        let documents = try builder.build()
        return YAMLStream(source: source, documents: documents)
    }

    /// Reads a file after checking that it is a regular, readable file within the size limit.
    public func readSource(
        atPath path: String, displayPath: String, under root: String? = nil, place: String = "root folder"
    ) throws -> SourceFile {
        let read =
            root.map { FileBytes.read(path, under: $0, limit: limits.maxInputBytes) } ?? FileBytes.read(path, limit: limits.maxInputBytes)
        switch read {
        case .success(let bytes):
            return SourceFile(path: displayPath, bytes: bytes)
        case .failure(.missing):
            throw DiagnosticList([Diagnostic(.error, "cannot read file: \(SystemError.message(ENOENT))", file: displayPath, range: nil)])
        case .failure(.unreadable(let reason)):
            throw DiagnosticList([Diagnostic(.error, "cannot read file: \(reason)", file: displayPath, range: nil)])
        case .failure(.folder):
            throw DiagnosticList([Diagnostic(.error, "cannot read file: it is a folder", file: displayPath, range: nil)])
        case .failure(.tooLarge(let size)):
            throw DiagnosticList([oversize(displayPath, size: size)])
        case .failure(let failure):
            throw DiagnosticList([
                Diagnostic(.error, "cannot read file: it \(failure.reason(leaving: place))", file: displayPath, range: nil)
            ])
        }
    }

    private func oversize(_ path: String, size: Int) -> Diagnostic {
        Diagnostic(
            .error,
            "file is \(size) bytes, over the input limit of \(limits.maxInputBytes) bytes",
            file: path, range: nil,
            help: "split the file, or raise the limit with PMO_MAX_INPUT_BYTES")
    }
}
