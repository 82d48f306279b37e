import PMOSupport
import PMOYAML

/// One catalog document decoded from bytes held in memory, with every problem found on the way.
public struct DecodedDocument: Sendable {
    /// The document, or nil when the file could not be decoded far enough to make one.
    public var document: Document?
    /// YAML and schema problems of this one file (catalog-wide checks such as references are not run).
    public var diagnostics: [Diagnostic]
}

extension CatalogLoader {
    /// Decodes one catalog file from memory, the way ``load(root:)`` decodes each file it finds.
    ///
    /// `path` names the file in diagnostics and anchors the relative paths a document may hold
    /// (a Page's `bodyFile`, a Template's `files/` folder); this is the entry point for fuzzing and
    /// for tools that hold a document without a catalog folder around it.
    public func decodeDocument(_ source: SourceFile) -> DecodedDocument {
        let stream: YAMLStream
        do {
            stream = try YAMLLoader(limits: yamlLimits).load(source)
        } catch let error as DiagnosticList {
            return DecodedDocument(document: nil, diagnostics: error.diagnostics)
        } catch {
            return DecodedDocument(document: nil, diagnostics: [Diagnostic(.error, "\(error)", file: source.path, range: nil)])
        }
        let sink = DiagnosticSink(file: source.path)
        let document = DocumentDecoder(maxPageBytes: maxPageBytes).decode(stream, path: source.path, sink: sink)
        return DecodedDocument(document: document, diagnostics: sink.diagnostics)
    }
}
