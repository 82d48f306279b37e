import PMOCatalog
import Testing

@Suite("Semver")
struct SemverTests {
    @Test(arguments: [
        "1.2.3", "0.0.0", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7", "1.0.0-x-y.7", "1.0.0+20130313", "1.0.0-rc.1+build.5",
    ])
    func parsesValidVersions(_ text: String) throws {
        let version = try #require(Semver(text))
        #expect(version.description == text)
    }

    @Test(arguments: [
        "1.0", "1", "", "1.0.0.0", "01.0.0", "1.02.0", "1.0.0-", "1.0.0-01", "1.0.0-a..b", "1.0.0+", "1.0.0-β", "v1.0.0", " 1.0.0",
        "1.-1.0", "+1.0.0", "1.0.0-+x", "99999999999999999999.0.0",
    ])
    func rejectsInvalidVersions(_ text: String) {
        #expect(Semver(text) == nil)
    }

    @Test func ordersByPrecedence() throws {
        // semver.org §11's own example, in ascending order.
        let texts = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
            "1.0.1", "1.1.0", "2.0.0", "10.0.0",
        ]
        let versions = texts.compactMap(Semver.init)
        #expect(versions.count == texts.count)
        #expect(versions.shuffled().sorted().map(\.description) == texts)
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower < higher)
            #expect(!(higher < lower))
        }
    }

    @Test func buildMetadataIsIgnoredInComparisons() throws {
        let a = try #require(Semver("1.2.3+a"))
        let b = try #require(Semver("1.2.3+b"))
        #expect(a == b)
        #expect(!(a < b) && !(b < a))
        #expect(Set([a, b]).count == 1)
    }

    @Test func largeNumericPrereleaseIdentifiersCompareNumerically() throws {
        let small = try #require(Semver("1.0.0-rc.99999999999999999998"))
        let large = try #require(Semver("1.0.0-rc.99999999999999999999"))
        let short = try #require(Semver("1.0.0-rc.100"))
        #expect(small < large)
        #expect(short < small)
    }

    @Test func patternAgreesWithTheParser() throws {
        let regex = try Regex(Semver.pattern)
        for text in ["1.2.3", "1.0.0-rc.1+build.5", "1.0", "01.0.0", "1.0.0-01", "1.0.0-β", "1.0.0+"] {
            #expect((text.wholeMatch(of: regex) != nil) == (Semver(text) != nil), "\(text)")
        }
    }

    @Test func memberwiseInitialiserDescribesItself() {
        #expect(Semver(major: 2, minor: 1, patch: 0, prerelease: ["rc", "1"]).description == "2.1.0-rc.1")
    }
}
