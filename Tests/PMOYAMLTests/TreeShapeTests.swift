import PMOSupport
import PMOYAML
import Testing

/// The node tree: shapes, key order and source ranges (lines, scalar columns, byte offsets).
struct TreeShapeTests {
    @Test func mappingKeepsKeysInSourceOrder() throws {
        let root = try YAMLText.document("zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(root.mapping?.map { $0.key.string } == ["zeta", "alpha", "mid"])
        #expect(root["alpha"]?.value == .int(2))
        #expect(root["missing"] == nil)
        #expect(root.kindDescription == "a mapping")
    }

    @Test func nestedSequencesAndMappings() throws {
        let root = try YAMLText.document("items:\n  - id: KO-01\n    tags: [a, b]\n  - plain\n  - [1, {x: y}]\n")
        let items = try #require(root["items"]?.sequence)
        #expect(items.count == 3)
        #expect(items[0]["id"]?.string == "KO-01")
        #expect(items[0]["tags"]?.values == [.string("a"), .string("b")])
        #expect(items[1].string == "plain")
        #expect(items[2].sequence?[1]["x"]?.string == "y")
        #expect(items[2].kindDescription == "a list")
    }

    /// Open collections keep their children in buffers they share: an inner collection's children
    /// and keys must neither leak into the one around it nor count as its duplicates.
    @Test func nestedCollectionsKeepTheirOwnChildrenAndKeys() throws {
        let root = try YAMLText.document("a: {a: 1, b: [a, {a: 2, b: [[], {}]}, c]}\nb: [x]\nc: {}\n")
        #expect(root.mapping?.map { $0.key.string } == ["a", "b", "c"])
        let inner = try #require(root["a"])
        #expect(inner.mapping?.map { $0.key.string } == ["a", "b"])
        let list = try #require(inner["b"]?.sequence)
        #expect(list.count == 3)
        #expect(list[0].string == "a" && list[2].string == "c")
        #expect(list[1]["a"]?.value == .int(2))
        #expect(list[1]["b"]?.sequence?.map(\.kindDescription) == ["a list", "a mapping"])
        #expect(root["b"]?.values == [.string("x")])
        #expect(root["c"]?.mapping?.isEmpty == true)
    }

    @Test func scalarRangesAreLineColumnAndByteOffset() throws {
        let root = try YAMLText.document("name: value\nlist:\n  - 12\n")
        let name = try #require(root.entry(forKey: "name"))
        #expect(name.key.range == SourceRange(start: .init(line: 1, column: 1, offset: 0), end: .init(line: 1, column: 5, offset: 4)))
        #expect(name.value.range == SourceRange(start: .init(line: 1, column: 7, offset: 6), end: .init(line: 1, column: 12, offset: 11)))
        let item = try #require(root["list"]?.sequence?.first)
        #expect(item.range.start == SourceLocation(line: 3, column: 5, offset: 22))
        #expect(item.range.end == SourceLocation(line: 3, column: 7, offset: 24))
    }

    @Test func japaneseColumnsCountUnicodeScalarsAndOffsetsCountBytes() throws {
        let stream = try Fixture.load("japanese.yaml")
        let root = try #require(stream.documents.first)
        let title = try #require(root["metadata"]?.entry(forKey: "title"))
        // "  title: 進捗管理の手引き" on line 5, which starts at byte 63.
        #expect(title.key.range.start == SourceLocation(line: 5, column: 3, offset: 65))
        #expect(title.value.string == "進捗管理の手引き")
        #expect(title.value.range.start == SourceLocation(line: 5, column: 10, offset: 72))
        // 8 kanji/kana: 8 columns and 24 bytes further.
        #expect(title.value.range.end == SourceLocation(line: 5, column: 18, offset: 96))
        // After Japanese text on an earlier line, columns and offsets stay right.
        let tags = try #require(root["metadata"]?["tags"]?.sequence)
        #expect(tags.map(\.at) == [[6, 10], [6, 14]])
        #expect(tags.map(\.range.start.offset) == [106, 114])
        let body = try #require(root["spec"]?["body"])
        #expect(body.scalar?.style == .literal)
        #expect(body.string == "## 目的\n進捗を見える化する。\n")
        #expect(body.at == [8, 9])
    }

    @Test func collectionRangesSpanTheirContent() throws {
        let root = try YAMLText.document("a: [1, 22]\nb: {k: v}\n")
        let flow = try #require(root["a"])
        #expect(flow.range.start == SourceLocation(line: 1, column: 4, offset: 3))
        #expect(flow.range.end == SourceLocation(line: 1, column: 11, offset: 10))
        let map = try #require(root["b"])
        #expect(map.range.start == SourceLocation(line: 2, column: 4, offset: 14))
        #expect(map.range.end == SourceLocation(line: 2, column: 10, offset: 20))
        #expect(root.range.start == SourceLocation(line: 1, column: 1, offset: 0))
    }

    @Test func windowsLineEndingsCountAsOneBreak() throws {
        let root = try YAMLText.document("a: 1\r\nb: 2\r\n")
        #expect(root["b"]?.at == [2, 4])
        #expect(root["b"]?.range.start.offset == 9)
    }

    @Test func utf8ByteOrderMarkIsSkippedButCountedInOffsets() throws {
        let source = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8))
        let root = try #require(try YAMLLoader().load(source).documents.first)
        #expect(root["a"]?.value == .int(1))
        #expect(root["b"]?.range.start == SourceLocation(line: 2, column: 4, offset: 11))
    }

    @Test func scalarStylesAreKept() throws {
        let root = try YAMLText.document("p: x\ns: 'x'\nd: \"x\"\nl: |\n  x\nf: >\n  x\n  y\n")
        #expect(root["p"]?.scalar?.style == .plain)
        #expect(root["s"]?.scalar?.style == .singleQuoted)
        #expect(root["d"]?.scalar?.style == .doubleQuoted)
        #expect(root["l"]?.scalar?.style == .literal)
        #expect(root["f"]?.scalar == Scalar(value: .string("x y\n"), text: "x y\n", style: .folded))
    }

    @Test func doubleQuotedEscapesAreDecoded() throws {
        let root = try YAMLText.document(#"s: "tab\there \u65E5 \"q\"""# + "\n")
        #expect(root["s"]?.string == "tab\there 日 \"q\"")
    }

    @Test func aliasesCopyTheAnchoredNodeAtTheAliasPosition() throws {
        let root = try YAMLText.document("a: &x {k: v}\nb: *x\n")
        #expect(root["b"]?["k"]?.string == "v")
        #expect(root["b"]?.at == [2, 4])
        #expect(root["a"]?.at == [1, 4])
    }

    @Test func topLevelListLoadsAsASequence() throws {
        // Whether a document must be a mapping is the catalog's rule; the loader just reports the shape.
        let stream = try Fixture.load("bad/top-level-list.yaml")
        #expect(stream.documents.count == 1)
        #expect(stream.documents[0].sequence?.count == 2)
        #expect(stream.documents[0].mapping == nil)
        #expect(stream.documents[0].kindDescription == "a list")
    }

    @Test func topLevelScalarLoadsAsAScalar() throws {
        let root = try YAMLText.document("just text\n")
        #expect(root.string == "just text")
        #expect(root.kindDescription == "a string")
    }

    @Test func streamKeepsItsSource() throws {
        let stream = try YAMLLoader().load("a: 1\n", path: "x/y.yaml")
        #expect(stream.source.path == "x/y.yaml")
        #expect(stream.source.bytes == Array("a: 1\n".utf8))
    }
}
