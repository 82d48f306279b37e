import CYAML
import PMOSupport

/// Turning libyaml's parser and reader errors into diagnostics at the right position.
extension TreeBuilder {
    /// The diagnostic for libyaml's error, reworded where libyaml's words do not help a user.
    mutating func parserError(_ parser: yaml_parser_t) -> Diagnostic {
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
