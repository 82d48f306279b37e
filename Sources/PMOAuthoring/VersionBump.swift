import PMOCatalog

/// Which part of a standard's version a release raises (`pmo release --bump`).
package enum VersionBump: String, Sendable, Hashable, CaseIterable {
    /// An incompatible change: projects need more than a merge (removed documents, renamed parameters).
    case major
    /// Something added: a section, a file, a checklist.
    case minor
    /// A fix of wording or a mistake.
    case patch

    /// `version` raised by this bump; lower parts reset to 0 and a pre-release or build suffix is dropped.
    package func apply(to version: Semver) -> Semver {
        switch self {
        case .major: return Semver(major: version.major + 1, minor: 0, patch: 0)
        case .minor: return Semver(major: version.major, minor: version.minor + 1, patch: 0)
        case .patch:
            // 1.2.0-rc.1 released as a patch is 1.2.0 itself, as semver orders them.
            if !version.prerelease.isEmpty { return Semver(major: version.major, minor: version.minor, patch: version.patch) }
            return Semver(major: version.major, minor: version.minor, patch: version.patch + 1)
        }
    }
}
