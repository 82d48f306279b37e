import CYAML
import PMOSupport

/// Pulls libyaml events and builds the node tree with an explicit stack (no recursion),
/// enforcing the depth and alias limits and collecting duplicate-key and tag problems.
struct TreeBuilder: ~Copyable {
    let source: SourceFile
    let limits: YAMLLimits
    var positions: PositionMapper
    var diagnostics: [Diagnostic] = []
    private var collections = CollectionStack()
    /// Anchored nodes with their expanded size in nodes and in bytes of scalar text (for the alias
    /// budgets) and height (for the depth limit).
    private var anchors: [String: (node: Node, size: Int, height: Int, bytes: Int)] = [:]
    private var aliasExpansion = 0
    private var aliasBytes = 0
    private var root: Node?
    /// Flow or block, and indentation, of each open collection (for ``checkScalar(style:range:)``).
    var layout: [LayoutFrame] = []
    /// Where the previous document of the stream ended, and whether it ended with `...`.
    private var previousDocumentEnd: Int?
    private var previousDocumentEndedExplicitly = false
    /// Whether libyaml reads the file with a line break added at the end (``parserInput()``).
    private var addedLineBreak = false

    init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
        self.positions = PositionMapper(bytes: source.bytes)
    }

    mutating func build() throws -> [Node] {
        var documents: [Node] = []
        let bytes = source.bytes
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw DiagnosticList([fatal("file is UTF-16; save it as UTF-8", at: SourceRange.fileStart)])
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticList([fatal("cannot initialise the YAML parser (out of memory)", at: nil)])
        }
        defer { yaml_parser_delete(&parser) }
        if !positions.isASCII { try checkLineSeparators() }
        let prepared = parserInput()
        addedLineBreak = prepared != nil
        try (prepared ?? bytes).withUnsafeBufferPointer { buffer in
            let skipped = prepared == nil ? positions.bomLength : 0
            let base = buffer.baseAddress.map { $0 + skipped } ?? UnsafePointer<UInt8>(bitPattern: 1)!
            yaml_parser_set_input_string(&parser, base, max(buffer.count - skipped, 0))
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw DiagnosticList(diagnostics + [parserError(parser)])
                }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_SCALAR_EVENT:
                    try scalar(event)
                case YAML_MAPPING_START_EVENT:
                    try open(event, isMapping: true, tag: event.data.mapping_start.tag, anchor: event.data.mapping_start.anchor)
                case YAML_SEQUENCE_START_EVENT:
                    try open(event, isMapping: false, tag: event.data.sequence_start.tag, anchor: event.data.sequence_start.anchor)
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    try close(event)
                case YAML_ALIAS_EVENT:
                    try alias(event)
                case YAML_DOCUMENT_START_EVENT:
                    let start = event.data.document_start
                    if start.version_directive != nil || start.tag_directives.start != start.tag_directives.end {
                        try checkDirectives(
                            documentStart: location(event.start_mark), markerEnd: location(event.end_mark).offset,
                            previousEnd: previousDocumentEnd,
                            previousEndedExplicitly: previousDocumentEndedExplicitly)
                    }
                    anchors.removeAll(keepingCapacity: true)
                    aliasExpansion = 0
                    aliasBytes = 0
                    root = nil
                case YAML_DOCUMENT_END_EVENT:
                    let start = location(event.start_mark)
                    previousDocumentEnd = location(event.end_mark).offset
                    previousDocumentEndedExplicitly = event.data.document_end.implicit == 0
                    documents.append(
                        root.take() ?? Node(.scalar(Scalar(value: .null, text: "", style: .plain)), range: SourceRange(at: start)))
                case YAML_STREAM_END_EVENT:
                    if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
                    return
                default:
                    break
                }
            }
        }
        return documents
    }

    // MARK: events

    private mutating func scalar(_ event: yaml_event_t) throws {
        let data = event.data.scalar
        // With an anchor or a tag, the event starts at those, before the text.
        let range =
            data.style == YAML_PLAIN_SCALAR_STYLE && event.start_mark.line == event.end_mark.line && data.anchor == nil
                && data.tag == nil
            ? plainRange(event, byteCount: data.value == nil ? 0 : data.length) : self.range(event)
        let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
        let text = bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
        let style: Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let value: ScalarValue
        if let tag = data.tag {
            value = resolveTagged(text: text, tag: String(cString: tag), range: range)
        } else if style == .plain {
            value = resolvePlain(bytes: bytes, text: text, range: range)
        } else {
            value = .string(text)
        }
        if data.anchor != nil { try checkAnchorName(at: range.start.offset) }
        try checkScalar(style: style, range: range)
        let node = Node(.scalar(Scalar(value: value, text: text, style: style)), range: range)
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = (node, 1, 0, bytes.count)
        }
        try attach(node, size: 1, height: 0, bytes: bytes.count)
    }

    private mutating func alias(_ event: yaml_event_t) throws {
        let range = self.range(event)
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        try checkAnchorName(at: range.start.offset)
        guard let target = anchors[name] else {
            throw DiagnosticList(
                diagnostics + [
                    fatal(
                        "unknown anchor \(DisplayText.quoted(name)) (aliases must follow their anchor and cannot refer to an enclosing node)",
                        at: range)
                ])
        }
        aliasExpansion += target.size
        if aliasExpansion > limits.maxAliasExpansion {
            throw DiagnosticList(
                diagnostics + [
                    fatal(
                        "aliases expand to more than \(limits.maxAliasExpansion) nodes (alias budget); is this a 'billion laughs' document?",
                        at: range)
                ])
        }
        // Nodes alone do not bound the size: one 100 KB string through 10,000 aliases is 10,000
        // nodes but a gigabyte once written out as JSON or rendered into a project.
        aliasBytes += target.bytes
        if aliasBytes > limits.maxAliasBytes {
            throw DiagnosticList(
                diagnostics + [
                    fatal(
                        "aliases expand to more than \(limits.maxAliasBytes) bytes of text (alias byte budget); '*\(name)' alone is \(target.bytes) bytes",
                        at: range)
                ])
        }
        // An alias of a deep node nests it again: without this check, chained aliases could
        // build a tree deep enough to overflow the stack of code that walks it recursively.
        if collections.depth + target.height > limits.maxDepth {
            throw DiagnosticList(
                diagnostics + [
                    fatal(
                        "nesting is deeper than \(limits.maxDepth) levels (depth limit) once alias '*\(name)' is expanded",
                        at: range)
                ])
        }
        var node = target.node
        node.range = range
        try attach(node, size: target.size, height: target.height, bytes: target.bytes)
    }

    private mutating func open(
        _ event: yaml_event_t, isMapping: Bool, tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?
    ) throws {
        let start = location(event.start_mark)
        if collections.depth >= limits.maxDepth {
            throw DiagnosticList(
                diagnostics + [fatal("nesting is deeper than \(limits.maxDepth) levels (depth limit)", at: SourceRange(at: start))])
        }
        if let tag = tag.map({ String(cString: $0) }) {
            let expected = isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq"
            if tag != expected && tag != "!" {
                diagnostics.append(
                    Diagnostic(
                        .error, "unsupported tag \(DisplayText.quoted(Self.shortTag(tag))) on a \(isMapping ? "mapping" : "list")",
                        file: source.path, range: self.range(event)))
            }
        }
        if anchor != nil { try checkAnchorName(at: start.offset) }
        let isFlow =
            isMapping
            ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
            : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        // A block collection's entries start at its mark, unless an anchor or tag stands there;
        // a flow collection carries the indentation of the block around it.
        let enclosing = layout.last?.indent
        layout.append(LayoutFrame(isFlow: isFlow, indent: isFlow || anchor != nil || tag != nil ? enclosing : start.column - 1))
        collections.open(isMapping: isMapping, start: start, anchor: anchor.map { String(cString: $0) })
    }

    private mutating func close(_ event: yaml_event_t) throws {
        guard let (frame, content) = collections.close() else { return }
        let range = SourceRange(start: frame.start, end: location(event.end_mark))
        if layout.popLast()?.isFlow == true {
            try checkFlowEnd(range: range, closing: UInt8(ascii: frame.isMapping ? "}" : "]"), parentIsFlow: layout.last?.isFlow == true)
        }
        var node = Node(content, range: range)
        if frame.hasMergeKey, case .mapping(let entries) = node.content {
            node.content = .mapping(applyMergeKeys(entries))
        }
        if let anchor = frame.anchor {
            anchors[anchor] = (node, frame.size, frame.height, frame.bytes)
        }
        try attach(node, size: frame.size, height: frame.height, bytes: frame.bytes)
    }

    private mutating func attach(_ node: consuming Node, size: Int, height: Int, bytes: Int) throws {
        guard !collections.isEmpty else {
            root = node
            return
        }
        do {
            try collections.add(node, size: size, height: height, bytes: bytes)
        } catch .collectionKey(let key) {
            throw DiagnosticList(diagnostics + [fatal("a mapping key must be a plain value, not \(key.kindDescription)", at: key.range)])
        } catch .duplicateKey(let key, let name, let first) {
            diagnostics.append(
                Diagnostic(
                    .error, "duplicate key \(DisplayText.quoted(name)) (first at \(first.range.start.line):\(first.range.start.column))",
                    file: source.path, range: key.range, help: "remove one of the two, or merge their values"))
        }
    }

    // MARK: merge keys

    /// `<<: *base` and `<<: [*a, *b]` copy keys that the mapping does not set itself.
    private mutating func applyMergeKeys(_ entries: [MappingEntry]) -> [MappingEntry] {
        var explicit = entries.filter { !CollectionFrame.isMergeKey($0.key) }
        var present = Set(explicit.map { Self.keyString($0.key) })
        for entry in entries where CollectionFrame.isMergeKey(entry.key) {
            let sources: [Node]
            switch entry.value.content {
            case .mapping: sources = [entry.value]
            case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }): sources = items
            default:
                diagnostics.append(
                    Diagnostic(
                        .error, "merge key '<<' needs a mapping or a list of mappings, not \(entry.value.kindDescription)",
                        file: source.path, range: entry.value.range))
                continue
            }
            for mapping in sources {
                for merged in mapping.mapping ?? [] where !present.contains(Self.keyString(merged.key)) {
                    present.insert(Self.keyString(merged.key))
                    explicit.append(merged)
                }
            }
        }
        return explicit
    }

    // MARK: values

    /// An untagged plain scalar under the core schema; an integer that overflows is an error.
    private mutating func resolvePlain(bytes: UnsafeBufferPointer<UInt8>, text: String, range: SourceRange) -> ScalarValue {
        switch ScalarResolver.classifyPlain(bytes, text: text) {
        case .typed(let value):
            return value
        case .string:
            return .string(text)
        case .outOfRange:
            diagnostics.append(
                Diagnostic(
                    .error, "integer \(text) does not fit in 64 bits", file: source.path, range: range,
                    help: "quote it to keep it as a string"))
            return .string(text)
        }
    }

    /// A scalar with an explicit tag: only the core tags are allowed, and the value must fit the tag.
    private mutating func resolveTagged(text: String, tag: String, range: SourceRange) -> ScalarValue {
        // The non-specific tag `!` means "do not resolve": a string (YAML 1.2, 6.9.1).
        if tag == "!" { return .string(text) }
        let prefix = "tag:yaml.org,2002:"
        guard tag.hasPrefix(prefix) else {
            diagnostics.append(
                Diagnostic(
                    .error, "unsupported tag \(DisplayText.quoted(tag))", file: source.path, range: range,
                    help: "pmo reads plain YAML 1.2 data: remove the tag"))
            return .string(text)
        }
        let type = String(tag.dropFirst(prefix.count))
        switch type {
        case "str":
            return .string(text)
        case "int", "float", "bool", "null":
            if let value = ScalarResolver.resolveTagged(text, as: type) { return value }
            diagnostics.append(Diagnostic(.error, "\(DisplayText.quoted(text)) is not a valid !!\(type)", file: source.path, range: range))
            return .string(text)
        default:
            diagnostics.append(Diagnostic(.error, "unsupported tag '!!\(type)' on a scalar", file: source.path, range: range))
            return .string(text)
        }
    }

    /// The key as a string for duplicate detection and JSON: strings as written, other scalars canonical.
    static func keyString(_ key: Node) -> String {
        guard case .scalar(let scalar) = key.content else { return "" }
        switch scalar.value {
        case .string(let s): return s
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return JSONWriter.floatText(d)
        }
    }

    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }

    // MARK: positions

    mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
        location(mark, offset: positions.byteOffset(ofCharacter: mark.index))
    }

    /// The location of `mark`, whose byte offset is `offset`.
    private func location(_ mark: yaml_mark_t, offset: Int) -> SourceLocation {
        // Past the added line break is the end of the file as the user sees it.
        if addedLineBreak && offset >= source.bytes.count { return source.location(ofByte: source.bytes.count) }
        return SourceLocation(line: mark.line + 1, column: mark.column + 1, offset: offset)
    }

    private mutating func range(_ event: yaml_event_t) -> SourceRange {
        SourceRange(start: location(event.start_mark), end: location(event.end_mark))
    }

    /// The range of a plain scalar on one line: its text is its source bytes verbatim (no escapes,
    /// no folding), so its end is `byteCount` bytes past its start and those bytes need no walk.
    private mutating func plainRange(_ event: yaml_event_t, byteCount: Int) -> SourceRange {
        let start = location(event.start_mark)
        let offset = positions.byteOffset(
            ofCharacter: event.end_mark.index, spanningFrom: event.start_mark.index, byteCount: byteCount)
        return SourceRange(start: start, end: location(event.end_mark, offset: offset))
    }

    func fatal(_ message: String, at range: SourceRange?) -> Diagnostic {
        Diagnostic(.error, message, file: source.path, range: range)
    }
}
