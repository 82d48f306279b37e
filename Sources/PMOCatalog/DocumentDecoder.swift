import Foundation
import PMOSupport
import PMOYAML

/// Decodes one YAML file into a ``Document``: envelope, metadata and the kind's spec.
struct DocumentDecoder {
    let maxPageBytes: Int
    /// The catalog folder; nil for a document decoded on its own, whose own folder is then the root.
    var catalogRoot: String?

    static let envelopeFields = Document.fields
    static let apiVersion = Document.apiVersion

    func decode(_ stream: YAMLStream, path: String, sink: DiagnosticSink) -> Document? {
        guard let root = stream.documents.first else {
            sink.error(
                "empty file: expected a \(Self.apiVersion) document", at: SourceRange.fileStart,
                help: "start with 'apiVersion: \(Self.apiVersion)' and 'kind: …'")
            return nil
        }
        if stream.documents.count > 1 {
            sink.error(
                "a catalog file holds one document; this one has \(stream.documents.count)", at: stream.documents[1].range,
                help: "split the documents into files of their own")
        }
        guard root.mapping != nil else {
            sink.error(
                "the top level must be a mapping with apiVersion, kind, metadata and spec, not \(root.kindDescription)", at: root.range)
            return nil
        }
        let reader = FieldReader(root, sink: sink, context: "the document")
        reader.rejectUnknown(allowed: Self.envelopeFields)
        if let api = reader.string("apiVersion", required: true), api.value != Self.apiVersion {
            sink.error("unsupported apiVersion '\(api.value)'", at: api.range, help: "use \(Self.apiVersion)")
        }
        guard let kindText = reader.string("kind", required: true) else { return nil }
        guard let kind = DocumentKind(rawValue: kindText.value) else {
            sink.error(
                "unknown kind '\(kindText.value)'", at: kindText.range,
                help: Suggestion.help(for: kindText.value, in: DocumentKind.allCases.map(\.rawValue)))
            return nil
        }
        guard let metadataNode = reader.value("metadata") else {
            reader.missing("metadata")
            return nil
        }
        let metadata = Metadata.decode(metadataNode, kind: kind, sink: sink)
        guard let specNode = reader.value("spec") else {
            reader.missing("spec")
            return nil
        }
        let directory = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        let contentRoot = catalogRoot ?? directory
        let spec: Document.Spec
        switch kind {
        case .catalog: spec = .catalog(CatalogSpec.decode(specNode, sink: sink))
        case .template: spec = .template(TemplateSpec.decode(specNode, directory: directory, catalogRoot: contentRoot, sink: sink))
        case .checklist: spec = .checklist(ChecklistSpec.decode(specNode, sink: sink))
        case .ruleSet: spec = .ruleSet(RuleSetSpec.decode(specNode, sink: sink))
        case .page:
            spec = .page(PageSpec.decode(specNode, directory: directory, catalogRoot: contentRoot, maxBytes: maxPageBytes, sink: sink))
        case .campaign:
            guard let campaign = CampaignSpec.decode(specNode, sink: sink) else { return nil }
            spec = .campaign(campaign)
        }
        guard let metadata else { return nil }
        return Document(kind: kind, metadata: metadata, spec: spec, file: sink.file, path: path, root: root)
    }
}
