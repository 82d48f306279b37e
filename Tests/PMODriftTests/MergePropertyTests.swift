import PMOTestSupport
import Testing

@testable import PMODrift

/// Properties of the merge over hundreds of random bases and random edit scripts on both sides.
struct MergePropertyTests {
    static let labels = MergeLabels.standard("9.9.9")

    /// A random base from a small vocabulary, so that repeated lines (the hard case for a diff) are common.
    static func randomBase(_ rng: inout SeededGenerator) -> [String] {
        let count = Int.random(in: 0...25, using: &rng)
        return (0..<count).map { _ in "base line \(Int.random(in: 0..<8, using: &rng))" }
    }

    /// Applies random inserts, deletes and replacements; inserted lines are unique to `side`.
    static func edit(_ lines: [String], side: String, _ rng: inout SeededGenerator) -> [String] {
        var lines = lines
        let edits = Int.random(in: 0...6, using: &rng)
        for n in 0..<edits {
            let position = Int.random(in: 0...lines.count, using: &rng)
            let written =
                Bool.random(using: &rng)
                ? "\(side) wrote \(n) \(Int.random(in: 0..<1000, using: &rng))" : "base line \(Int.random(in: 0..<8, using: &rng))"
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: lines.insert(written, at: position)
            case 1: if position < lines.count { lines.remove(at: position) }
            default: if position < lines.count { lines[position] = written }
            }
        }
        return lines
    }

    static func text(_ lines: [String], _ rng: inout SeededGenerator) -> String {
        let joined = lines.joined(separator: "\n")
        // Sometimes no final newline.
        return lines.isEmpty || Int.random(in: 0..<5, using: &rng) == 0 ? joined : joined + "\n"
    }

    /// The lines of the merged text, split into those outside and inside conflict blocks.
    static func partition(_ merged: MergeResult) -> (outside: [String], inside: [String]) {
        let lines = TextLines(merged.text).lines.map { String($0.text) }
        var outside: [String] = []
        var inside: [String] = []
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if merged.conflicts.contains(where: { $0.startLine <= number && number <= $0.endLine }) {
                inside.append(line)
            } else {
                outside.append(line)
            }
        }
        return (outside, inside)
    }

    @Test(arguments: 0..<6)
    func noLineTheTeamWroteIsLost(batch: Int) {
        for index in 0..<100 {
            let seed = UInt64(batch * 100 + index) &* 7919 &+ 17
            var rng = SeededGenerator(seed: seed)
            let base = Self.randomBase(&rng)
            let ours = Self.edit(base, side: "ours", &rng)
            let theirs = Self.edit(base, side: "theirs", &rng)
            let baseText = Self.text(base, &rng)
            let result = ThreeWayMerge.merge(
                base: baseText, ours: Self.text(ours, &rng), theirs: Self.text(theirs, &rng), labels: Self.labels)
            let (outside, inside) = Self.partition(result)
            let baseSet = Set(base)
            for line in ours where !baseSet.contains(line) {
                #expect(outside.contains(line) || inside.contains(line), "seed \(seed): team line '\(line)' lost")
            }
            // Every conflict block is well formed.
            for conflict in result.conflicts {
                #expect(conflict.startLine < conflict.separatorLine && conflict.separatorLine < conflict.endLine, "seed \(seed)")
            }
        }
    }

    @Test(arguments: 0..<3)
    func unchangedSideTakesTheOther(batch: Int) {
        for index in 0..<100 {
            let seed = UInt64(batch * 100 + index) &* 104_729 &+ 3
            var rng = SeededGenerator(seed: seed)
            let base = Self.text(Self.randomBase(&rng), &rng)
            let changed = Self.text(Self.edit(TextLines(base).lines.map { String($0.text) }, side: "x", &rng), &rng)
            let oursUnchanged = ThreeWayMerge.merge(base: base, ours: base, theirs: changed, labels: Self.labels)
            #expect(oursUnchanged.text == changed && oursUnchanged.isClean, "seed \(seed): ours == base must give theirs")
            let theirsUnchanged = ThreeWayMerge.merge(base: base, ours: changed, theirs: base, labels: Self.labels)
            #expect(theirsUnchanged.text == changed && theirsUnchanged.isClean, "seed \(seed): theirs == base must give ours")
            let same = ThreeWayMerge.merge(base: base, ours: changed, theirs: changed, labels: Self.labels)
            #expect(same.text == changed && same.isClean, "seed \(seed): equal sides merge to themselves")
        }
    }

    @Test func diffBlocksDescribeEqualLines() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int.random(in: 0..<5, using: &rng) }
            let b = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int.random(in: 0..<5, using: &rng) }
            guard let blocks = LineDiff.matchingBlocks(a, b) else {
                Issue.record("no diff")
                continue
            }
            var lastOld = 0
            var lastNew = 0
            for block in blocks {
                #expect(block.old >= lastOld && block.new >= lastNew)
                for i in 0..<block.count { #expect(a[block.old + i] == b[block.new + i]) }
                lastOld = block.old + block.count
                lastNew = block.new + block.count
            }
            // Matched length is the LCS length.
            #expect(blocks.map(\.count).reduce(0, +) == Self.lcs(a, b))
        }
    }

    static func lcs(_ a: [Int], _ b: [Int]) -> Int {
        if a.isEmpty || b.isEmpty { return 0 }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 1...a.count {
            for j in 1...b.count {
                table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1])
            }
        }
        return table[a.count][b.count]
    }
}
