/// A plain-text table whose columns line up for Japanese text (East Asian wide characters count two columns).
package struct TextTable {
    package var headers: [String]
    package var rows: [[String]] = []

    package init(_ headers: [String]) {
        self.headers = headers
    }

    package mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The table, two spaces between columns, no trailing spaces.
    package func render() -> String {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                out += i == cells.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i]) + "  "
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}
