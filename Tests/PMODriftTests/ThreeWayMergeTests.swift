import Testing

@testable import PMODrift

/// The diff3 merge on small hand-written cases: what `git merge-file` would do.
struct ThreeWayMergeTests {
    let labels = MergeLabels.standard("2.2.0")

    func merge(_ base: String, _ ours: String, _ theirs: String) -> MergeResult {
        ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, labels: labels)
    }

    @Test func changesOnDifferentLinesMergeCleanly() {
        let base = "# 進捗報告書\n\n## 今週の実績\n- a\n\n## 来週の予定\n- b\n"
        let ours = "# 進捗報告書\n\n## 今週の実績\n- a\n- チームが追記\n\n## 来週の予定\n- b\n"
        let theirs = "# 進捗報告書\n\n## 今週の実績\n- a\n\n## 来週の予定\n- b\n\n## 課題\n- なし\n"
        let result = merge(base, ours, theirs)
        #expect(result.isClean)
        #expect(result.text == "# 進捗報告書\n\n## 今週の実績\n- a\n- チームが追記\n\n## 来週の予定\n- b\n\n## 課題\n- なし\n")
    }

    @Test func identicalChangesAreTakenOnce() {
        let result = merge("a\nb\nc\n", "a\nB\nc\n", "a\nB\nc\n")
        #expect(result.isClean)
        #expect(result.text == "a\nB\nc\n")
    }

    @Test func differentChangesToTheSameLineConflict() {
        let result = merge("a\nb\nc\n", "a\nours\nc\n", "a\ntheirs\nc\n")
        #expect(result.text == "a\n<<<<<<< project\nours\n=======\ntheirs\n>>>>>>> standard 2.2.0\nc\n")
        #expect(result.conflicts == [ConflictRegion(startLine: 2, separatorLine: 4, endLine: 6)])
    }

    @Test func conflictsKeepCommonLinesOutsideTheBlock() {
        let result = merge("x\n", "same\nours\nend\n", "same\ntheirs\nend\n")
        #expect(result.text == "same\n<<<<<<< project\nours\n=======\ntheirs\n>>>>>>> standard 2.2.0\nend\n")
    }

    @Test func deletionOnOneSideIsTaken() {
        #expect(merge("a\nb\nc\n", "a\nc\n", "a\nb\nc\nd\n").text == "a\nc\nd\n")
    }

    @Test func deletionAgainstAnEditConflicts() {
        let result = merge("a\nb\nc\n", "a\nc\n", "a\nB\nc\n")
        #expect(result.text == "a\n<<<<<<< project\n=======\nB\n>>>>>>> standard 2.2.0\nc\n")
        #expect(result.conflicts.count == 1)
    }

    @Test func crlfFileStaysCRLF() {
        let base = "a\nb\nc\n"
        let ours = "a\r\nb\r\nc\r\nteam\r\n"
        let theirs = "new\na\nb\nc\n"
        let result = merge(base, ours, theirs)
        #expect(result.isClean)
        #expect(result.text == "new\r\na\r\nb\r\nc\r\nteam\r\n")
    }

    @Test func crlfConflictMarkersUseCRLF() {
        let result = merge("a\r\nb\r\n", "a\r\nX\r\n", "a\r\nY\r\n")
        #expect(result.text == "a\r\n<<<<<<< project\r\nX\r\n=======\r\nY\r\n>>>>>>> standard 2.2.0\r\n")
    }

    @Test func missingFinalNewlineIsKept() {
        let result = merge("a\nb\nc", "A\nb\nc", "a\nb\nc")
        #expect(result.text == "A\nb\nc")
        let theirsEdit = merge("a\nb\nc", "a\nb\nc", "a\nB\nc")
        #expect(theirsEdit.text == "a\nB\nc")
    }

    @Test func unterminatedLineInsideAConflictGetsAnEnding() {
        let result = merge("a\nb", "a\nX", "a\nY")
        #expect(result.text == "a\n<<<<<<< project\nX\n=======\nY\n>>>>>>> standard 2.2.0\n")
    }

    @Test func emptyInputs() {
        #expect(merge("", "", "").text == "")
        #expect(merge("", "", "new\n").text == "new\n")
        #expect(merge("", "team\n", "").text == "team\n")
        #expect(merge("old\n", "", "old\n").text == "")
    }

    @Test func bothAddingDifferentFilesFromNothingConflicts() {
        let result = merge("", "team\n", "standard\n")
        #expect(result.conflicts.count == 1)
    }

    @Test func pastTheEditCapUnchangedOursTakesTheirs() {
        let base = (0..<300).map { "b\($0)" }.joined(separator: "\n") + "\n"
        let theirs = (0..<300).map { "t\($0)" }.joined(separator: "\n") + "\n"
        let result = ThreeWayMerge.merge(base: base, ours: base, theirs: theirs, labels: labels, maxEdits: 10)
        #expect(result.text == theirs)
        #expect(result.isClean)
    }

    @Test func pastTheEditCapBothChangedIsOneWholeFileConflict() {
        let base = (0..<300).map { "b\($0)" }.joined(separator: "\n") + "\n"
        let ours = (0..<300).map { "o\($0)" }.joined(separator: "\n") + "\n"
        let theirs = (0..<300).map { "t\($0)" }.joined(separator: "\n") + "\n"
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, labels: labels, maxEdits: 10)
        #expect(result.conflicts == [ConflictRegion(startLine: 1, separatorLine: 302, endLine: 603)])
    }

    @Test func wholeFileConflictKeepsBothFilesWhole() {
        let result = ThreeWayMerge.wholeFileConflict(ours: "a\nteam\n", theirs: "a\nnew\n", labels: labels)
        #expect(result.text == "<<<<<<< project\na\nteam\n=======\na\nnew\n>>>>>>> standard 2.2.0\n")
        #expect(ThreeWayMerge.wholeFileConflict(ours: "same\n", theirs: "same\n", labels: labels).isClean)
    }

    @Test func conflictMarkersAreFound() {
        let text = "# 見出し\n=======\n<<<<<<< project\nx\n=======\ny\n>>>>>>> standard 1.0.0\n<<<<<<<<x\n"
        #expect(ConflictMarkers.lines(in: text) == [3, 7])
    }

    @Test func diffFindsAShortestScript() throws {
        let blocks = try #require(LineDiff.matchingBlocks([1, 2, 3, 4, 5], [1, 3, 4, 6, 5]))
        #expect(blocks.map(\.count).reduce(0, +) == 4)
        #expect(blocks.last == LineDiff.Block(old: 5, new: 5, count: 0))
    }
}

/// Bugs found by the merge fuzz target, one test each.
struct MergeRegressionTests {
    @Test func aLineEndingInCarriageReturnKeepsItWhenItGetsAnEnding() {
        // Ours' unterminated last line "a\r" went into a conflict block and got "\n": it read back as "a".
        let result = ThreeWayMerge.merge(base: "x\n", ours: "a\r", theirs: "y\n", labels: .standard("1.0.0"))
        let lines = TextLines(result.text).lines.map { String($0.text) }
        #expect(lines.contains("a\r"))
    }
}
