import PMOCatalog
import PMOSupport

/// What drift and update need from one template entry of `.pmo/lock.yaml`.
package struct LockedTemplate: Sendable, Hashable {
    /// The template's name (`standard-project`).
    package var name: String
    /// The version the project was made from or last updated to.
    package var version: Semver
    /// The catalog's git commit at that time, when the catalog was a git repository.
    package var commit: String?
    /// The parameter values the files were rendered with.
    package var parameters: ResolvedParameters
    /// Every file the template wrote.
    package var files: [LockedFile]
    /// The checklists it instantiated under `.pmo/checklists/` (or took in with an update).
    package var checklists: [String]

    package init(
        name: String, version: Semver, commit: String?, parameters: ResolvedParameters, files: [LockedFile],
        checklists: [String] = []
    ) {
        self.name = name
        self.version = version
        self.commit = commit
        self.parameters = parameters
        self.files = files
        self.checklists = checklists
    }

    /// The files the standard owns.
    package var managedFiles: [LockedFile] { files.filter { $0.policy == .managed } }
}

/// One file recorded in the lock: where, who owns it, and the SHA-256 of what was written.
package struct LockedFile: Sendable, Hashable {
    /// Project-relative path.
    package var path: String
    package var policy: TemplateSpec.Policy
    /// Lower-case hex SHA-256 of the content written.
    package var sha256: String

    package init(path: String, policy: TemplateSpec.Policy, sha256: String) {
        self.path = path
        self.policy = policy
        self.sha256 = FileDigest.normalize(sha256)
    }
}
