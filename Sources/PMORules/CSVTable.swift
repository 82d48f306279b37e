/// A CSV file (RFC 4180: quotes, doubled quotes, line breaks inside quotes) with the position of every cell.
package struct CSVTable: Sendable, Hashable {
    /// One cell: its text and where it starts.
    package struct Cell: Sendable, Hashable {
        package var text: String
        /// 1-based line of the cell's first character.
        package var line: Int
        /// 1-based column (Unicode scalars) of the cell's first character.
        package var column: Int
    }

    /// The rows in file order; the first one is the header. Blank lines are skipped.
    package var rows: [[Cell]]

    /// The header row (empty for an empty file).
    package var header: [Cell] { rows.first ?? [] }
    /// The data rows.
    package var records: ArraySlice<[Cell]> { rows.dropFirst() }

    /// Parses CSV text; a leading byte-order mark is ignored.
    package init(parsing text: String) {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = String.UnicodeScalarView()
        var fieldLine = 1
        var fieldColumn = 1
        var line = 1
        var column = 1
        var quoted = false
        var atFieldStart = true
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0

        func endField() {
            // An empty field never saw a character: it sits where the separator is.
            if atFieldStart { fieldLine = line; fieldColumn = column }
            row.append(Cell(text: String(field), line: fieldLine, column: fieldColumn))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if atFieldStart {
                fieldLine = line; fieldColumn = column
                atFieldStart = false
                if scalar == "\"" {
                    quoted = true
                    index += 1; column += 1
                    continue
                }
            }
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\""); index += 2; column += 2
                    } else {
                        quoted = false; index += 1; column += 1
                    }
                    continue
                }
                field.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
                continue
            }
            switch scalar {
            case ",":
                endField()
                index += 1; column += 1
            case "\r", "\n":
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRow()
                index += 1; line += 1; column = 1
            default:
                field.append(scalar)
                index += 1; column += 1
            }
        }
        if !atFieldStart || !row.isEmpty { endRow() }
        self.rows = rows
    }
}
