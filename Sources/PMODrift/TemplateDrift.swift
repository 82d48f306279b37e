import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOTemplates

/// Drift of one template of a project: its managed files and its version against the catalog.
package struct TemplateDrift: Sendable, Hashable {
    /// The template's name.
    package var name: String
    /// The version recorded in the lock.
    package var recordedVersion: Semver
    /// The catalog's current version; nil when the catalog no longer has the template (or no catalog was given).
    package var currentVersion: Semver?
    /// Whether a catalog was consulted and it has no such template.
    package var missingFromCatalog: Bool
    /// Changelog entries after the recorded version up to the current one, oldest first.
    package var changes: [Metadata.Change]
    /// Every managed file; seeded files are the team's and never drift.
    package var files: [FileDrift]
    /// Files the catalog's version writes that the project's version did not (`pmo update` creates them), rendered
    /// with the project's recorded parameters.
    package var addedFiles: [String] = []
    /// Why the added files could not be worked out (the new version does not render with the recorded values).
    package var addedFilesUnknown: String?
    /// Checklists the catalog's version lists that the project does not have yet (`pmo update` creates them).
    package var addedChecklists: [String] = []
    /// Checklists the project's version has that the catalog's version no longer lists (`pmo update` retires them).
    package var droppedChecklists: [String] = []

    /// How many versions (changelog entries) the project is behind.
    package var versionsBehind: Int { changes.count }

    /// Whether the catalog has a newer version.
    package var isBehind: Bool {
        guard let currentVersion else { return false }
        return recordedVersion < currentVersion
    }

    /// The managed files in `status`.
    package func files(_ status: FileDrift.Status) -> [FileDrift] {
        files.filter { $0.status == status }
    }

    /// `1.2.0 → 1.4.0: 課題欄を追加; リスク欄の様式変更` (just the versions when the changelog says nothing).
    package var changeSummary: String? {
        guard isBehind, let currentVersion else { return nil }
        let head = "\(recordedVersion) → \(currentVersion)"
        let texts = changes.map(\.changes).filter { !$0.isEmpty }
        return texts.isEmpty ? head : head + ": " + texts.joined(separator: "; ")
    }

    /// Compares a locked template with the catalog (`catalog` nil: files only); `addedFiles` renders the catalog's
    /// version's target paths to name the files it adds.
    package static func check(
        _ locked: LockedTemplate, projectRoot: String, catalog: Catalog?, addedFiles names: Bool = true
    ) -> TemplateDrift {
        let files = locked.managedFiles.map { FileDrift.check($0, in: projectRoot) }
        guard let catalog else {
            return TemplateDrift(
                name: locked.name, recordedVersion: locked.version, currentVersion: nil,
                missingFromCatalog: false, changes: [], files: files)
        }
        guard let document = catalog.document(DocumentKey(kind: .template, name: locked.name)) else {
            return TemplateDrift(
                name: locked.name, recordedVersion: locked.version, currentVersion: nil,
                missingFromCatalog: true, changes: [], files: files)
        }
        let current = document.metadata.version
        let changes = document.metadata.changelog
            .filter { locked.version < $0.version && $0.version <= current }
            .sorted { $0.version < $1.version }
        var drift = TemplateDrift(
            name: locked.name, recordedVersion: locked.version, currentVersion: current,
            missingFromCatalog: false, changes: changes, files: files)
        if locked.version < current {
            let listed = document.template?.checklists.map(\.name) ?? []
            // New to the project, or retired earlier and listed again (the update restores it).
            drift.addedChecklists = listed.filter { name in
                guard !locked.checklists.contains(name) else { return false }
                let path = projectRoot + "/" + ChecklistState.path(name)
                guard FileManager.default.fileExists(atPath: path) else { return true }
                return (try? ChecklistState.load(atPath: path, displayPath: ChecklistState.path(name)))?.retired != nil
            }
            drift.droppedChecklists = locked.checklists.filter { !listed.contains($0) }
            switch names ? addedFiles(locked, document: document) : .success([]) {
            case .success(let paths): drift.addedFiles = paths
            case .failure(let reason): drift.addedFilesUnknown = reason.text
            }
        }
        return drift
    }

    /// Why the files a new version adds are not known.
    package struct Unknown: Error {
        var text: String
    }

    /// The paths the catalog's version renders that the lock does not record, in the template's order.
    private static func addedFiles(_ locked: LockedTemplate, document: Document) -> Result<[String], Unknown> {
        guard let spec = document.template, let renderer = TemplateRenderer(document: document) else {
            return .failure(Unknown(text: "the catalog's \(document.key) is not a template"))
        }
        let recorded = Set(locked.files.map(\.path))
        do {
            let parameters = try LockedParameters.resolve(locked, for: spec, templateFile: document.file)
            return .success(try renderer.targetPaths(parameters).filter { !recorded.contains($0) })
        } catch let error as ParameterError {
            return .failure(Unknown(text: Self.summary(error.diagnostics)))
        } catch let error as RenderError {
            return .failure(Unknown(text: Self.summary(error.diagnostics)))
        } catch {
            return .failure(Unknown(text: "\(error)"))
        }
    }

    private static func summary(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.first.map(\.message) ?? "it does not render"
    }
}
