/// A text split into lines, each keeping its own line ending, so a merge can give back CRLF files as CRLF.
public struct TextLines: Sendable, Hashable {
    /// How one line ends.
    package enum Ending: String, Sendable, Hashable {
        case lf = "\n"
        case crlf = "\r\n"
        /// The last line of a file without a final newline.
        case none = ""
    }

    /// One line: its text without the ending, and the ending.
    public struct Line: Sendable, Hashable {
        public var text: Substring
        package var ending: Ending

        /// The key lines are compared by: the text, and whether it is the unterminated last line.
        /// CRLF and LF compare equal, so a team that converted a file to CRLF does not conflict with every change.
        var key: LineKey { LineKey(text: text, unterminated: ending == .none) }
    }

    struct LineKey: Hashable {
        var text: Substring
        var unterminated: Bool
    }

    public var lines: [Line]

    /// Splits `text` at LF; a CR right before the LF belongs to the ending.
    public init(_ text: String) {
        var lines: [Line] = []
        var start = text.startIndex
        var index = text.startIndex
        // Swift treats "\r\n" as one Character; walk the unicode scalars so both endings are seen.
        let scalars = text.unicodeScalars
        var scalarIndex = scalars.startIndex
        while scalarIndex < scalars.endIndex {
            let scalar = scalars[scalarIndex]
            let next = scalars.index(after: scalarIndex)
            if scalar == "\n" {
                index = scalarIndex
                var ending = Ending.lf
                var textEnd = index
                if index > start {
                    let before = scalars.index(before: index)
                    if scalars[before] == "\r" {
                        ending = .crlf
                        textEnd = before
                    }
                }
                lines.append(Line(text: text[start..<textEnd], ending: ending))
                start = next
            }
            scalarIndex = next
        }
        if start < text.endIndex {
            lines.append(Line(text: text[start..<text.endIndex], ending: .none))
        }
        self.lines = lines
    }

    /// The ending most lines use (CRLF only when it is the majority); LF for a text without endings.
    package var dominantEnding: Ending {
        var crlf = 0
        var lf = 0
        for line in lines {
            switch line.ending {
            case .crlf: crlf += 1
            case .lf: lf += 1
            case .none: break
            }
        }
        return crlf > lf ? .crlf : .lf
    }
}
