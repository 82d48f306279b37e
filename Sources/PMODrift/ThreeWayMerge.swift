/// Line-based three-way merge (diff3, as `git merge-file` does it): changes made on one side only are taken,
/// identical changes are taken once, and regions both sides changed differently become inline conflicts.
public enum ThreeWayMerge {
    /// The largest edit distance the diff explores (its trace is O(D²) memory); past it the merge decides per whole file.
    public static let defaultMaxEdits = 2_000

    /// Merges `ours` and `theirs`, both derived from `base`.
    ///
    /// Lines are compared without their endings; lines kept from `ours` keep their own ending and every other
    /// line gets `ours`' dominant ending, so a CRLF project file stays CRLF. A missing final newline is kept
    /// when the last line survives as it was. Inputs further apart than `maxEdits` lines are not diffed: the
    /// result is then `theirs` when `ours` is unchanged, `ours` when `theirs` is unchanged, and otherwise one
    /// conflict over the whole file.
    public static func merge(
        base: String, ours: String, theirs: String, labels: MergeLabels,
        maxEdits: Int = defaultMaxEdits
    ) -> MergeResult {
        let baseLines = TextLines(base).lines
        let oursText = TextLines(ours)
        let theirsText = TextLines(theirs)
        let oursLines = oursText.lines
        let theirsLines = theirsText.lines

        var ids: [TextLines.LineKey: Int] = [:]
        func intern(_ lines: [TextLines.Line]) -> [Int] {
            lines.map { line in
                let key = line.key
                if let id = ids[key] { return id }
                let id = ids.count
                ids[key] = id
                return id
            }
        }
        let b = intern(baseLines)
        let o = intern(oursLines)
        let t = intern(theirsLines)

        let regions = syncRegions(base: b, ours: o, theirs: t, maxEdits: maxEdits)
        var writer = MergeWriter(ending: oursLines.isEmpty ? theirsText.dominantEnding : oursText.dominantEnding, labels: labels)
        var iz = 0
        var ia = 0
        var ib = 0
        for region in regions {
            let changedOurs = region.ours.lowerBound > ia
            let changedTheirs = region.theirs.lowerBound > ib
            let baseChunk = b[iz..<region.base.lowerBound]
            let oursChunk = o[ia..<region.ours.lowerBound]
            let theirsChunk = t[ib..<region.theirs.lowerBound]
            if changedOurs || changedTheirs {
                let oursEqualsBase = oursChunk.elementsEqual(baseChunk)
                let theirsEqualsBase = theirsChunk.elementsEqual(baseChunk)
                if oursChunk.elementsEqual(theirsChunk) || theirsEqualsBase {
                    writer.ours(oursLines[ia..<region.ours.lowerBound])
                } else if oursEqualsBase {
                    writer.other(theirsLines[ib..<region.theirs.lowerBound])
                } else {
                    writer.conflict(
                        ours: oursLines[ia..<region.ours.lowerBound], oursIDs: oursChunk,
                        theirs: theirsLines[ib..<region.theirs.lowerBound], theirsIDs: theirsChunk)
                }
            }
            // The stable lines are equal in all three; ours' copy keeps the team's line endings.
            writer.ours(oursLines[region.ours])
            iz = region.base.upperBound
            ia = region.ours.upperBound
            ib = region.theirs.upperBound
        }
        return writer.finish()
    }

    /// One conflict over the whole file: what `update` writes for a modified file when the base cannot be
    /// rebuilt (no catalog history), so a local change is never silently overwritten. Equal texts merge cleanly.
    package static func wholeFileConflict(ours: String, theirs: String, labels: MergeLabels) -> MergeResult {
        let oursText = TextLines(ours)
        let theirsText = TextLines(theirs)
        var writer = MergeWriter(ending: oursText.lines.isEmpty ? theirsText.dominantEnding : oursText.dominantEnding, labels: labels)
        if oursText.lines.map(\.key) == theirsText.lines.map(\.key) {
            writer.ours(oursText.lines[...])
        } else {
            writer.conflictUntrimmed(ours: oursText.lines[...], theirs: theirsText.lines[...])
        }
        return writer.finish()
    }

    /// A run of lines equal in base, ours and theirs.
    struct SyncRegion {
        var base: Range<Int>
        var ours: Range<Int>
        var theirs: Range<Int>
    }

    /// The stable regions (bzr's merge3 `find_sync_regions`): intersections of the base→ours and base→theirs
    /// matching blocks, ending with an empty region at the ends of all three.
    static func syncRegions(base: [Int], ours: [Int], theirs: [Int], maxEdits: Int) -> [SyncRegion] {
        let end = SyncRegion(base: base.count..<base.count, ours: ours.count..<ours.count, theirs: theirs.count..<theirs.count)
        guard let oursBlocks = LineDiff.matchingBlocks(base, ours, maxEdits: maxEdits),
            let theirsBlocks = LineDiff.matchingBlocks(base, theirs, maxEdits: maxEdits)
        else {
            return [end]
        }
        var regions: [SyncRegion] = []
        var i = 0
        var j = 0
        while i < oursBlocks.count && j < theirsBlocks.count {
            let a = oursBlocks[i]
            let c = theirsBlocks[j]
            let low = max(a.old, c.old)
            let high = min(a.old + a.count, c.old + c.count)
            if low < high {
                let oursStart = a.new + (low - a.old)
                let theirsStart = c.new + (low - c.old)
                let count = high - low
                regions.append(
                    SyncRegion(
                        base: low..<high, ours: oursStart..<(oursStart + count),
                        theirs: theirsStart..<(theirsStart + count)))
            }
            if a.old + a.count < c.old + c.count { i += 1 } else { j += 1 }
        }
        regions.append(end)
        return regions
    }
}

/// The labels written on conflict markers: `<<<<<<< project` … `>>>>>>> standard 1.4.0`.
public struct MergeLabels: Sendable, Hashable {
    package var ours: String
    package var theirs: String

    /// Labels for merging the standard at `version` into the project's file.
    package init(ours: String = "project", theirs: String) {
        self.ours = ours
        self.theirs = theirs
    }

    /// The labels `pmo update` writes when taking in version `version` of a standard.
    public static func standard(_ version: String) -> MergeLabels {
        MergeLabels(theirs: "standard " + version)
    }
}
