import PMOYAML
import Testing

/// Floats read by the loader's own fast path must be the doubles the standard library's parser gives.
struct FloatValueTests {
    @Test func floatsMatchTheStandardLibrary() throws {
        var texts = [
            "0.6398", "-0.0", "+1.5", ".5", "1.", "0.000123", "1e22", "1e23", "9007199254740993.0", "123456789012345.6",
            "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "0.1e-22", "123456789012345e-22", "1E+0",
        ]
        // A fixed pseudo-random walk over digit counts, point places and exponents.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            var digits = (0..<(1 + next(18))).map { _ in String(next(10)) }
            digits.insert(".", at: next(digits.count + 1))
            var text = (next(3) == 0 ? "-" : "") + digits.joined()
            if text.hasSuffix(".") || text.hasPrefix(".") || text.hasPrefix("-.") { text += "0" }
            if next(2) == 0 { text += "e" + (next(2) == 0 ? "-" : "") + String(next(30)) }
            texts.append(text)
        }
        let yaml = texts.map { "- \($0)\n" }.joined()
        let values = try #require(try YAMLLoader().load(yaml).documents.first?.sequence)
        for (text, node) in zip(texts, values) {
            let expected = try #require(Double(text))
            guard case .float(let value) = node.scalar?.value else {
                Issue.record("\(text) is \(node.kindDescription), not a float")
                continue
            }
            #expect(value.bitPattern == expected.bitPattern, "\(text)")
        }
    }
}
