extension Semver {
    /// A string whose plain byte order is the version's precedence (semver.org §11), so that an
    /// expression language without a version type can compare versions with `<` and `>=`.
    ///
    /// Numbers are padded to 20 digits; a release ends in `~`, which sorts after the `-` that
    /// starts pre-release identifiers; numeric identifiers (prefix `0`) sort before alphanumeric
    /// ones (prefix `1`), and `!` separates identifiers because it sorts before every character an
    /// identifier may hold. Build metadata is ignored, as in precedence.
    package var orderKey: String {
        func padded(_ number: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
        }
        let core = [major, minor, patch].map(padded).joined(separator: ".")
        guard !prerelease.isEmpty else { return core + "~" }
        let identifiers = prerelease.map { identifier -> String in
            if let number = Int(identifier), identifier.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return "0" + padded(number)
            }
            return "1" + identifier
        }
        return core + "-" + identifiers.joined(separator: "!")
    }
}
