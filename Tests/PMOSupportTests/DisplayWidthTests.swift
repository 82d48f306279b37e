import PMOSupport
import Testing

/// Terminal widths: East Asian wide characters take two columns, combining marks none.
struct DisplayWidthTests {
    @Test(
        arguments: [
            ("abc", 3), ("", 0), ("日本語", 6), ("進捗 report", 11), ("ｱｲｳ", 3), ("ＡＢ", 4),
            ("한국", 4), ("😀", 2), ("e\u{301}", 1), ("が", 2), ("か\u{3099}", 2), ("\t", 0), ("「」、。", 8),
        ] as [(String, Int)])
    func widthOfText(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func widthOfScalars() {
        #expect(DisplayWidth.of(Unicode.Scalar(0)) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x7F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of("A" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("…" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("漢" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2)
    }

    @Test func padAddsSpacesUpToTheDisplayWidth() {
        #expect(DisplayWidth.pad("日本", to: 6) == "日本  ")
        #expect(DisplayWidth.pad("ab", to: 4) == "ab  ")
        #expect(DisplayWidth.pad("日本語", to: 4) == "日本語")
    }
}
