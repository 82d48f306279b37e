/// Finds conflict markers left in a file by an earlier merge, so `pmo update` can refuse to merge on top of them.
package enum ConflictMarkers {
    /// The 1-based line numbers of lines that start with `<<<<<<<` or `>>>>>>>` (followed by a space or the end
    /// of the line). `=======` alone is not counted: it is also a Markdown heading underline.
    package static func lines(in text: String) -> [Int] {
        var result: [Int] = []
        for (index, line) in TextLines(text).lines.enumerated() where isMarker(line.text) {
            result.append(index + 1)
        }
        return result
    }

    static func isMarker(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        guard utf8.count >= 7, let first = utf8.first, first == UInt8(ascii: "<") || first == UInt8(ascii: ">") else { return false }
        var index = utf8.startIndex
        for _ in 0..<7 {
            if utf8[index] != first { return false }
            index = utf8.index(after: index)
        }
        return index == utf8.endIndex || utf8[index] == UInt8(ascii: " ")
    }
}
