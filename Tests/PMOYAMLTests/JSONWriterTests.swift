import PMOYAML
import Testing

/// The strict JSON view of loaded documents (what `pmo convert --to json` prints).
struct JSONWriterTests {
    private func json(_ yaml: String) throws -> String {
        JSONWriter.json(try YAMLText.document(yaml))
    }

    @Test func mappingsAndSequencesKeepSourceOrder() throws {
        #expect(try json("b: 1\na: [x, {y: null}]\n") == #"{"b":1,"a":["x",{"y":null}]}"#)
    }

    @Test func scalarsAreTyped() throws {
        #expect(try json("[true, ~, 42, -7, 0x10, 1.5, 'text', \"1\"]") == #"[true,null,42,-7,16,1.5,"text","1"]"#)
    }

    @Test func stringEscapes() throws {
        let text = #"s: "q\" b\\ n\n r\r t\t \u0001 \u001f \u007f é 日""# + "\n"
        #expect(try json(text) == #"{"s":"q\" b\\ n\n r\r t\t \u0001 \u001f "# + "\u{7F} é 日\"}")
    }

    @Test func nonStringKeysAreWrittenInCanonicalForm() throws {
        #expect(try json("1: a\ntrue: b\n~: c\n1.5: d\n0x10: e\n") == #"{"1":"a","true":"b","null":"c","1.5":"d","16":"e"}"#)
    }

    @Test func floatsUseShortestRoundTripDigits() throws {
        #expect(try json("[1e3, 0.1, -0.0, 6.02e23, 1e-7]") == "[1000.0,0.1,-0.0,6.02e+23,1e-07]")
    }

    @Test func nonFiniteFloatsBecomeStrings() throws {
        #expect(try json("[.inf, -.inf, .nan]") == #"[".inf","-.inf",".nan"]"#)
    }

    @Test func emptyCollections() throws {
        #expect(try json("a: []\nb: {}\n") == #"{"a":[],"b":{}}"#)
    }

    @Test func nullDocumentIsNull() throws {
        let stream = try YAMLLoader().load("---\n")
        #expect(stream.documents.map(JSONWriter.json) == ["null"])
    }

    @Test func mergedKeysAppearOnce() throws {
        #expect(try json("a: &a {x: 1}\nb: {<<: *a, x: 2}\n") == #"{"a":{"x":1},"b":{"x":2}}"#)
    }

    @Test func writeAppendsToExistingText() throws {
        var out = "> "
        JSONWriter.write(try YAMLText.document("[1]"), into: &out)
        #expect(out == "> [1]")
    }

    @Test func writeStringQuotesAndEscapes() {
        var out = ""
        JSONWriter.writeString("a\"b\u{8}", into: &out)
        #expect(out == #""a\"b\u0008""#)
    }

    @Test func deepDocumentWritesWithoutRecursion() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(JSONWriter.json(try YAMLText.document(text)) == text)
    }
}
