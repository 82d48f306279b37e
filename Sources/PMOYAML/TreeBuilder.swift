import CYAML

/// Pulls libyaml events and builds the node tree with an explicit stack (no recursion),
/// enforcing the depth and alias limits and collecting duplicate-key and tag problems.
struct TreeBuilder {
    private let source: SourceFile
    private let limits: YAMLLimits
    private var positions: PositionMapper
    private var diagnostics: [Diagnostic] = []
    private var stack: [Frame] = []
    /// Anchored nodes with their expanded size (for the alias budget) and height (for the depth limit).
    private var anchors: [String: (node: Node, size: Int, height: Int)] = [:]
    private var aliasExpansion = 0
    private var root: (node: Node, size: Int)?

    /// An open collection.
    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var anchor: String?
        var items: [Node] = []
        var entries: [MappingEntry] = []
        var pendingKey: Node?
        var keyIndex: [String: Int] = [:]
        var size = 1
        /// Levels of nesting from this collection down, counting itself.
        var height = 1
    }

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
        try bytes.withUnsafeBufferPointer { buffer in
            let bom = positions.bomLength
            let base = buffer.baseAddress.map { $0 + bom } ?? UnsafePointer<UInt8>(bitPattern: 1)!
            yaml_parser_set_input_string(&parser, base, max(buffer.count - bom, 0))
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw DiagnosticList(diagnostics + [parserError(parser)])
                }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
                    return
                case YAML_DOCUMENT_START_EVENT:
                    anchors.removeAll(keepingCapacity: true)
                    aliasExpansion = 0
                    root = nil
                case YAML_DOCUMENT_END_EVENT:
                    let start = location(event.start_mark)
                    documents.append(root?.node ?? Node(.scalar(Scalar(value: .null, text: "", style: .plain)), range: SourceRange(at: start)))
                case YAML_SCALAR_EVENT:
                    try scalar(event)
                case YAML_ALIAS_EVENT:
                    try alias(event)
                case YAML_SEQUENCE_START_EVENT:
                    try open(event, isMapping: false, tag: event.data.sequence_start.tag, anchor: event.data.sequence_start.anchor)
                case YAML_MAPPING_START_EVENT:
                    try open(event, isMapping: true, tag: event.data.mapping_start.tag, anchor: event.data.mapping_start.anchor)
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    try close(event)
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
        let range = self.range(event)
        let text: String
        if let value = data.value, data.length > 0 {
            text = String(decoding: UnsafeBufferPointer(start: value, count: data.length), as: UTF8.self)
        } else {
            text = ""
        }
        let style: Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let value = resolve(text: text, style: style, tag: data.tag.map { String(cString: $0) }, range: range)
        let node = Node(.scalar(Scalar(value: value, text: text, style: style)), range: range)
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = (node, 1, 0)
        }
        try attach(node, size: 1, height: 0)
    }

    private mutating func alias(_ event: yaml_event_t) throws {
        let range = self.range(event)
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        guard let target = anchors[name] else {
            throw DiagnosticList(diagnostics + [fatal("unknown anchor '\(name)' (aliases must follow their anchor and cannot refer to an enclosing node)", at: range)])
        }
        aliasExpansion += target.size
        if aliasExpansion > limits.maxAliasExpansion {
            throw DiagnosticList(diagnostics + [fatal(
                "aliases expand to more than \(limits.maxAliasExpansion) nodes (alias budget); is this a 'billion laughs' document?",
                at: range)])
        }
        // An alias of a deep node nests it again: without this check, chained aliases could
        // build a tree deep enough to overflow the stack of code that walks it recursively.
        if stack.count + target.height > limits.maxDepth {
            throw DiagnosticList(diagnostics + [fatal(
                "nesting is deeper than \(limits.maxDepth) levels (depth limit) once alias '*\(name)' is expanded",
                at: range)])
        }
        var node = target.node
        node.range = range
        try attach(node, size: target.size, height: target.height)
    }

    private mutating func open(_ event: yaml_event_t, isMapping: Bool, tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?) throws {
        let start = location(event.start_mark)
        if stack.count >= limits.maxDepth {
            throw DiagnosticList(diagnostics + [fatal("nesting is deeper than \(limits.maxDepth) levels (depth limit)", at: SourceRange(at: start))])
        }
        if let tag = tag.map({ String(cString: $0) }) {
            let expected = isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq"
            if tag != expected && tag != "!" {
                diagnostics.append(Diagnostic(.error, "unsupported tag '\(Self.shortTag(tag))' on a \(isMapping ? "mapping" : "list")", file: source.path, range: self.range(event)))
            }
        }
        stack.append(Frame(isMapping: isMapping, start: start, anchor: anchor.map { String(cString: $0) }))
    }

    private mutating func close(_ event: yaml_event_t) throws {
        guard var frame = stack.popLast() else { return }
        let range = SourceRange(start: frame.start, end: location(event.end_mark))
        let node: Node
        if frame.isMapping {
            if let key = frame.pendingKey {
                // libyaml always pairs keys with values; keep the key rather than lose it.
                frame.entries.append(MappingEntry(key: key, value: Node(.scalar(Scalar(value: .null, text: "", style: .plain)), range: key.range)))
            }
            node = Node(.mapping(try applyMergeKeys(frame.entries, range: range)), range: range)
        } else {
            node = Node(.sequence(frame.items), range: range)
        }
        if let anchor = frame.anchor {
            anchors[anchor] = (node, frame.size, frame.height)
        }
        try attach(node, size: frame.size, height: frame.height)
    }

    private mutating func attach(_ node: Node, size: Int, height: Int) throws {
        guard !stack.isEmpty else {
            root = (node, size)
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if height >= stack[top].height { stack[top].height = height + 1 }
        if !stack[top].isMapping {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            guard node.scalar != nil else {
                throw DiagnosticList(diagnostics + [fatal("a mapping key must be a plain value, not \(node.kindDescription)", at: node.range)])
            }
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        let name = Self.keyString(key)
        if let first = firstIndex(of: name, in: stack[top]) {
            let firstKey = stack[top].entries[first].key
            diagnostics.append(Diagnostic(
                .error, "duplicate key '\(name)' (first at \(firstKey.range.start.line):\(firstKey.range.start.column))",
                file: source.path, range: key.range, help: "remove one of the two, or merge their values"))
            return
        }
        let index = stack[top].entries.count
        stack[top].entries.append(MappingEntry(key: key, value: node))
        if index >= 8 {
            if stack[top].keyIndex.isEmpty {
                for (i, entry) in stack[top].entries.enumerated() { stack[top].keyIndex[Self.keyString(entry.key)] = i }
            } else {
                stack[top].keyIndex[name] = index
            }
        }
    }

    private func firstIndex(of name: String, in frame: Frame) -> Int? {
        if frame.entries.count > 8 { return frame.keyIndex[name] }
        return frame.entries.firstIndex { Self.keyString($0.key) == name }
    }

    // MARK: merge keys

    /// `<<: *base` and `<<: [*a, *b]` copy keys that the mapping does not set itself.
    private mutating func applyMergeKeys(_ entries: [MappingEntry], range: SourceRange) throws -> [MappingEntry] {
        guard entries.contains(where: Self.isMergeKey) else { return entries }
        var explicit = entries.filter { !Self.isMergeKey($0) }
        var present = Set(explicit.map { Self.keyString($0.key) })
        for entry in entries where Self.isMergeKey(entry) {
            let sources: [Node]
            switch entry.value.content {
            case .mapping: sources = [entry.value]
            case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }): sources = items
            default:
                diagnostics.append(Diagnostic(.error, "merge key '<<' needs a mapping or a list of mappings, not \(entry.value.kindDescription)", file: source.path, range: entry.value.range))
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

    private static func isMergeKey(_ entry: MappingEntry) -> Bool {
        guard let scalar = entry.key.scalar else { return false }
        return scalar.style == .plain && scalar.text == "<<"
    }

    // MARK: values

    private mutating func resolve(text: String, style: Scalar.Style, tag: String?, range: SourceRange) -> ScalarValue {
        guard let tag else {
            guard style == .plain else { return .string(text) }
            do {
                return try ScalarResolver.resolvePlain(text)
            } catch {
                diagnostics.append(Diagnostic(.error, "integer \(text) does not fit in 64 bits", file: source.path, range: range, help: "quote it to keep it as a string"))
                return .string(text)
            }
        }
        // The non-specific tag `!` means "do not resolve": a string (YAML 1.2, 6.9.1).
        if tag == "!" { return .string(text) }
        let prefix = "tag:yaml.org,2002:"
        guard tag.hasPrefix(prefix) else {
            diagnostics.append(Diagnostic(.error, "unsupported tag '\(tag)'", file: source.path, range: range, help: "pmo reads plain YAML 1.2 data: remove the tag"))
            return .string(text)
        }
        let type = String(tag.dropFirst(prefix.count))
        switch type {
        case "str":
            return .string(text)
        case "int", "float", "bool", "null":
            if let value = ScalarResolver.resolveTagged(text, as: type) { return value }
            diagnostics.append(Diagnostic(.error, "'\(text)' is not a valid !!\(type)", file: source.path, range: range))
            return .string(text)
        default:
            diagnostics.append(Diagnostic(.error, "unsupported tag '!!\(type)' on a scalar", file: source.path, range: range))
            return .string(text)
        }
    }

    /// The key as a string for duplicate detection and JSON: strings as written, other scalars canonical.
    static func keyString(_ key: Node) -> String {
        guard let scalar = key.scalar else { return "" }
        switch scalar.value {
        case .string(let s): return s
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return JSONWriter.floatText(d)
        }
    }

    private static func shortTag(_ tag: String) -> String {
        tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }

    // MARK: positions and errors

    private mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: mark.line + 1, column: mark.column + 1, offset: positions.byteOffset(ofCharacter: mark.index))
    }

    private mutating func range(_ event: yaml_event_t) -> SourceRange {
        SourceRange(start: location(event.start_mark), end: location(event.end_mark))
    }

    private func fatal(_ message: String, at range: SourceRange?) -> Diagnostic {
        Diagnostic(.error, message, file: source.path, range: range)
    }

    private mutating func parserError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            let offset = positions.bomLength + parser.problem_offset
            let location = source.location(ofByte: offset)
            let message: String
            if problem.contains("incomplete UTF-8") || (problem.contains("UTF-8") && parser.problem_value < 0) {
                // libyaml reports a sequence cut off by the end of the input without a byte value.
                message = "invalid UTF-8 (incomplete sequence at the end of the file, offset \(offset))"
            } else if problem.contains("UTF-8") {
                message = "invalid UTF-8 (byte 0x\(Self.hexByte(parser.problem_value)) at offset \(offset))"
            } else if problem.contains("control characters") {
                message = "control character 0x\(Self.hexByte(parser.problem_value)) is not allowed (is this a binary file?)"
            } else {
                message = problem
            }
            return Diagnostic(.error, message, file: source.path, range: SourceRange(at: location))
        }
        if parser.error == YAML_MEMORY_ERROR {
            return Diagnostic(.error, "out of memory while parsing YAML", file: source.path, range: nil)
        }
        let problemLocation = location(parser.problem_mark)
        var message = problem
        var help: String?
        var at = problemLocation
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextLocation = location(parser.context_mark)
            if context.contains("quoted scalar") && problem.contains("end of stream") {
                message = "unclosed quote: the string that starts here never ends"
                at = contextLocation
                help = "close the quote, or remove it"
            } else {
                message = "\(problem) \(context) (from \(contextLocation.line):\(contextLocation.column))"
            }
        }
        // libyaml words tab problems in two ways depending on where the tab is.
        if problem.contains("tab character") || (problem.contains("cannot start any token") && isTab(atOffset: problemLocation.offset)) {
            message = "tab character in indentation; YAML indents with spaces only"
            help = "replace the tab with spaces"
        }
        return Diagnostic(.error, message, file: source.path, range: SourceRange(at: at), help: help)
    }

    private static func hexByte(_ value: Int32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return hex.count < 2 ? "0" + hex : hex
    }

    private func isTab(atOffset offset: Int) -> Bool {
        offset < source.bytes.count && source.bytes[offset] == 0x09
    }
}
