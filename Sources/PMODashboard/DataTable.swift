import Foundation
import PMOSupport

/// A table of a dashboard page as data, which every page can also send as CSV or JSON.
package struct DataTable: Sendable, Hashable {
    /// One cell: text, or a number (numbers are never prefixed against formula injection).
    package enum Cell: Sendable, Hashable {
        case text(String)
        case number(Int)
        case empty

        var plain: String {
            switch self {
            case .text(let text): return text
            case .number(let number): return String(number)
            case .empty: return ""
            }
        }
    }

    /// What `?table=` names (`projects`, `findings`, …).
    package var name: String
    /// Column keys (JSON members) and their Japanese headings (CSV header).
    package var columns: [(key: String, heading: String)]
    package var rows: [[Cell]]

    package init(name: String, columns: [(key: String, heading: String)], rows: [[Cell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// RFC 4180 CSV in UTF-8 with a byte-order mark (so that Excel reads Japanese), CRLF line ends. A text cell
    /// that starts with `= + - @`, a tab or a carriage return gets a leading `'`, so that a spreadsheet shows it
    /// instead of running it as a formula.
    package var csv: Data {
        var text = "\u{FEFF}"
        text += columns.map { Self.csvField($0.heading) }.joined(separator: ",") + "\r\n"
        for row in rows {
            text +=
                row.map { cell -> String in
                    switch cell {
                    case .text(let value): return Self.csvField(value)
                    case .number(let number): return String(number)
                    case .empty: return ""
                    }
                }.joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// `{"table": NAME, "rows": [{KEY: VALUE, …}, …]}` with numbers as numbers and empty cells as null.
    package var json: Data {
        var out = "{\"table\":" + Self.jsonString(name) + ",\"rows\":["
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "," }
            out += "{"
            for (position, column) in columns.enumerated() {
                if position > 0 { out += "," }
                let cell = position < row.count ? row[position] : .empty
                let value: String
                switch cell {
                case .text(let text): value = Self.jsonString(text)
                case .number(let number): value = String(number)
                case .empty: value = "null"
                }
                out += Self.jsonString(column.key) + ":" + value
            }
            out += "}"
        }
        return Data((out + "]}").utf8)
    }

    static func csvField(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` as a quoted JSON string, U+2028 and U+2029 escaped too.
    static func jsonString(_ text: String) -> String {
        var out = ""
        JSONString.append(text, to: &out, escapingLineSeparators: true)
        return out
    }

    package static func == (lhs: DataTable, rhs: DataTable) -> Bool {
        lhs.name == rhs.name && lhs.columns.map(\.key) == rhs.columns.map(\.key) && lhs.rows == rhs.rows
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(rows)
    }
}
