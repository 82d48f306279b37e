/// GFM table lines: the delimiter row (`| :-- | :-: |`) and the cells of a row.
enum TableRow {
    /// The column alignments of a delimiter row, or nil when the line is not one. A delimiter row
    /// needs at least one `|`, so that `---` under a paragraph stays a setext heading.
    static func delimiterRow(_ line: ArraySlice<UInt8>) -> [TableAlignment]? {
        guard line.contains(0x7C) else { return nil }
        var alignments: [TableAlignment] = []
        for cell in split(line) {
            var low = cell.startIndex
            var high = cell.endIndex
            while low < high, ByteClass.isSpaceOrTab(cell[low]) { low += 1 }
            while high > low, ByteClass.isSpaceOrTab(cell[high - 1]) { high -= 1 }
            let left = low < high && cell[low] == 0x3A
            let right = high > low && cell[high - 1] == 0x3A
            if left { low += 1 }
            if right, high > low { high -= 1 }
            guard low < high, cell[low..<high].allSatisfy({ $0 == 0x2D }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : TableAlignment.none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The trimmed cells of a row, with `\|` turned into `|`.
    static func cells(_ line: ArraySlice<UInt8>) -> [[UInt8]] {
        split(line).map { cell in
            var out: [UInt8] = []
            out.reserveCapacity(cell.count)
            var index = cell.startIndex
            while index < cell.endIndex {
                if cell[index] == 0x5C, index + 1 < cell.endIndex, cell[index + 1] == 0x7C { index += 1 }
                out.append(cell[index])
                index += 1
            }
            var low = 0
            var high = out.count
            while low < high, ByteClass.isSpaceOrTab(out[low]) { low += 1 }
            while high > low, ByteClass.isSpaceOrTab(out[high - 1]) { high -= 1 }
            return Array(out[low..<high])
        }
    }

    /// The line split at unescaped `|`, without an outer leading or trailing pipe.
    private static func split(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var low = line.startIndex
        var high = line.endIndex
        while low < high, ByteClass.isSpaceOrTab(line[low]) { low += 1 }
        while high > low, ByteClass.isSpaceOrTab(line[high - 1]) { high -= 1 }
        if low < high, line[low] == 0x7C { low += 1 }
        if high > low, line[high - 1] == 0x7C, !(high - 2 >= low && line[high - 2] == 0x5C) { high -= 1 }
        var cells: [ArraySlice<UInt8>] = []
        var cellStart = low
        var index = low
        while index < high {
            if line[index] == 0x5C { index += 2; continue }
            if line[index] == 0x7C {
                cells.append(line[cellStart..<index])
                cellStart = index + 1
            }
            index += 1
        }
        cells.append(line[cellStart..<min(high, line.endIndex)])
        return cells
    }
}
