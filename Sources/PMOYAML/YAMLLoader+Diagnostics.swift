import PMOSupport

extension YAMLLoader {
    /// ``load(_:)`` with its one error type: the loader reports everything as a ``DiagnosticList``;
    /// anything else would become a diagnostic without a line in `source.path`.
    package func loadReporting(_ source: SourceFile) throws(DiagnosticList) -> YAMLStream {
        do {
            return try load(source)
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([Diagnostic(.error, "\(error)", file: source.path, range: nil)])
        }
    }

    /// ``loadFile(atPath:displayPath:under:place:)`` with its one error type, as ``loadReporting(_:)``.
    package func loadFileReporting(
        atPath path: String, displayPath: String, under root: String? = nil, place: String = "root folder"
    ) throws(DiagnosticList) -> YAMLStream {
        do {
            return try loadFile(atPath: path, displayPath: displayPath, under: root, place: place)
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([Diagnostic(.error, "\(error)", file: displayPath, range: nil)])
        }
    }
}

extension YAMLStream {
    /// The one mapping a file pmo writes itself holds (the lock, a checklist state file), or
    /// "`what` must hold one mapping" at the first document.
    package func singleMapping(_ what: String) throws(DiagnosticList) -> Node {
        guard documents.count == 1, let root = documents.first, root.mapping != nil else {
            throw DiagnosticList([Diagnostic(.error, "\(what) must hold one mapping", file: source.path, range: documents.first?.range)])
        }
        return root
    }
}
