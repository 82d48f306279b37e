import PMOSupport
import PMOYAML
import Testing

/// Byte offsets in files with multi-byte characters, where libyaml counts characters: the loader
/// jumps over a plain scalar on one line by its length in bytes instead of walking it.
struct PositionTests {
    @Test func rangesCoverTheirSourceBytes() throws {
        let text = "名前: 委託先 評価\nタグ: [調達, \"引用\", 計画 済]\n次: &a 値の名\n別: !!str 文字\n長い: 複数の\n  行の値\n後: 最後の値"
        let bytes = Array(text.utf8)
        let root = try #require(try YAMLLoader().load(text).documents.first)
        func source(_ node: Node?) -> String? {
            node.map { String(decoding: bytes[$0.range.start.offset..<$0.range.end.offset], as: UTF8.self) }
        }
        #expect(root.mapping?.map { source($0.key) } == ["名前", "タグ", "次", "別", "長い", "後"])
        #expect(source(root["名前"]) == "委託先 評価")
        #expect(root["タグ"]?.sequence?.map { source($0) } == ["調達", "\"引用\"", "計画 済"])
        // An anchor or a tag is part of the node's range, so its end is not the text's length away.
        #expect(source(root["次"]) == "&a 値の名")
        #expect(source(root["別"]) == "!!str 文字")
        #expect(source(root["長い"]) == "複数の\n  行の値")
        #expect(source(root["後"]) == "最後の値")
        #expect(root["後"]?.range.end == SourceLocation(line: 7, column: 8, offset: bytes.count))
    }
}
