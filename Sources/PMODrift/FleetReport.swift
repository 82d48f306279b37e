import PMOCatalog

/// The 全社PMO view: one row per project under a folder, and how many projects use each template version.
package struct FleetReport: Sendable, Hashable {
    /// One project of the fleet.
    package struct Row: Sendable, Hashable {
        /// The project folder, relative to the fleet folder.
        package var project: String
        /// The project's drift; nil when its lock could not be read (see `error`).
        package var drift: ProjectDrift?
        /// Why the project could not be checked.
        package var error: String?

        /// `standard-project@2.1.0, outsourcing-addon@1.0.0`.
        package var templates: String {
            drift?.templates.map { "\($0.name)@\($0.recordedVersion)" }.joined(separator: ", ") ?? "-"
        }
    }

    /// How many projects carry one template at one version.
    package struct VersionTotal: Sendable, Hashable {
        package var template: String
        package var version: Semver
        /// The catalog's current version of the template, when known.
        package var current: Semver?
        package var projects: Int
    }

    package var rows: [Row]

    /// Projects per template and version, by template name then newest version first.
    package var totals: [VersionTotal] {
        var counts: [String: [Semver: (current: Semver?, count: Int)]] = [:]
        for row in rows {
            for template in row.drift?.templates ?? [] {
                let entry = counts[template.name, default: [:]][template.recordedVersion]
                counts[template.name, default: [:]][template.recordedVersion] = (template.currentVersion, (entry?.count ?? 0) + 1)
            }
        }
        return counts.keys.sorted().flatMap { name in
            counts[name]!.keys.sorted(by: >).map { version in
                let entry = counts[name]![version]!
                return VersionTotal(template: name, version: version, current: entry.current, projects: entry.count)
            }
        }
    }

    /// Rows whose project could not be checked.
    package var failures: [Row] { rows.filter { $0.error != nil } }
}
