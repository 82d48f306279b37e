import PMOYAML
import Testing

/// The YAML 1.2 core schema: which plain scalars are typed, and what stays a string.
struct CoreSchemaTests {
    /// A plain scalar as written and the value the core schema gives it.
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let value: ScalarValue
        var testDescription: String { "'\(text)'" }
        init(_ text: String, _ value: ScalarValue) {
            self.text = text
            self.value = value
        }
    }

    static let typed: [Case] = [
        Case("true", .bool(true)), Case("True", .bool(true)), Case("TRUE", .bool(true)),
        Case("false", .bool(false)), Case("False", .bool(false)), Case("FALSE", .bool(false)),
        Case("null", .null), Case("Null", .null), Case("NULL", .null), Case("~", .null), Case("", .null),
        Case("0", .int(0)), Case("42", .int(42)), Case("-17", .int(-17)), Case("+5", .int(5)),
        Case("0x1F", .int(31)), Case("0xff", .int(255)), Case("0o17", .int(15)),
        Case("9223372036854775807", .int(.max)), Case("-9223372036854775808", .int(.min)),
        Case("1.5", .float(1.5)), Case("-0.5", .float(-0.5)), Case(".5", .float(0.5)), Case("1.", .float(1)),
        Case("1e3", .float(1000)), Case("6.02E+23", .float(6.02e23)), Case("-1.5e-3", .float(-0.0015)),
        Case(".inf", .float(.infinity)), Case(".Inf", .float(.infinity)), Case("+.INF", .float(.infinity)),
        Case("-.inf", .float(-.infinity)), Case("-.Inf", .float(-.infinity)),
    ]

    static let strings: [String] = [
        "yes", "no", "on", "off", "Yes", "NO", "On", "OFF", "y", "n",
        "0777", "00", "-012", "2026-10-01", "2026-10-01T09:00:00Z", "12:30", "1:20:30",
        "0x", "0xZZ", "0o8", "0b101", "1_000", "1.2.0", "1e", "e3", ".", "+", "-x", "--1",
        "tru", "nulll", "NuLL", "tRUE", ".infinity", "nan", "inf", "~~", "1,000", "0x-1",
    ]

    @Test(arguments: typed)
    func plainScalarIsTyped(_ c: Case) throws {
        let root = try YAMLText.document("v: \(c.text)\n")
        #expect(root["v"]?.value == c.value)
        #expect(root["v"]?.scalar?.text == c.text)
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(_ text: String) throws {
        let root = try YAMLText.document("v: \(text)\n")
        #expect(root["v"]?.value?.isNaN == true)
    }

    @Test(arguments: strings)
    func plainScalarStaysAString(_ text: String) throws {
        let root = try YAMLText.document("v: \(text)\n")
        #expect(root["v"]?.value == .string(text))
    }

    @Test func countryNoStaysTheStringNo() throws {
        let root = try Fixture.load("core-schema.yaml").documents[0]
        #expect(root["country"]?.value == .string("no"))
        #expect(root["country"]?.kindDescription == "a string")
    }

    @Test func versionOneDotZeroIsAFloat() throws {
        // The catalog turns this into "quote your version"; the loader must say it is a float.
        let root = try Fixture.load("core-schema.yaml").documents[0]
        #expect(root["version"]?.value == .float(1.0))
        #expect(root["version"]?.scalar?.text == "1.0")
        #expect(root["version"]?.kindDescription == "a float")
    }

    @Test func fixtureTableMatchesTheSchema() throws {
        let root = try Fixture.load("core-schema.yaml").documents[0]
        let bools: [ScalarValue?] = [.bool(true), .bool(true), .bool(true), .bool(false), .bool(false), .bool(false)]
        #expect(root["bools"]?.values == bools)
        #expect(root["nulls"]?.values == [.null, .null, .null, .null])
        #expect(root["empty"]?.isNull == true)
        let ints: [ScalarValue?] = [.int(0), .int(42), .int(-17), .int(5), .int(31), .int(15), .int(.max), .int(.min)]
        #expect(root["ints"]?.values == ints)
        let floats = try #require(root["floats"]?.values)
        #expect(floats.count == 10)
        let finite: [ScalarValue?] = [
            .float(1.5), .float(-0.5), .float(0.5), .float(1000), .float(6.02e23), .float(.infinity), .float(-.infinity), .float(.infinity),
        ]
        #expect(Array(floats.prefix(8)) == finite)
        #expect(floats.suffix(2).allSatisfy { $0?.isNaN == true })
        let strings = try #require(root["strings"]?.sequence)
        #expect(strings.allSatisfy { $0.string == $0.scalar?.text })
        #expect(strings.count == 15)
    }

    @Test(arguments: ["\"true\"", "'42'", "\"null\"", "''", "\"1e3\"", "'~'", "\"0x1F\"", "'.inf'"])
    func quotedScalarIsAlwaysAString(_ text: String) throws {
        let root = try YAMLText.document("v: \(text)\n")
        let expected = String(text.dropFirst().dropLast())
        #expect(root["v"]?.value == .string(expected))
    }

    @Test func blockScalarsAreStrings() throws {
        let root = try YAMLText.document("a: |\n  42\nb: >-\n  true\n")
        #expect(root["a"]?.value == .string("42\n"))
        #expect(root["b"]?.value == .string("true"))
    }

    @Test func nonStringKeysAreTyped() throws {
        let root = try YAMLText.document("1: one\ntrue: yes\n~: nothing\n")
        #expect(root.mapping?.map { $0.key.value } == [.int(1), .bool(true), .null])
    }

    @Test func explicitCoreTagsAreHonoured() throws {
        let root = try Fixture.load("tags.yaml").documents[0]
        #expect(root["str"]?.value == .string("42"))
        #expect(root["int"]?.value == .int(42))
        #expect(root["float"]?.value == .float(1))
        #expect(root["bool"]?.value == .bool(true))
        #expect(root["nothing"]?.value == .null)
        #expect(root["map"]?["a"]?.value == .int(1))
        #expect(root["seq"]?.values == [.int(1), .int(2)])
    }

    @Test func intTagAcceptsALeadingZero() throws {
        let root = try YAMLText.document("v: !!int 0777\n")
        #expect(root["v"]?.value == .int(777))
    }

    @Test func strTagKeepsABooleanLookingValue() throws {
        let root = try YAMLText.document("v: !!str true\n")
        #expect(root["v"]?.value == .string("true"))
    }

    @Test func nonSpecificTagMakesAString() throws {
        // YAML 1.2: the non-specific tag `!` on a plain scalar means "not resolved": a string.
        let root = try YAMLText.document("v: ! 42\n")
        #expect(root["v"]?.value == .string("42"))
    }

    @Test func verbatimCoreTagIsHonoured() throws {
        let root = try YAMLText.document("v: !<tag:yaml.org,2002:int> '7'\n")
        #expect(root["v"]?.value == .int(7))
    }
}
