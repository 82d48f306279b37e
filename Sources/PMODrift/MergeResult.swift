/// The outcome of a three-way merge: the merged text and where its conflicts are.
public struct MergeResult: Sendable, Hashable {
    /// The merged text, conflicts written inline with markers.
    public var text: String
    /// The conflict blocks, in order.
    public var conflicts: [ConflictRegion]

    /// Whether the merge needs no hand work.
    package var isClean: Bool { conflicts.isEmpty }
}

/// One conflict block in a merged text, by 1-based line numbers of the merged text.
public struct ConflictRegion: Sendable, Hashable, Codable {
    /// The line of `<<<<<<<`.
    public var startLine: Int
    /// The line of `=======`.
    public var separatorLine: Int
    /// The line of `>>>>>>>`.
    public var endLine: Int

    package init(startLine: Int, separatorLine: Int, endLine: Int) {
        self.startLine = startLine
        self.separatorLine = separatorLine
        self.endLine = endLine
    }
}

/// Builds a merged text line by line, choosing line endings and numbering conflict blocks.
struct MergeWriter {
    let ending: TextLines.Ending
    let labels: MergeLabels
    private var out = ""
    private var lineCount = 0
    private var conflicts: [ConflictRegion] = []
    /// A last line without an ending, held back until we know whether anything follows it.
    private var pendingUnterminated: Substring?

    init(ending: TextLines.Ending, labels: MergeLabels) {
        self.ending = ending
        self.labels = labels
    }

    /// Lines from ours: they keep their endings.
    mutating func ours(_ lines: ArraySlice<TextLines.Line>) {
        for line in lines { emit(line.text, line.ending) }
    }

    /// Lines from theirs (or base): they take ours' dominant ending, except an unterminated last line.
    mutating func other(_ lines: ArraySlice<TextLines.Line>) {
        for line in lines { emit(line.text, line.ending == .none ? .none : ending) }
    }

    /// A conflict whose common leading and trailing lines are moved out of the block (git's "zealous" merge).
    mutating func conflict(
        ours: ArraySlice<TextLines.Line>, oursIDs: ArraySlice<Int>,
        theirs: ArraySlice<TextLines.Line>, theirsIDs: ArraySlice<Int>
    ) {
        var prefix = 0
        while prefix < oursIDs.count && prefix < theirsIDs.count
            && oursIDs[oursIDs.startIndex + prefix] == theirsIDs[theirsIDs.startIndex + prefix]
        {
            prefix += 1
        }
        var suffix = 0
        while suffix < oursIDs.count - prefix && suffix < theirsIDs.count - prefix
            && oursIDs[oursIDs.endIndex - 1 - suffix] == theirsIDs[theirsIDs.endIndex - 1 - suffix]
        {
            suffix += 1
        }
        self.ours(ours.prefix(prefix))
        conflictUntrimmed(ours: ours.dropFirst(prefix).dropLast(suffix), theirs: theirs.dropFirst(prefix).dropLast(suffix))
        self.ours(ours.suffix(suffix))
    }

    /// A conflict block with both sides whole.
    mutating func conflictUntrimmed(ours: ArraySlice<TextLines.Line>, theirs: ArraySlice<TextLines.Line>) {
        emit("<<<<<<< " + labels.ours, ending)
        let start = lineCount
        for line in ours { emit(line.text, line.ending == .none ? ending : line.ending) }
        emit("=======", ending)
        let separator = lineCount
        for line in theirs { emit(line.text, ending) }
        emit(">>>>>>> " + labels.theirs, ending)
        conflicts.append(ConflictRegion(startLine: start, separatorLine: separator, endLine: lineCount))
    }

    private mutating func emit(_ text: Substring, _ lineEnding: TextLines.Ending) {
        if let pending = pendingUnterminated {
            append(pending, ending)
            pendingUnterminated = nil
        }
        lineCount += 1
        if lineEnding == .none {
            pendingUnterminated = text
        } else {
            append(text, lineEnding)
        }
    }

    /// Writes a line and its ending. A line whose text ends in CR gets CRLF even in an LF file: with a bare
    /// LF it would read back as a CRLF line and lose the CR that belongs to its text.
    private mutating func append(_ text: Substring, _ lineEnding: TextLines.Ending) {
        out += text
        out += lineEnding == .lf && text.unicodeScalars.last == "\r" ? TextLines.Ending.crlf.rawValue : lineEnding.rawValue
    }

    private mutating func emit(_ text: String, _ lineEnding: TextLines.Ending) {
        emit(Substring(text), lineEnding)
    }

    mutating func finish() -> MergeResult {
        if let pending = pendingUnterminated {
            out += pending
            pendingUnterminated = nil
        }
        return MergeResult(text: out, conflicts: conflicts)
    }
}
