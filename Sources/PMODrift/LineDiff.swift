/// Matching blocks between two line sequences (Myers' O(ND) shortest edit script), as the diff3 merge needs them.
struct LineDiff {
    /// A run of `count` equal lines starting at `old` in the first sequence and `new` in the second.
    struct Block: Equatable {
        var old: Int
        var new: Int
        var count: Int
    }

    /// The matching blocks of `old` → `new`, in order, ending with the sentinel `(old.count, new.count, 0)`;
    /// nil when the two differ by more than `maxEdits` lines (the caller falls back to a whole-file decision).
    static func matchingBlocks(_ old: [Int], _ new: [Int], maxEdits: Int = ThreeWayMerge.defaultMaxEdits) -> [Block]? {
        let n = old.count
        let m = new.count
        var prefix = 0
        while prefix < n && prefix < m && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < n - prefix && suffix < m - prefix && old[n - 1 - suffix] == new[m - 1 - suffix] { suffix += 1 }

        var pairs: [(Int, Int)] = []
        if prefix + suffix < n && prefix + suffix < m {
            let a = old[prefix..<(n - suffix)]
            let b = new[prefix..<(m - suffix)]
            guard let middle = myersPairs(Array(a), Array(b), maxEdits: maxEdits) else { return nil }
            pairs = middle.map { ($0.0 + prefix, $0.1 + prefix) }
        }
        var blocks: [Block] = []
        if prefix > 0 { blocks.append(Block(old: 0, new: 0, count: prefix)) }
        for (i, j) in pairs {
            if var last = blocks.last, last.old + last.count == i, last.new + last.count == j {
                last.count += 1
                blocks[blocks.count - 1] = last
            } else {
                blocks.append(Block(old: i, new: j, count: 1))
            }
        }
        if suffix > 0 {
            let block = Block(old: n - suffix, new: m - suffix, count: suffix)
            if var last = blocks.last, last.old + last.count == block.old, last.new + last.count == block.new {
                last.count += suffix
                blocks[blocks.count - 1] = last
            } else {
                blocks.append(block)
            }
        }
        blocks.append(Block(old: n, new: m, count: 0))
        return blocks
    }

    /// The equal line pairs of a shortest edit script, nil past `maxEdits`.
    private static func myersPairs(_ a: [Int], _ b: [Int], maxEdits: Int) -> [(Int, Int)]? {
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return [] }
        let maxD = min(n + m, maxEdits)
        let offset = maxD + 1
        var v = [Int32](repeating: 0, count: 2 * maxD + 3)
        // trace[d] is the slice v[offset-d ... offset+d] before step d+1, stored flat.
        var trace: [[Int32]] = []
        var found = -1
        outer: for d in 0...maxD {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = Int(v[offset + k + 1])
                } else {
                    x = Int(v[offset + k - 1]) + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = Int32(x)
                if x >= n && y >= m {
                    found = d
                    break outer
                }
                k += 2
            }
        }
        guard found >= 0 else { return nil }
        // Walk back through the trace, collecting the diagonal moves.
        var pairs: [(Int, Int)] = []
        var x = n
        var y = m
        var d = found
        while d > 0 {
            let prev = trace[d]
            let k = x - y
            func at(_ kk: Int) -> Int { Int(prev[kk + d]) }
            let prevK: Int
            if k == -d || (k != d && at(k - 1) < at(k + 1)) {
                prevK = k + 1
            } else {
                prevK = k - 1
            }
            let prevX = at(prevK)
            let prevY = prevX - prevK
            while x > prevX && y > prevY {
                x -= 1
                y -= 1
                pairs.append((x, y))
            }
            x = prevX
            y = prevY
            d -= 1
        }
        while x > 0 && y > 0 {
            x -= 1
            y -= 1
            pairs.append((x, y))
        }
        return pairs.reversed()
    }
}
