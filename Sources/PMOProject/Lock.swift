import PMOCatalog
import PMOYAML

/// `.pmo/lock.yaml`: what `pmo new` generated, so drift and update can compare and re-render.
///
/// It records the catalog (name, version, git commit when the catalog is in git) and, per
/// template, its name, version, parameter values and every file with its policy and SHA-256.
/// A project may carry several templates: the base project first, then add-ons (`pmo new --add`).
package struct Lock: Sendable, Hashable {
    /// The lock's path inside a project.
    package static let path = ".pmo/lock.yaml"
    /// The format version written in `lockVersion`.
    package static let formatVersion: Int64 = 1

    /// The catalog the templates came from.
    package struct CatalogInfo: Sendable, Hashable {
        package var name: String
        package var version: String
        /// `git rev-parse HEAD` of the catalog root, when it is in a git repository.
        package var commit: String?

        /// Creates the catalog record.
        package init(name: String, version: String, commit: String? = nil) {
            self.name = name
            self.version = version
            self.commit = commit
        }
    }

    /// One generated file: the record the typed view uses too (``LockedFile``), so that there is one of it.
    package typealias FileEntry = LockedFile

    /// One template applied to the project.
    package struct TemplateEntry: Sendable, Hashable {
        package var name: String
        package var version: String
        package var parameters: ResolvedParameters
        /// Names of the checklists it instantiated under `.pmo/checklists/`.
        package var checklists: [String]
        /// Names of the project rule sets it brings.
        package var rules: [String]
        package var files: [FileEntry]

        /// Creates a template record.
        package init(
            name: String, version: String, parameters: ResolvedParameters, checklists: [String] = [], rules: [String] = [],
            files: [FileEntry]
        ) {
            self.name = name
            self.version = version
            self.parameters = parameters
            self.checklists = checklists
            self.rules = rules
            self.files = files
        }
    }

    package var catalog: CatalogInfo
    /// The templates, base project first.
    package var templates: [TemplateEntry]

    /// Creates a lock.
    package init(catalog: CatalogInfo, templates: [TemplateEntry]) {
        self.catalog = catalog
        self.templates = templates
    }

    /// Every parameter of every template, first value winning: what rules see as `project.parameters`.
    package var mergedParameters: ResolvedParameters {
        var seen: Set<String> = []
        var values: [(name: String, value: ParameterValue)] = []
        for template in templates {
            for (name, value) in template.parameters.values where seen.insert(name).inserted {
                values.append((name, value))
            }
        }
        return ResolvedParameters(values)
    }

    /// The lock as YAML text (see ``LockLoader`` for reading it back).
    ///
    /// `template` and `parameters` at the top repeat the base template's name and all parameter
    /// values so that project rules can say `project.template` and `project.parameters.NAME`.
    package func yaml() -> String {
        YAMLWriter.document(
            node(),
            comment:
                "Written by pmo new: the templates, parameters and files of this project.\npmo drift and pmo update read it; do not edit it by hand."
        )
    }

    /// The lock as a YAML node, as ``yaml()`` writes it (rules see this as `project`).
    package func node() -> Node {
        var catalogEntries: [(String, Node)] = [("name", Node(string: catalog.name)), ("version", Node(string: catalog.version))]
        if let commit = catalog.commit { catalogEntries.append(("commit", Node(string: commit))) }
        return Node(entries: [
            ("lockVersion", Node(int: Self.formatVersion)),
            ("template", Node(string: templates.first?.name ?? "")),
            ("parameters", Self.node(mergedParameters)),
            ("catalog", Node(entries: catalogEntries)),
            ("templates", Node(list: templates.map(Self.node))),
        ])
    }

    static func node(_ parameters: ResolvedParameters) -> Node {
        Node(entries: parameters.values.map { ($0.name, $0.value.node) })
    }

    static func node(_ template: TemplateEntry) -> Node {
        Node(entries: [
            ("name", Node(string: template.name)),
            ("version", Node(string: template.version)),
            ("parameters", node(template.parameters)),
            ("checklists", Node(list: template.checklists.map { Node(string: $0) })),
            ("rules", Node(list: template.rules.map { Node(string: $0) })),
            (
                "files",
                Node(
                    list: template.files.map { file in
                        Node(entries: [
                            ("path", Node(string: file.path)), ("policy", Node(string: file.policy.rawValue)),
                            ("sha256", Node(string: file.sha256)),
                        ])
                    })
            ),
        ])
    }
}
